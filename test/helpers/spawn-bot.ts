// Runs the BUILT server (node dist/bot/main.js) as users and Azure will: vitest's own module
// loader would hide ESM import errors that plain Node reports.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BUILT_MAIN = join(ROOT, 'dist', 'bot', 'main.js');

export function requireBuild(): void {
  if (!existsSync(BUILT_MAIN)) throw new Error(`${BUILT_MAIN} is missing: run "npm run build" (npm test does it first)`);
}

export { freePort } from '../e2e/processes.js';
import { freePort } from '../e2e/processes.js';

export interface RunningBot {
  url: string;
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** A clean environment: only what the test names, plus PATH and HOME, so a developer's shell cannot leak in. */
export function botEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'info', ...extra };
}

export function runBuiltBot(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  requireBuild();
  const child = spawn(process.execPath, [BUILT_MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

export async function startBuiltBot(env: Record<string, string>): Promise<RunningBot> {
  const port = await freePort();
  const { child, output, exit } = runBuiltBot(botEnv({ PORT: String(port), ...env }));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  let exited = false;
  void exit.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`bot exited during start:\n${output()}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (Date.now() >= deadline) {
    child.kill('SIGKILL');
    throw new Error(`bot did not answer /healthz within 20 s:\n${output()}`);
  }
  return {
    url,
    child,
    output,
    exit,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exit;
      clearTimeout(timer);
      return code;
    },
  };
}
