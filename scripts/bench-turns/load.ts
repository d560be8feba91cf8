// HTTP load for bench-turns: keep-alive connections on loopback, closed loops of N workers,
// bounded by time and by count, and the figures taken from what came back.

import { Agent, request } from 'node:http';

export interface Reply {
  status: number;
  body: string;
}

export interface Outcome {
  latencies: number[];
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
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + ms;
  const lane = async () => {
    while (next < count && performance.now() < deadline) {
      const i = next++;
      const t0 = performance.now();
      let ok = false;
      try {
        ok = await send(i);
      } catch {
        ok = false;
      }
      latencies.push(performance.now() - t0);
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: workers }, lane));
  return { latencies, errors, seconds: (performance.now() - started) / 1000 };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}
