// Issue #14: peak memory over a long run. A map or set that lives as long as the process and
// fills from outside (people, channels, what someone typed) grows with every new key, so each
// one is a BoundedMap/BoundedSet (services/bounded.ts) or listed here with why its keys are few.
// This finds them all in bot/ and services/: a new one fails until it is bounded or listed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** file: field → why its keys cannot grow with use. */
const FEW_KEYS: Record<string, string> = {
  'bot/card-followup.ts: unfinished': 'at most MAX_UNFINISHED: a turn past it does its own work (stats-followup test)',
  'bot/format.ts: cache': 'one per date format written in format.ts',
  'bot/consultation/notifier.ts: unboundWarned': 'one per RC in the directory',
  'services/jobs/job-runner.ts: jobs': 'the jobs registered at start',
  'services/jobs/job-runner.ts: timers': 'the jobs registered at start',
  'services/jobs/job-runner.ts: running': 'the jobs registered at start',
  'services/storage/optimistic-update.ts: tails': 'a key leaves when its last update settles: only updates in flight',
  'services/storage/sqlite/sqlite-store.ts: collections': 'one per container',
  'services/storage/cosmos/cosmos-store.ts: collections': 'one per container',
  'services/directory/coverage.ts: coverageSets': 'one per centre in the directory',
  'services/directory/coverage.ts: distanceCache': 'one per municipality or county in the directory',
  'services/directory/place-search.ts: exact': 'built from the directory when it loads',
  'services/directory/place-search.ts: letterCodes': 'built from the directory when it loads',
  'services/time/zoned-time.ts: formatters': "one per time zone the code names (Stockholm's)",
  'services/consultation/reference-counter.ts: known': 'one per RC and year a request is filed in',
  'services/consultation/reference-counter.ts: queues': 'a key leaves when its last number is handed out: only submits in flight',
  'services/consultation/reference-counter.ts: writes': "a key leaves when its RC's last counter write settles: only writes in flight",
  'services/consultation/reference-counter.ts: waiting': 'a key leaves when its counter write starts: only writes not yet started',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

// A module's constant (at the margin) or a class field (with a modifier) made with `new`.
const LONG_LIVED = /^(?:export )?(?:const|let) (\w+)\b[^=\n]*= new (\w+)\b[^(\n]*\(([^)\n]*)\)|^ {2}(?:(?:private|protected|public|readonly) )+(\w+)\b[^=\n(]*= new (\w+)\b[^(\n]*\(([^)\n]*)\)/gm;

/** Maps and sets that live as long as the process and start empty (one built from a list is not filled later). */
function longLived(): { where: string; bounded: boolean }[] {
  return ['bot', 'services'].flatMap(sourceFiles).flatMap((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(LONG_LIVED)]
      .map((m) => ({ name: m[1] ?? m[4]!, type: m[2] ?? m[5]!, args: (m[3] ?? m[6]!).trim() }))
      .filter(({ type, args }) => /^Bounded(Map|Set)$/.test(type) || (/^(Map|Set)$/.test(type) && args === ''))
      .map(({ name, type, args }) => ({ where: `${file}: ${name}`, bounded: type.startsWith('Bounded') && args !== '' })),
  );
}

describe('memories that last as long as the process', () => {
  it('are each bounded, or keyed by something that does not grow with use', () => {
    const found = longLived();
    // The search sees the ones known to be there, bounded or not.
    expect(found.map((f) => f.where)).toEqual(
      expect.arrayContaining(['bot/rc-bot.ts: welcomed', 'services/storage/read-cache.ts: entries', 'services/directory/normalize.ts: foldCache', 'bot/format.ts: cache']),
    );
    expect(found.filter((f) => !f.bounded && !(f.where in FEW_KEYS)).map((f) => f.where)).toEqual([]);
  });

  it('lists only memories that still exist and are not bounded', () => {
    const unbounded = new Set(longLived().filter((f) => !f.bounded).map((f) => f.where));
    expect(Object.keys(FEW_KEYS).filter((where) => !unbounded.has(where))).toEqual([]);
  });
});
