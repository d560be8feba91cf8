// Memory over a long run: the built RC bot and the echo floor (scripts/bench-turns/), each sent
// the same number of turns at the same concurrency, in alternating slices so a busy machine
// slows both alike. The RC bot gets bench-turns' mix (welcome, nearest RC, submit, claim, answer,
// booking, now and then statistics in chat). Prints RSS and V8 heap in use every few thousand
// turns, then idle RSS, peak RSS and cold start as ratios to the echo (issue #14's targets: idle
// ≤ 1.3×, peak ≤ 300 MB after 50 000 turns, cold start ≤ 2×).
//
//   npm run bench:memory -- [--turns 50000] [--concurrency 8] [--snapshots DIR]
//                           [--rc-node-flags=FLAGS] [--echo-node-flags=FLAGS]
//
// The RC bot runs with the Node flags it is started with in production (scripts/bot-node-flags.ts)
// and the echo with none, unless --rc-node-flags / --echo-node-flags say otherwise (space-
// separated; --rc-node-flags= for none), to measure what a flag does.
// --snapshots DIR writes heap snapshots of the RC bot after the first slice and at the end
// (open both in Chrome's DevTools, Memory tab, "Comparison") to see what grows. Writing a
// snapshot takes memory of its own, so the peak RSS of such a run is not the bot's: measure
// the peak without --snapshots.

import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SqliteStore } from '../services/storage/sqlite/sqlite-store.js';
import { startConnectorStub } from '../test/helpers/connector-stub.js';
import { seedOneByOne } from './bench-seed.js';
import type { ChildReport } from './bench-turns/child-ipc.js';
import { closedLoop, keepAliveAgent } from './bench-turns/load.js';
import { NODE_FLAG_OPTIONS, nodeFlagsFrom, startPair } from './bench-turns/pair.js';
import { benchSessions } from './bench-turns/sessions.js';
import { ADMIN, BotTurns, echoTurn, type Target, type Turn } from './bench-turns/turns.js';

const { values: args } = parseArgs({
  options: {
    turns: { type: 'string', default: '50000' },
    concurrency: { type: 'string', default: '8' },
    snapshots: { type: 'string' },
    ...NODE_FLAG_OPTIONS,
  },
});
const TURNS = Number(args.turns);
const CONCURRENCY = Number(args.concurrency);
const SLICE = 1_000;
const SAMPLE_EVERY = 5_000;
// One statistics count per this many turns: each starts a count after the turn (as in Teams, rare).
const STATISTICS_EVERY = 50;

const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
const ratio = (x: number) => `${x.toFixed(2)}×`;

/** bench-turns' kinds in turn; a claim or answer with nothing left to take is a submit instead. */
function mixed(bot: BotTurns): Turn {
  const byName = (part: string) => bot.turns.find((t) => t.name.includes(part))!;
  const statistics = byName('statistics');
  const submit = byName('submit');
  const cycle = ['welcome', 'nearest', 'submit', 'claim', 'answer', 'booking'].map(byName);
  return {
    name: 'RC bot mix',
    send: (t, i) => {
      if (i % STATISTICS_EVERY === STATISTICS_EVERY - 1) return statistics.send(t, i);
      const turn = cycle[i % cycle.length]!;
      return (turn.available?.() ?? 1) > 0 ? turn.send(t, i) : submit.send(t, i);
    },
  };
}

async function slice(turn: Turn, target: Target, from: number): Promise<number> {
  const agent = keepAliveAgent(CONCURRENCY);
  const outcome = await closedLoop(CONCURRENCY, 10 * 60_000, SLICE, (i) => turn.send({ ...target, agent }, from + i));
  agent.destroy();
  return outcome.errors;
}

async function main(): Promise<void> {
  console.log(`bench-memory: ${TURNS} turns each at concurrency ${CONCURRENCY}, embedded store (node ${process.version})`);
  const flags = nodeFlagsFrom(args);
  console.log(`Node flags: RC bot ${flags.rc.join(' ') || '(none)'}; echo ${flags.echo.join(' ') || '(none)'}`);
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const folder = mkdtempSync(join(tmpdir(), 'rc-bench-memory-'));
  const stub = await startConnectorStub();
  const seeding = new SqliteStore({ file: join(folder, 'rc-bot.sqlite') });
  await seeding.init();
  await seedOneByOne(seeding, 'sessions', benchSessions(new Date()));
  await seeding.close();

  const env = { PATH: process.env.PATH, HOME: process.env.HOME, RC_ADMIN_IDS: ADMIN.aadObjectId, DATA_DIR: folder, RC_STORE: 'embedded' };
  const { echo, rc, echoTarget, rcTarget, echoIdle, rcIdle } = await startPair(stub.url, env, [], flags);
  try {
    const turns = new BotTurns();
    const mix = mixed(turns);
    let errors = 0;
    console.log(`\n${'turns'.padStart(7)}${'RC RSS'.padStart(9)}${'RC heap'.padStart(9)}${'echo RSS'.padStart(10)}${'echo heap'.padStart(11)}  load`);
    for (let done = 0; done < TURNS; done += SLICE) {
      errors += await slice(mix, rcTarget, done);
      await slice(echoTurn, echoTarget, done);
      stub.clear();
      if (done === 0 && args.snapshots) await rc.snapshot(resolve(args.snapshots, 'rc-bot-early.heapsnapshot'));
      if ((done + SLICE) % SAMPLE_EVERY === 0 || done + SLICE >= TURNS) {
        const [r, e] = [await rc.report(), await echo.report()];
        console.log(`${String(done + SLICE).padStart(7)}${mb(r.rss).padStart(9)}${mb(r.heapUsed).padStart(9)}${mb(e.rss).padStart(10)}${mb(e.heapUsed).padStart(11)}  ${loadavg()[0]?.toFixed(1)}`);
      }
    }
    if (args.snapshots) await rc.snapshot(resolve(args.snapshots, 'rc-bot-late.heapsnapshot'));
    const [echoEnd, rcEnd] = [await echo.report(), await rc.report()];
    console.log(`\nerrors ${errors} of ${TURNS} RC bot turns; submits acknowledged ${turns.acknowledged}`);
    console.log(`cold start: bot ${Math.round(rc.coldStartMs)} ms, echo ${Math.round(echo.coldStartMs)} ms (${ratio(rc.coldStartMs / echo.coldStartMs)}; target ≤ 2×)`);
    console.log(`RSS idle: bot ${mb(rcIdle.rss)}, echo ${mb(echoIdle.rss)} (${ratio(rcIdle.rss / echoIdle.rss)}; target ≤ 1.3×)`);
    // CPU per turn is what a Node flag costs in throughput, measured so a busy machine does not blur it.
    const perThousand = (end: ChildReport, idle: ChildReport) => `${Math.round(((end.cpuMs - idle.cpuMs) / TURNS) * 1000)} ms`;
    console.log(`CPU per 1 000 turns: bot ${perThousand(rcEnd, rcIdle)}, echo ${perThousand(echoEnd, echoIdle)} (${ratio((rcEnd.cpuMs - rcIdle.cpuMs) / (echoEnd.cpuMs - echoIdle.cpuMs))})`);
    console.log(`RSS peak after ${TURNS} turns each: bot ${mb(rcEnd.peakRss)}, echo ${mb(echoEnd.peakRss)} (${ratio(rcEnd.peakRss / echoEnd.peakRss)}; target ≤ 300 MB)`);
    console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  } catch (error) {
    console.error(`bench failed: ${String(error)}\n--- bot output (tail) ---\n${rc.output().slice(-4000)}`);
    process.exitCode = 1;
  } finally {
    await Promise.all([rc.stop(), echo.stop()]);
    await stub.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
