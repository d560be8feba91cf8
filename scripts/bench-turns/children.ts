// Starting the bots under benchmark as child processes with an IPC channel: the time from
// spawn to listening is the cold start; memory and counters are asked for over the channel.

import { spawn, type ChildProcess } from 'node:child_process';
import { ask } from './ask-child.js';
import type { ChildReport } from './child-ipc.js';

export interface BotChild {
  port: number;
  coldStartMs: number;
  report(): Promise<ChildReport>;
  /** Writes a V8 heap snapshot to this file (bench-memory.ts --snapshots). */
  snapshot(file: string): Promise<void>;
  output(): string;
  stop(): Promise<void>;
}

const OUTPUT_LIMIT = 64 * 1024;

export async function startChild(script: string, env: NodeJS.ProcessEnv, nodeArgs: readonly string[] = []): Promise<BotChild> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, script], { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let output = '';
  const keep = (d: Buffer) => (output = (output + String(d)).slice(-OUTPUT_LIMIT));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start within 60 s:\n${output}`)), 60_000);
    child.on('message', (m: { ready?: number }) => {
      if (typeof m?.ready === 'number') {
        clearTimeout(timer);
        resolve(m.ready);
      }
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) during start:\n${output}`)));
  });
  const coldStartMs = performance.now() - started;
  return {
    port,
    coldStartMs,
    output: () => output,
    report: () => ask<ChildReport & { ready?: number; snapshot?: string }>(child, 'report', (m) => m.ready === undefined && m.snapshot === undefined),
    snapshot: async (file: string) => void (await ask<{ snapshot?: string }>(child, { snapshot: file }, (m) => m.snapshot !== undefined)),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
