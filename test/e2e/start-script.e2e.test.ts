// `npm start` as a newcomer and an IDE's stop button use it: one Playground per person named
// with its address, all answered by one bot; SIGTERM or SIGINT to the npm process leaves no bot,
// Playground or port behind (npm passes the signal to a shell that used to die alone).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, httpOk, startProcess, waitUntil, type Proc } from './processes.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BANNER_END = 'Ctrl+C';
let started: { proc: Proc; dataDir: string } | undefined;

afterEach(async () => {
  await started?.proc.stop();
  if (started) rmSync(started.dataDir, { recursive: true, force: true });
  started = undefined;
});

/** Processes whose environment carries this run's marker: everything `npm start` started. */
function processesMarked(marker: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').includes(marker)) found.push(Number(entry));
    } catch {
      // gone already, or not ours to read
    }
  }
  return found;
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

async function npmStart(marker: string, as: string): Promise<{ proc: Proc; botPort: number; windows: Array<{ url: string; who: string }> }> {
  const botPort = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'rc-start-'));
  const env = {
    PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(botPort), PLAYGROUND_PORT: String(await freePort()),
    DATA_DIR: dataDir, RC_MODE: 'local', LOG_LEVEL: 'warn', RC_START_TEST_MARKER: marker,
  };
  const proc = startProcess('npm start', 'npm', ['start', '--', '--as', as], { cwd: ROOT, env });
  started = { proc, dataDir };
  await waitUntil(proc, 'the banner', () => proc.output().includes(BANNER_END), 90_000);
  const windows = [...proc.output().matchAll(/^ {2}(http:\/\/localhost:\d+) {2}(.+)$/gm)].map((m) => ({ url: m[1]!, who: m[2]! }));
  return { proc, botPort, windows };
}

// SIGTERM goes to the npm process alone (an IDE's stop button, a process manager); SIGINT to
// the whole foreground group, as Ctrl+C in a terminal sends it (npm alone ignores a bare SIGINT
// while its script runs, and passes it to a shell that ignores it too).
// The second run opens one window only: the point there is the signal, and npm test shares two cores.
const SENDS = [
  { signal: 'SIGTERM', to: 'npm', pid: (proc: Proc) => proc.child.pid!, as: 'socialworker,coordinator', names: ['Sara Exempelsson', 'Lina Testberg'] },
  { signal: 'SIGINT', to: "npm's process group (Ctrl+C)", pid: (proc: Proc) => -proc.child.pid!, as: 'coordinator', names: ['Lina Testberg'] },
] as const;

describe('npm start', () => {
  for (const { signal, to, pid, as, names } of SENDS) {
    it(`opens a Playground per chosen person on one bot, and ${signal} to ${to} stops all of it`, async () => {
      const marker = randomUUID();
      const { proc, botPort, windows } = await npmStart(marker, as);
      expect(windows.map((w) => w.who.split(',')[0])).toEqual(names);
      // Each address answers (a few tries: a loaded machine can take over a second per page).
      for (const window of windows) await waitUntil(proc, `the page at ${window.url}`, () => httpOk(window.url), 15_000);
      const ports = [botPort, ...windows.map((w) => Number(new URL(w.url).port))];
      expect(processesMarked(marker).length).toBeGreaterThanOrEqual(3 + windows.length); // npm, the start script, the bot, the Playgrounds

      process.kill(pid(proc), signal);
      await proc.exited;
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline && processesMarked(marker).length > 0) await new Promise((r) => setTimeout(r, 100));
      expect(processesMarked(marker)).toEqual([]);
      for (const port of ports) expect(await listening(port), `port ${port}`).toBe(false);
    }, 150_000);
  }
});
