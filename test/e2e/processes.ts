// Child processes for the e2e world. Each child gets its own process group so stop() also
// takes down anything it spawned, and an exit hook kills leftovers if vitest dies mid-run.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface Proc {
  readonly name: string;
  readonly child: ChildProcess;
  /** Everything the process wrote so far (stdout and stderr interleaved, last 64 KB). */
  output(): string;
  /** Resolves with the exit code (or the signal name) once the process has exited. */
  readonly exited: Promise<number | string>;
  isRunning(): boolean;
  stop(): Promise<void>;
}

const OUTPUT_LIMIT = 64 * 1024;
const live = new Set<Proc>();

process.once('exit', () => {
  for (const proc of live) killGroup(proc.child, 'SIGKILL');
});

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

export function startProcess(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Proc {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let buffer = '';
  const append = (chunk: Buffer): void => {
    buffer = (buffer + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  let running = true;
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      running = false;
      live.delete(proc);
      resolve(code ?? signal ?? 'unknown');
    });
    child.once('error', (error) => {
      running = false;
      live.delete(proc);
      buffer += `\n[spawn error] ${error.message}`;
      resolve('spawn-error');
    });
  });
  const proc: Proc = {
    name,
    child,
    output: () => buffer,
    exited,
    isRunning: () => running,
    async stop() {
      if (!running) return;
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
  live.add(proc);
  return proc;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when `ready` returns true; rejects early if the process exits, or after `timeoutMs`. */
export async function waitUntil(proc: Proc, what: string, ready: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!proc.isRunning()) throw new Error(`${proc.name} exited (${await proc.exited}) before ${what}`);
    if (await ready()) return;
    // Polling interval for readiness probes (HTTP or stdout), not a wait for the UI.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${proc.name}: no ${what} within ${timeoutMs} ms`);
}

export async function httpOk(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}
