// Scheduling, stopping and failure handling of the runner itself. Timers are vitest's fake
// timers and "now" is a FakeClock, so nothing here waits in real time.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JobLeases } from '../../services/jobs/job-lease.js';
import { JobRunner } from '../../services/jobs/job-runner.js';
import type { JobContext } from '../../services/jobs/job-types.js';
import { SqliteStore } from '../../services/storage/sqlite/sqlite-store.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { gate, instance } from './helpers.js';

let store: SqliteStore;
let clock: FakeClock;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  store = new SqliteStore({ file: ':memory:' });
  await store.init();
  clock = new FakeClock('2026-03-02T06:00:00Z');
});

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await store.close();
});

/**
 * Moves timers and the clock together, as time passes in production, and lets the event loop go
 * round a few times: the embedded store lets it go round before each call.
 */
async function pass(ms: number): Promise<void> {
  clock.advance(ms);
  await vi.advanceTimersByTimeAsync(ms);
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('JobRunner scheduling', () => {
  it('runs each job after the first delay, then intervalMs after each run, until stopped', async () => {
    const { runner } = instance(store, clock, 'a', { firstRunDelayMs: 1_000 });
    const runs: number[] = [];
    runner.register({ name: 'tick', intervalMs: 10_000, run: (ctx) => void runs.push(ctx.clock.now().getTime()) });
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    runner.start();
    runner.start(); // idempotent: no second schedule

    await pass(999);
    expect(runs).toHaveLength(0);
    await pass(1);
    expect(runs).toHaveLength(1);
    await pass(10_000);
    await pass(10_000);
    expect(runs).toHaveLength(3);
    // Every timer it set lets the process exit.
    expect(setTimeoutSpy.mock.results.length).toBeGreaterThan(0);
    for (const r of setTimeoutSpy.mock.results) expect((r.value as NodeJS.Timeout).hasRef()).toBe(false);

    await runner.stop();
    await pass(60_000);
    expect(runs).toHaveLength(3);
    expect(vi.getTimerCount()).toBe(0);
    expect(await runner.runDueNow()).toEqual({ tick: 'stopped' });
    expect(() => runner.start()).toThrow(/cannot be started again/);
    expect(() => runner.register({ name: 'late', intervalMs: 1, run: () => undefined })).toThrow(/stopped/);
  });

  it('schedules a job registered after start', async () => {
    const { runner } = instance(store, clock, 'a', { firstRunDelayMs: 0 });
    runner.start();
    let runs = 0;
    runner.register({ name: 'late', intervalMs: 5_000, run: () => void runs++ });
    await pass(0);
    expect(runs).toBe(1);
    await pass(5_000);
    expect(runs).toBe(2);
    await runner.stop();
  });

  it('reports a failing job through onError and keeps running it on schedule', async () => {
    const { runner, errors } = instance(store, clock, 'a', { firstRunDelayMs: 0 });
    let runs = 0;
    runner.register({
      name: 'flaky',
      intervalMs: 1_000,
      run() {
        runs++;
        throw new Error(`boom ${runs}`);
      },
    });
    runner.register({ name: 'steady', intervalMs: 1_000, run: () => undefined });
    runner.start();
    await pass(0);
    await pass(1_000);
    expect(runs).toBe(2);
    expect(errors).toEqual([
      { job: 'flaky', error: new Error('boom 1') },
      { job: 'flaky', error: new Error('boom 2') },
    ]);
    // The failed run still released its lease.
    expect(await runner.runDueNow()).toEqual({ flaky: 'failed', steady: 'ran' });
    await runner.stop();
  });

  it('survives an onError that throws', async () => {
    const runner = new JobRunner({
      store,
      clock,
      onError: () => {
        throw new Error('logger down');
      },
    });
    runner.register({ name: 'bad', intervalMs: 1_000, run: () => Promise.reject(new Error('job failed')) });
    expect(await runner.runDueNow()).toEqual({ bad: 'failed' });
    await runner.stop();
  });

  it('renews the lease on its own while a long job runs', async () => {
    const a = instance(store, clock, 'a', { leaseMs: 60_000, renewEveryMs: 20_000 });
    const b = instance(store, clock, 'b', { leaseMs: 60_000 });
    const g = gate();
    a.runner.register({ name: 'long', intervalMs: 1_000, run: () => g.wait });
    b.runner.register({ name: 'long', intervalMs: 1_000, run: () => undefined });
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');

    const aRun = a.runner.runDueNow();
    for (let i = 0; i < 10; i++) await pass(20_000); // 200 s into a 60 s lease
    expect(await b.runner.runDueNow()).toEqual({ long: 'held-elsewhere' });
    const lease = await JobLeases.forStore(store, clock).read('long');
    expect(Date.parse(lease?.expiresAt ?? '')).toBeGreaterThan(clock.now().getTime());
    expect(setIntervalSpy.mock.results).toHaveLength(1);
    expect((setIntervalSpy.mock.results[0]?.value as NodeJS.Timeout).hasRef()).toBe(false);

    g.open();
    expect(await aRun).toEqual({ long: 'ran' });
    expect(vi.getTimerCount()).toBe(0); // the renewal timer is gone with the run
    expect(a.errors).toEqual([]);
    await a.runner.stop();
    await b.runner.stop();
  });

  it('stop() signals a running job, waits for it, and releases its lease', async () => {
    const { runner } = instance(store, clock, 'a', { firstRunDelayMs: 0 });
    const g = gate();
    let ctx: JobContext | undefined;
    let finished = false;
    runner.register({
      name: 'slow',
      intervalMs: 1_000,
      async run(c) {
        ctx = c;
        await g.wait;
        finished = true;
      },
    });
    runner.start();
    await pass(0);
    expect(await runner.runDueNow()).toEqual({ slow: 'already-running' });

    let stopped = false;
    const stopping = runner.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(ctx?.signal.aborted).toBe(true);
    expect(stopped).toBe(false);
    g.open();
    await stopping;
    expect(finished).toBe(true);
    const lease = await JobLeases.forStore(store, clock).read('slow');
    expect(lease?.releasedAt).toBe(clock.now().toISOString());
  });

  it('refuses bad job definitions and options', () => {
    const { runner } = instance(store, clock, 'a');
    const run = () => undefined;
    runner.register({ name: 'ok.job_1-a', intervalMs: 1, run });
    expect(() => runner.register({ name: 'ok.job_1-a', intervalMs: 1, run })).toThrow(/already registered/);
    for (const name of ['', 'has space', 'a/b', '-lead', 'x'.repeat(101)]) {
      expect(() => runner.register({ name, intervalMs: 1, run }), name).toThrow(/must match/);
    }
    expect(() => runner.register({ name: 'zero', intervalMs: 0, run })).toThrow(RangeError);
    expect(() => runner.register({ name: 'huge', intervalMs: 2 ** 31, run })).toThrow(RangeError);
    expect(() => runner.register({ name: 'nolease', intervalMs: 1, leaseMs: -1, run })).toThrow(RangeError);
    expect(() => instance(store, clock, 'b', { leaseMs: Number.NaN })).toThrow(RangeError);
  });
});
