// The Cosmos retry layer, with a fake operation and a recorded, instant sleep.

import { describe, expect, it } from 'vitest';
import { retryAfterMs, withRetry, type RetryPolicy } from '../../services/storage/cosmos/retry.js';

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000, maxTotalWaitMs: 5000 };

function cosmosError(code: number, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(`status ${code}`), { code, ...extra });
}

/** Fails with the given errors in turn, then succeeds. */
function flaky(errors: unknown[]) {
  let calls = 0;
  const op = async () => {
    calls++;
    const err = errors.shift();
    if (err !== undefined) throw err;
    return 'done';
  };
  return { op, calls: () => calls };
}

function recorder() {
  const sleeps: number[] = [];
  return { sleeps, sleep: async (ms: number) => void sleeps.push(ms) };
}

describe('withRetry', () => {
  it('retries 429 honouring retryAfterInMs, plus a little jitter', async () => {
    const { op, calls } = flaky([cosmosError(429, { retryAfterInMs: 250 }), cosmosError(429, { retryAfterInMs: 40 })]);
    const rec = recorder();
    await expect(withRetry(op, policy, { sleep: rec.sleep, random: () => 0.5 })).resolves.toBe('done');
    expect(calls()).toBe(3);
    expect(rec.sleeps).toEqual([300, 90]);
  });

  it('reads the x-ms-retry-after-ms header when the parsed field is absent', async () => {
    const err = cosmosError(429, { headers: { 'x-ms-retry-after-ms': '700' } });
    expect(retryAfterMs(err)).toBe(700);
    const { op } = flaky([err]);
    const rec = recorder();
    await withRetry(op, policy, { sleep: rec.sleep, random: () => 0 });
    expect(rec.sleeps).toEqual([700]);
  });

  it('backs off exponentially with jitter on 503, capped per step', async () => {
    const policyWithCap = { ...policy, maxAttempts: 6, maxDelayMs: 400 };
    const { op, calls } = flaky([503, 503, 503, 503, 503].map((c) => cosmosError(c)));
    const rec = recorder();
    await expect(withRetry(op, policyWithCap, { sleep: rec.sleep, random: () => 0.999 })).resolves.toBe('done');
    expect(calls()).toBe(6);
    // Steps 100, 200, 400, 400, 400; "equal jitter" waits between half a step and a full step.
    expect(rec.sleeps).toEqual([100, 200, 400, 400, 400]);

    const low = recorder();
    await withRetry(flaky([cosmosError(503), cosmosError(503)]).op, policy, { sleep: low.sleep, random: () => 0 });
    expect(low.sleeps).toEqual([50, 100]);
  });

  it('gives up after maxAttempts and throws the last error', async () => {
    const last = cosmosError(429, { retryAfterInMs: 10 });
    const { op, calls } = flaky([cosmosError(429), cosmosError(503), cosmosError(429), last, cosmosError(429)]);
    const rec = recorder();
    await expect(withRetry(op, policy, { sleep: rec.sleep, random: () => 0 })).rejects.toBe(last);
    expect(calls()).toBe(4);
    expect(rec.sleeps).toHaveLength(3);
  });

  it('gives up rather than wait beyond the total budget', async () => {
    const tooLong = cosmosError(429, { retryAfterInMs: 4000 });
    const { op, calls } = flaky([cosmosError(429, { retryAfterInMs: 1500 }), tooLong, cosmosError(429)]);
    const rec = recorder();
    await expect(withRetry(op, policy, { sleep: rec.sleep, random: () => 0 })).rejects.toBe(tooLong);
    expect(calls()).toBe(2);
    expect(rec.sleeps).toEqual([1500]);
  });

  it('passes every other error through at once', async () => {
    for (const err of [cosmosError(409), cosmosError(412), cosmosError(404), cosmosError(400), new TypeError('bug'), 'a string']) {
      const { op, calls } = flaky([err]);
      const rec = recorder();
      await expect(withRetry(op, policy, { sleep: rec.sleep })).rejects.toBe(err);
      expect(calls()).toBe(1);
      expect(rec.sleeps).toEqual([]);
    }
  });

  it('also recognises statusCode (core-rest-pipeline errors)', async () => {
    const { op, calls } = flaky([Object.assign(new Error('busy'), { statusCode: 503 })]);
    await expect(withRetry(op, policy, { sleep: async () => {}, random: () => 0 })).resolves.toBe('done');
    expect(calls()).toBe(2);
  });
});
