// HTTP load for bench-turns: keep-alive connections on loopback, closed loops of N workers,
// bounded by time and by count, and the figures taken from what came back.

import { Agent, request } from 'node:http';

export interface Reply {
  status: number;
  body: string;
}

export interface Outcome {
  latencies: number[];
  /** The first request of each worker, sent together on new connections: where starvation shows. */
  firsts: number[];
  errors: number;
  seconds: number;
}

/** A fresh pool per run, so the first requests of a run open their connections as real clients do. */
export function keepAliveAgent(sockets: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: sockets });
}

export function post(agent: Agent, port: number, body: unknown): Promise<Reply> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: '127.0.0.1', port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': payload.length } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * `workers` loops, each sending one request and waiting for its reply, until `ms` have passed or
 * `count` requests were sent. `send(i)` sends the i-th and says whether its reply was right.
 */
export async function closedLoop(workers: number, ms: number, count: number, send: (i: number) => Promise<boolean>): Promise<Outcome> {
  const latencies: number[] = [];
  const firsts: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + ms;
  const lane = async () => {
    for (let mine = 0; next < count && performance.now() < deadline; mine++) {
      const i = next++;
      const t0 = performance.now();
      let ok = false;
      try {
        ok = await send(i);
      } catch {
        ok = false;
      }
      latencies.push(performance.now() - t0);
      if (mine === 0) firsts.push(performance.now() - t0);
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: workers }, lane));
  return { latencies, firsts, errors, seconds: (performance.now() - started) / 1000 };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/**
 * Opens `sockets` connections (one GET each, in parallel) before a run is timed. A burst of new
 * connections on a busy server waits seconds for its first reply, on the echo bot and on a bare
 * Node server alike: that is measured once per run as the first request's wait, apart from the
 * steady state the tail column shows.
 */
export async function warm(agent: Agent, port: number, sockets: number): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from(
      { length: sockets },
      () =>
        new Promise<void>((resolve) => {
          const req = request({ agent, host: '127.0.0.1', port, path: '/healthz', method: 'GET' }, (res) => {
            res.resume();
            res.on('end', () => resolve());
          });
          req.on('error', () => resolve());
          req.end();
        }),
    ),
  );
  return performance.now() - started;
}
