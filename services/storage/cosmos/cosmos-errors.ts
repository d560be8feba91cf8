// Turns Cosmos SDK failures into the port's typed errors, so services never see SDK shapes.

import { AlreadyExistsError, ChangedBySomeoneElseError, InvalidQueryError, StoreUnavailableError } from '../errors.js';
import { statusOf } from './retry.js';

// Socket-level failures surface as a RestError whose code is the errno name.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'REQUEST_SEND_ERROR',
  'TimeoutError',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** True when the failure says "the store cannot serve us now", not "this request is wrong". */
export function isUnavailable(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const status = statusOf(err);
  // 401/403: a wrong key or a firewall is, to the caller, a store it cannot use.
  if (status !== undefined) return status === 401 || status === 403 || status === 408 || status === 429 || status >= 500;
  const { code, name } = err as { code?: unknown; name?: unknown };
  return (typeof code === 'string' && NETWORK_CODES.has(code)) || name === 'AbortError' || name === 'TimeoutError';
}

export interface ErrorContext {
  container: string;
  id?: string;
  /** Queries get InvalidQueryError for 400; writes keep the SDK error (a bug, not a bad query). */
  query?: boolean;
}

export function toStoreError(err: unknown, ctx: ErrorContext): unknown {
  const status = statusOf(err);
  const id = ctx.id ?? '?';
  if (status === 409) return new AlreadyExistsError(ctx.container, id);
  if (status === 412) return new ChangedBySomeoneElseError(ctx.container, id);
  if (ctx.query && status === 400) {
    return new InvalidQueryError(`${ctx.container}: the store refused the query: ${firstLine(err)}`);
  }
  if (isUnavailable(err)) {
    return new StoreUnavailableError(`Cosmos DB ${ctx.container}: ${firstLine(err)}`, { cause: err });
  }
  return err;
}

export function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const status = statusOf(err);
  const line = (message.split('\n')[0] ?? '').slice(0, 300);
  return status === undefined ? line : `${status} ${line}`;
}
