// Retries Cosmos DB calls that were refused for load (429) or brief unavailability (503),
// with the shared backoff (services/retry.ts) and the server's own retry-after hint. Bounded in
// attempts and in total waiting, because a bot turn that waits too long is a failed turn anyway.
// Every other error passes through at once.

import { withRetryRules, type RetryDeps, type RetryPolicy, type RetryRules } from '../../retry.js';

export type { RetryDeps, RetryPolicy };

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 100,
  maxDelayMs: 1000,
  maxTotalWaitMs: 4000,
};

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

const COSMOS_RULES: RetryRules = { retryable: isRetryable, askedWaitMs: retryAfterMs };

export function withRetry<R>(operation: () => Promise<R>, policy: RetryPolicy = DEFAULT_RETRY_POLICY, deps: RetryDeps = {}): Promise<R> {
  return withRetryRules(operation, COSMOS_RULES, policy, deps);
}
