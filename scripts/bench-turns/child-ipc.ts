// What each bot under benchmark tells bench-turns.ts over its IPC channel: that it listens (and
// on which port), and on request its memory (RSS now and the highest seen, sampled every 50 ms,
// and the V8 heap in use), the CPU time it has used, and any counters it keeps. bench-memory.ts may also ask for a heap
// snapshot written to a file, to compare what the heap holds early and late in a long run.

import { writeHeapSnapshot } from 'node:v8';

export interface ChildReport {
  rss: number;
  peakRss: number;
  heapUsed: number;
  /** CPU time (user and system) the process has used since it started, in ms. */
  cpuMs: number;
  counts: Record<string, number>;
}

export function reportOverIpc({ port, counts }: { port: number; counts: () => Record<string, number> }): void {
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
  sampler.unref();
  process.on('message', (message: unknown) => {
    if (typeof message === 'object' && message !== null && 'snapshot' in message) {
      process.send?.({ snapshot: writeHeapSnapshot(String(message.snapshot)) });
      return;
    }
    if (message !== 'report') return;
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    const cpu = process.cpuUsage();
    process.send?.({ rss, peakRss, heapUsed, cpuMs: (cpu.user + cpu.system) / 1000, counts: counts() } satisfies ChildReport);
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ ready: port });
}
