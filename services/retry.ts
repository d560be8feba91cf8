// Retrying a call that failed for load or a passing fault: exponential backoff with jitter, or
// at least the wait the other side asked for, bounded in attempts and in total waiting. What
// counts as passing and where the asked-for wait is written are the caller's rules (Cosmos DB's
// in storage/cosmos/retry.ts, the Bot Connector's in bot/lean-connector.ts); the loop is this one.

import { realSleep, type Sleep } from './time/sleep.js';

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

export interface RetryRules {
  /** Whether another attempt may succeed. */
  retryable(err: unknown): boolean;
  /** The wait the server asked for, if it named one. */
  askedWaitMs(err: unknown): number | undefined;
}

export interface RetryDeps {
  sleep?: Sleep;
  /** In [0, 1); injectable so tests can pin the jitter. */
  random?: () => number;
}

export async function withRetryRules<R>(operation: () => Promise<R>, rules: RetryRules, policy: RetryPolicy, deps: RetryDeps = {}): Promise<R> {
  const sleep = deps.sleep ?? realSleep;
  const random = deps.random ?? Math.random;
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (err) {
      if (!rules.retryable(err) || attempt >= policy.maxAttempts) throw err;
      const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      const hint = rules.askedWaitMs(err);
      // With a hint, wait at least that long; the added jitter keeps many clients that got
      // the same hint from returning in the same millisecond. Without one, "equal jitter".
      const delay = Math.round(hint !== undefined ? hint + random() * policy.baseDelayMs : step / 2 + (random() * step) / 2);
      if (waited + delay > policy.maxTotalWaitMs) throw err;
      waited += delay;
      await sleep(delay);
    }
  }
}
