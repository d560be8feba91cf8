// Translates a checked QuerySpec into parameterised Cosmos DB SQL.
//
// Field paths are validated against FIELD_PATH and written in bracket form (c["a"]["b"]),
// so that names which are SQL keywords in Cosmos (value, order, top, ...) still work.
// Values only ever travel as parameters.

import type { SqlParameter, SqlQuerySpec } from '@azure/cosmos';
import type { SortKey } from '../composite-sort.js';
import { setPath } from '../projection.js';
import { fieldSegments, valueKind, type CheckedFilter, type CheckedQuery, type ValueKind } from '../query-check.js';

export function fieldRef(field: string): string {
  return `c${fieldSegments(field)
    .map((s) => `["${s}"]`)
    .join('')}`;
}

const TYPE_CHECK: Record<ValueKind, string> = { string: 'IS_STRING', number: 'IS_NUMBER', boolean: 'IS_BOOL' };

class Params {
  readonly list: SqlParameter[] = [];
  add(value: string | number | boolean): string {
    const name = `@p${this.list.length}`;
    this.list.push({ name, value });
    return name;
  }
}

function filterSql(f: CheckedFilter, params: Params): string {
  const ref = fieldRef(f.field);
  switch (f.op) {
    case 'in':
      return f.values.length === 0 ? 'false' : `${ref} IN (${f.values.map((v) => params.add(v)).join(', ')})`;
    case 'contains':
      return `ARRAY_CONTAINS(${ref}, ${params.add(f.value)})`;
    case 'startsWith':
      return `STARTSWITH(${ref}, ${params.add(f.value)})`;
    case 'defined':
      return `IS_DEFINED(${ref})`;
    case 'undefined':
      return `NOT IS_DEFINED(${ref})`;
    case '!=':
      // The wire server answers true for "3" != 3 and null != 3; Azure answers undefined
      // (no match). The type check makes both, and SQLite, agree: only same-typed values match.
      return `(${TYPE_CHECK[valueKind(f.value)]}(${ref}) AND ${ref} != ${params.add(f.value)})`;
    default:
      return `${ref} ${f.op} ${params.add(f.value)}`;
  }
}

function whereClause(
  where: CheckedFilter[],
  params: Params,
  partition?: { field: string; value: string },
): string {
  const parts: string[] = [];
  // The wire server ignores the partition key request option in queries, so the partition is
  // also stated in the WHERE clause; on Azure this is the recommended form anyway.
  if (partition) parts.push(`${fieldRef(partition.field)} = ${params.add(partition.value)}`);
  parts.push(...where.map((f) => filterSql(f, params)));
  return parts.length === 0 ? '' : ` WHERE ${parts.join(' AND ')}`;
}

/**
 * With `composite` (the composite index that serves the sort, ../composite-sort.ts) the ORDER BY
 * lists all its fields, which is the form Cosmos DB serves from it; the equality-filtered ones
 * hold one value, so the order is the same. A sort on one field leaves out documents without
 * it, and a sort on several may not: the sort field is then required to be defined.
 */
export function selectQuery(query: CheckedQuery, partition?: { field: string; value: string }, composite?: readonly SortKey[]): SqlQuerySpec {
  const params = new Params();
  const top = query.top === undefined ? '' : `TOP ${query.top} `;
  const projection = query.select ? projectionSql(query.select) : '*';
  const sortDefined: CheckedFilter[] = composite && query.orderBy ? [{ field: query.orderBy.field, op: 'defined' }] : [];
  const where = whereClause([...query.where, ...sortDefined], params, partition);
  const order = composite
    ? ` ORDER BY ${composite.map((k) => `${fieldRef(k.field)} ${k.order === 'descending' ? 'DESC' : 'ASC'}`).join(', ')}`
    : query.orderBy
      ? ` ORDER BY ${fieldRef(query.orderBy.field)} ${query.orderBy.direction === 'desc' ? 'DESC' : 'ASC'}`
      : '';
  return { query: `SELECT ${top}${projection} FROM c${where}${order}`, parameters: params.list };
}

/**
 * Cosmos DB names a projected value by its last segment (`c.times.created` comes back as
 * `created`, beside `c.id` as `id`): with a nested path in the list every value is named s0, s1…
 * and put back at its path by `projectedRow`.
 */
function projectionSql(select: readonly string[]): string {
  if (!select.some(isNested)) return select.map(fieldRef).join(', ');
  return select.map((f, i) => `${fieldRef(f)} AS s${i}`).join(', ');
}

const isNested = (path: string) => path.includes('.');

/** A result row of selectQuery as the projection the caller asked for. */
export function projectedRow(row: Record<string, unknown>, select: readonly string[] | undefined): Record<string, unknown> {
  if (!select?.some(isNested)) return row;
  const out: Record<string, unknown> = {};
  select.forEach((path, i) => {
    if (Object.hasOwn(row, `s${i}`)) setPath(out, path, row[`s${i}`]);
  });
  return out;
}

export function countQuery(query: Pick<CheckedQuery, 'where'>, partition?: { field: string; value: string }): SqlQuerySpec {
  const params = new Params();
  return {
    query: `SELECT VALUE COUNT(1) FROM c${whereClause(query.where, params, partition)}`,
    parameters: params.list,
  };
}

/** The ids and ETags of the matching documents, as [id, etag] pairs (Collection.writeVersion). */
export function versionQuery(query: Pick<CheckedQuery, 'where'>, partition?: { field: string; value: string }): SqlQuerySpec {
  const params = new Params();
  return {
    query: `SELECT VALUE [c.id, c._etag] FROM c${whereClause(query.where, params, partition)}`,
    parameters: params.list,
  };
}
