// What each bot under benchmark tells bench-turns.ts over its IPC channel: that it listens (and
// on which port), and on request its memory (RSS now and the highest seen, sampled every 50 ms)
// and any counters it keeps.

export interface ChildReport {
  rss: number;
  peakRss: number;
  counts: Record<string, number>;
}

export function reportOverIpc({ port, counts }: { port: number; counts: () => Record<string, number> }): void {
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
  sampler.unref();
  process.on('message', (message) => {
    if (message !== 'report') return;
    const rss = process.memoryUsage.rss();
    peakRss = Math.max(peakRss, rss);
    process.send?.({ rss, peakRss, counts: counts() } satisfies ChildReport);
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ ready: port });
}
