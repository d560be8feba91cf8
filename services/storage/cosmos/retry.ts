// Retries Cosmos DB calls that were refused for load (429) or brief unavailability (503),
// with exponential backoff, jitter and the server's own retry-after hint. Bounded in attempts
// and in total waiting, because a bot turn that waits too long is a failed turn anyway.
// Every other error passes through at once.

import { realSleep, type Sleep } from '../../time/sleep.js';

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  /** First backoff step; doubled per attempt. */
  baseDelayMs: number;
  /** Ceiling of one backoff step (a server hint may exceed it, within maxTotalWaitMs). */
  maxDelayMs: number;
  /** Never sleep more than this in all; give up instead. */
  maxTotalWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 100,
  maxDelayMs: 1000,
  maxTotalWaitMs: 4000,
};

export interface RetryDeps {
  sleep?: Sleep;
  /** In [0, 1); injectable so tests can pin the jitter. */
  random?: () => number;
}

const RETRYABLE = new Set([429, 503]);

export function statusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const { code, statusCode } = err as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'number') return code;
  if (typeof statusCode === 'number') return statusCode;
  return undefined;
}

export function isRetryable(err: unknown): boolean {
  const status = statusOf(err);
  return status !== undefined && RETRYABLE.has(status);
}

/** The wait the server asked for, from the SDK's parsed field or the raw header. */
export function retryAfterMs(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const parsed = (err as { retryAfterInMs?: unknown }).retryAfterInMs;
  if (typeof parsed === 'number' && Number.isFinite(parsed) && parsed > 0) return parsed;
  const headers = (err as { headers?: Record<string, unknown> }).headers;
  const raw = headers?.['x-ms-retry-after-ms'];
  const fromHeader = typeof raw === 'string' || typeof raw === 'number' ? Number(raw) : NaN;
  return Number.isFinite(fromHeader) && fromHeader > 0 ? fromHeader : undefined;
}

export async function withRetry<R>(
  operation: () => Promise<R>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  deps: RetryDeps = {},
): Promise<R> {
  const sleep = deps.sleep ?? realSleep;
  const random = deps.random ?? Math.random;
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (err) {
      if (!isRetryable(err) || attempt >= policy.maxAttempts) throw err;
      const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      const hint = retryAfterMs(err);
      // With a hint, wait at least that long; the added jitter keeps many clients that got
      // the same hint from returning in the same millisecond. Without one, "equal jitter".
      const delay = Math.round(hint !== undefined ? hint + random() * policy.baseDelayMs : step / 2 + (random() * step) / 2);
      if (waited + delay > policy.maxTotalWaitMs) throw err;
      waited += delay;
      await sleep(delay);
    }
  }
}
