// What bench-turns.ts collects per kind of turn, and its table: latencies alone and under load,
// errors, store round trips, CPU time of the bot (and of the Cosmos DB wire server), as ratios
// to the echo bot's.

import { percentile, type Outcome } from './load.js';

export interface Figures {
  sequential: number[];
  trips: number;
  tripTurns: number;
  /** Round trips by container and operation, at concurrency 1. */
  tripKinds: Record<string, number>;
  errors: number;
  turns: number;
  /** The serving bot's CPU time (user and system) over the loaded phases, and the turns it served there. */
  cpuMs: number;
  cpuTurns: number;
  /** The Cosmos DB wire server's CPU time over the same phases (--store cosmos): it runs on the same two cores. */
  storeCpuMs: number;
  loaded: Map<number, { count: number; seconds: number; latencies: number[]; firsts: number[] }>;
}

/** By turn name, in the order the turns first ran. */
export const figures = new Map<string, Figures>();

export function record(name: string, concurrency: number, outcome: Outcome): void {
  const f = figures.get(name) ?? { sequential: [], trips: 0, tripTurns: 0, tripKinds: {}, errors: 0, turns: 0, cpuMs: 0, cpuTurns: 0, storeCpuMs: 0, loaded: new Map<number, { count: number; seconds: number; latencies: number[]; firsts: number[] }>() };
  figures.set(name, f);
  f.errors += outcome.errors;
  f.turns += outcome.latencies.length;
  if (concurrency === 1) f.sequential.push(...outcome.latencies);
  else {
    const l = f.loaded.get(concurrency) ?? { count: 0, seconds: 0, latencies: [], firsts: [] };
    l.firsts.push(...outcome.firsts);
    l.count += outcome.latencies.length;
    l.seconds += outcome.seconds;
    l.latencies.push(...outcome.latencies);
    f.loaded.set(concurrency, l);
  }
}

export const ms = (x: number) => (Number.isNaN(x) ? '—' : x < 10 ? `${x.toFixed(2)} ms` : x < 1000 ? `${x.toFixed(1)} ms` : `${(x / 1000).toFixed(2)} s`);
export const ratio = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');
export const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;

/** The table's lines (a blank one first), every turn against the echo's figures. */
export function tableLines(echo: Figures, echoName: string, concurrency: readonly number[], withStoreCpu: boolean): string[] {
  const echoP50 = percentile(echo.sequential, 50);
  const echoTps = (c: number) => (echo.loaded.get(c)?.count ?? 0) / (echo.loaded.get(c)?.seconds ?? 1);
  const cpuPerTurn = (f: Figures) => (f.cpuTurns ? f.cpuMs / f.cpuTurns : NaN);
  const head = ['p50 ms', 'p95', 'p99', '×echo', ...concurrency.flatMap((c) => [`c${c} t/s`, '×echo']), 'p99/p50 @64', 'errors', 'trips/turn', 'CPU/turn', '×echo', ...(withStoreCpu ? ['store CPU/turn'] : [])];
  const rows: string[][] = [];
  for (const [name, f] of figures) {
    const p50 = percentile(f.sequential, 50);
    const cells = [ms(p50), ms(percentile(f.sequential, 95)), ms(percentile(f.sequential, 99)), name === echoName ? '1' : ratio(p50 / echoP50)];
    for (const c of concurrency) {
      const l = f.loaded.get(c);
      const tps = l ? l.count / l.seconds : NaN;
      cells.push(Number.isNaN(tps) ? '—' : Math.round(tps).toString(), name === echoName ? '1' : ratio(tps / echoTps(c)));
    }
    const at64 = f.loaded.get(64)?.latencies ?? [];
    cells.push(at64.length ? `${ms(percentile(at64, 99))}/${ms(percentile(at64, 50))}` : '—', `${f.errors}/${f.turns}`, f.tripTurns ? (f.trips / f.tripTurns).toFixed(1) : '—');
    cells.push(ms(cpuPerTurn(f)), name === echoName ? '1' : ratio(cpuPerTurn(f) / cpuPerTurn(echo)));
    if (withStoreCpu) cells.push(ms(f.cpuTurns ? f.storeCpuMs / f.cpuTurns : NaN));
    rows.push([name, ...cells]);
  }
  // Each column as wide as its widest cell, so any --concurrency list lines up.
  const widths = ['turn', ...head].map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)) + (i === 0 ? 1 : 2));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('');
  return ['', line(['turn', ...head]), ...rows.map(line)];
}
