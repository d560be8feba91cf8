// Validation shared by both adapters, so that a query either adapter refuses is refused
// by both, with the same InvalidQueryError, before any query text is built.

import { createHash } from 'node:crypto';
import { InvalidQueryError } from './errors.js';
import { pathsOverlap } from './projection.js';
import { FIELD_PATH, type Filter, type QueryOptions, type QuerySpec, type Scalar } from './port.js';

/** A top-level field name (container names; an index's projection takes field paths). */
export const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Page size when the caller gives none; the Cosmos SDK's own default is also 100. */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

/** A comparable value after validation: null is refused because the stores disagree about it. */
export type QueryValue = string | number | boolean;
export type ValueKind = 'string' | 'number' | 'boolean';

const COMPARISONS = new Set(['=', '!=', '<', '<=', '>', '>=']);

export function fieldSegments(path: string): string[] {
  if (typeof path !== 'string' || !FIELD_PATH.test(path)) {
    throw new InvalidQueryError(`invalid field path ${JSON.stringify(path)}`);
  }
  return path.split('.');
}

export function valueKind(value: QueryValue): ValueKind {
  return typeof value as ValueKind;
}

function checkValue(field: string, value: Scalar | undefined): QueryValue {
  if (value === null || value === undefined) {
    // Cosmos and SQLite treat null (and missing fields) differently in comparisons;
    // 'defined' / 'undefined' are the portable way to ask about presence.
    throw new InvalidQueryError(`null is not comparable (field ${field}); use op 'defined' or 'undefined'`);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InvalidQueryError(`non-finite number for field ${field}`);
    return value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  throw new InvalidQueryError(`unsupported value type ${typeof value} for field ${field}`);
}

/** A filter whose values are known to be non-null strings, finite numbers or booleans. */
export type CheckedFilter =
  | { field: string; op: '=' | '!=' | '<' | '<=' | '>' | '>=' | 'contains'; value: QueryValue }
  | { field: string; op: 'in'; values: QueryValue[] }
  | { field: string; op: 'startsWith'; value: string }
  | { field: string; op: 'defined' | 'undefined' };

export function checkFilter(filter: Filter): CheckedFilter {
  if (typeof filter !== 'object' || filter === null) throw new InvalidQueryError('a filter must be an object');
  const { field, op } = filter;
  fieldSegments(field);
  if (COMPARISONS.has(op) || op === 'contains') {
    const value = checkValue(field, (filter as { value?: Scalar }).value);
    return { field, op: op as '=' | 'contains', value };
  }
  switch (op) {
    case 'in': {
      const values: unknown = (filter as { values?: unknown }).values;
      if (!Array.isArray(values)) throw new InvalidQueryError(`'in' needs a values array (field ${field})`);
      if (values.length > 256) throw new InvalidQueryError(`'in' takes at most 256 values (field ${field})`);
      return { field, op, values: values.map((v: Scalar) => checkValue(field, v)) };
    }
    case 'startsWith': {
      const value: unknown = (filter as { value?: unknown }).value;
      if (typeof value !== 'string') throw new InvalidQueryError(`'startsWith' needs a string (field ${field})`);
      return { field, op, value };
    }
    case 'defined':
    case 'undefined':
      return { field, op };
    default:
      throw new InvalidQueryError(`unknown filter op ${JSON.stringify(op)}`);
  }
}

export interface CheckedQuery {
  where: CheckedFilter[];
  orderBy?: { field: string; direction: 'asc' | 'desc' };
  select?: string[];
  top?: number;
}

export function checkQuerySpec(spec: QuerySpec | undefined): CheckedQuery {
  const s = spec ?? {};
  if (s.where !== undefined && !Array.isArray(s.where)) throw new InvalidQueryError('where must be an array');
  const checked: CheckedQuery = { where: (s.where ?? []).map(checkFilter) };
  if (s.orderBy !== undefined) {
    fieldSegments(s.orderBy.field);
    const direction = s.orderBy.direction ?? 'asc';
    if (direction !== 'asc' && direction !== 'desc') {
      throw new InvalidQueryError(`orderBy direction must be 'asc' or 'desc'`);
    }
    checked.orderBy = { field: s.orderBy.field, direction };
  }
  if (s.select !== undefined) {
    if (!Array.isArray(s.select)) throw new InvalidQueryError('select must be an array of field paths');
    for (const f of s.select) {
      if (typeof f !== 'string' || !FIELD_PATH.test(f)) {
        throw new InvalidQueryError(`select takes field paths (name or name.name…), got ${JSON.stringify(f)}`);
      }
    }
    const select = ['id', ...new Set(s.select.filter((f) => f !== 'id'))];
    const overlap = select.some((f) => f.includes('.')) ? select.find((f, i) => select.some((g, j) => j !== i && pathsOverlap(f, g))) : undefined;
    if (overlap !== undefined) throw new InvalidQueryError(`select names ${JSON.stringify(overlap)} and a field inside it or around it`);
    checked.select = select;
  }
  if (s.top !== undefined) {
    if (!Number.isSafeInteger(s.top) || s.top < 1) throw new InvalidQueryError('top must be a positive integer');
    checked.top = s.top;
  }
  return checked;
}

export interface CheckedOptions {
  partitionKey?: string;
  pageSize: number;
  continuation?: string;
}

export function checkQueryOptions(options: QueryOptions | undefined): CheckedOptions {
  const o = options ?? {};
  const pageSize = o.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new InvalidQueryError(`pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  if (o.partitionKey !== undefined && (typeof o.partitionKey !== 'string' || o.partitionKey === '')) {
    throw new InvalidQueryError('partitionKey must be a non-empty string');
  }
  if (o.continuation !== undefined && (typeof o.continuation !== 'string' || o.continuation === '')) {
    throw new InvalidQueryError('continuation must be a token from a previous page');
  }
  const checked: CheckedOptions = { pageSize };
  if (o.partitionKey !== undefined) checked.partitionKey = o.partitionKey;
  if (o.continuation !== undefined) checked.continuation = o.continuation;
  return checked;
}

/**
 * Identifies the query a continuation token belongs to, so that a token replayed against
 * another query fails loudly instead of returning a wrong page.
 */
export function queryFingerprint(container: string, query: CheckedQuery, partitionKey: string | undefined): string {
  return createHash('sha256')
    .update(JSON.stringify([container, query, partitionKey ?? null]))
    .digest('base64url')
    .slice(0, 16);
}

/** Wraps an adapter's own position (an offset, an SDK token) in an opaque, URL-safe token. */
export function encodeContinuation(position: unknown, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ p: position, q: fingerprint })).toString('base64url');
}

export function decodeContinuation(token: string, fingerprint: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidQueryError('malformed continuation token');
  }
  if (typeof parsed !== 'object' || parsed === null || !('p' in parsed)) {
    throw new InvalidQueryError('malformed continuation token');
  }
  if ((parsed as { q?: unknown }).q !== fingerprint) {
    throw new InvalidQueryError('continuation token belongs to a different query');
  }
  return (parsed as { p: unknown }).p;
}
