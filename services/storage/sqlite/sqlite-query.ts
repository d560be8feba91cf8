// Translates a checked QuerySpec into SQLite SQL over the JSON body column.
//
// Every comparison is guarded by json_type so that SQLite behaves like Cosmos DB: a value
// only matches fields of its own JSON type. Without the guard SQLite would compare the text
// "3" with the number 5 (text sorts after numbers) and booleans with the integers 0/1.
// Field paths and values are always bound parameters, never spliced into the SQL text.

import { InvalidQueryError } from '../errors.js';
import { fieldSegments, valueKind, type CheckedFilter, type CheckedQuery, type QueryValue, type ValueKind } from '../query-check.js';

export type SqlParam = string | number;

export interface SqlPart {
  sql: string;
  params: SqlParam[];
}

const JSON_TYPES: Record<ValueKind, string> = {
  string: "('text')",
  number: "('integer','real')",
  boolean: "('true','false')",
};

const COMPARE_OPS = new Set(['=', '!=', '<', '<=', '>', '>=']);

export function jsonPath(field: string): string {
  return `$.${fieldSegments(field).join('.')}`;
}

function bindValue(value: QueryValue): SqlParam {
  // json_extract hands JSON true/false back as 1/0.
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

/**
 * The path spliced into the SQL text, which an index on that expression needs (a bound path
 * never matches one). Safe: FIELD_PATH allows letters, digits, _ and . only.
 */
export function literalJsonPath(field: string): string {
  return `'${jsonPath(field)}'`;
}

function typedCompare(path: string, op: string, value: QueryValue, literal: boolean): SqlPart {
  if (literal) {
    return { sql: `(json_type(body, ${path}) IN ${JSON_TYPES[valueKind(value)]} AND json_extract(body, ${path}) ${op} ?)`, params: [bindValue(value)] };
  }
  return {
    sql: `(json_type(body, ?) IN ${JSON_TYPES[valueKind(value)]} AND json_extract(body, ?) ${op} ?)`,
    params: [path, path, bindValue(value)],
  };
}

function filterSql(filter: CheckedFilter, literalFields: ReadonlySet<string>): SqlPart {
  const path = jsonPath(filter.field);
  switch (filter.op) {
    case 'in': {
      const byKind = new Map<ValueKind, QueryValue[]>();
      for (const v of filter.values) byKind.set(valueKind(v), [...(byKind.get(valueKind(v)) ?? []), v]);
      if (byKind.size === 0) return { sql: '0', params: [] };
      const parts = [...byKind].map(([kind, values]) => ({
        sql: `(json_type(body, ?) IN ${JSON_TYPES[kind]} AND json_extract(body, ?) IN (${values.map(() => '?').join(', ')}))`,
        params: [path, path, ...values.map(bindValue)],
      }));
      return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: parts.flatMap((p) => p.params) };
    }
    case 'contains':
      // json_each over a scalar yields the scalar itself, so the array check keeps
      // { tags: "a" } from "containing" "a" (it does not in Cosmos DB either).
      return {
        sql:
          `(json_type(body, ?) = 'array' AND EXISTS (SELECT 1 FROM json_each(body, ?) AS e ` +
          `WHERE e.type IN ${JSON_TYPES[valueKind(filter.value)]} AND e.value = ?))`,
        params: [path, path, bindValue(filter.value)],
      };
    case 'startsWith':
      // Not LIKE: LIKE is case-insensitive for ASCII and treats % and _ as wildcards.
      return {
        sql: `(json_type(body, ?) = 'text' AND substr(json_extract(body, ?), 1, length(?)) = ?)`,
        params: [path, path, filter.value, filter.value],
      };
    case 'defined':
      // json_type gives 'null' for a stored null and SQL NULL for a missing field,
      // so a null counts as defined, as IS_DEFINED does in Cosmos DB.
      return { sql: 'json_type(body, ?) IS NOT NULL', params: [path] };
    case 'undefined':
      return { sql: 'json_type(body, ?) IS NULL', params: [path] };
    default:
      if (!COMPARE_OPS.has(filter.op)) throw new InvalidQueryError(`unknown filter op ${JSON.stringify(filter.op)}`);
      return literalFields.has(filter.field)
        ? typedCompare(literalJsonPath(filter.field), filter.op, filter.value, true)
        : typedCompare(path, filter.op, filter.value, false);
  }
}

/**
 * The partitions a filter on the partition key's own field allows, as a condition on the pk
 * column: the table's partition index then reads those partitions only, where the filter
 * alone (on the JSON body) reads every row of the table. A document's pk is its partition key
 * field, always a string, so the filter itself (kept) decides nothing more than this does.
 */
function partitionFieldSql(filter: CheckedFilter, partitionField: string | undefined): SqlPart | undefined {
  if (partitionField === undefined || filter.field !== partitionField) return undefined;
  if (filter.op === '=' && typeof filter.value === 'string') return { sql: 'pk = ?', params: [filter.value] };
  if (filter.op !== 'in') return undefined;
  const values = filter.values.filter((v): v is string => typeof v === 'string');
  return values.length === 0 ? undefined : { sql: `pk IN (${values.map(() => '?').join(', ')})`, params: values };
}

/**
 * WHERE clause (possibly empty) for the filters, the partition and the sort field. Comparisons
 * on `literalFields` name their path in the SQL text, so an index on it can serve them.
 * `partitionField`: the container's partition key field (see partitionFieldSql).
 */
export function whereSql(
  query: Pick<CheckedQuery, 'where' | 'orderBy'>,
  partitionKey?: string,
  literalFields: ReadonlySet<string> = new Set(),
  partitionField?: string,
): SqlPart {
  const parts: SqlPart[] = [];
  if (partitionKey !== undefined) parts.push({ sql: 'pk = ?', params: [partitionKey] });
  else parts.push(...query.where.flatMap((f) => partitionFieldSql(f, partitionField) ?? []));
  parts.push(...query.where.map((f) => filterSql(f, literalFields)));
  if (query.orderBy) {
    // Cosmos DB (and its wire server) leave documents without the sort field out of the result.
    parts.push({ sql: 'json_type(body, ?) IS NOT NULL', params: [jsonPath(query.orderBy.field)] });
  }
  if (parts.length === 0) return { sql: '', params: [] };
  return { sql: ` WHERE ${parts.map((p) => p.sql).join(' AND ')}`, params: parts.flatMap((p) => p.params) };
}

/**
 * Where a value of any JSON type sorts, as in Cosmos DB: null, booleans, numbers, strings,
 * arrays, objects. `path` is SQL text: a bound `?` or a literal path (which an index can hold).
 */
export function typeRankSql(path: string): string {
  return (
    `CASE json_type(body, ${path}) WHEN 'null' THEN 0 WHEN 'false' THEN 1 WHEN 'true' THEN 1` +
    ` WHEN 'integer' THEN 2 WHEN 'real' THEN 2 WHEN 'text' THEN 3 WHEN 'array' THEN 4 ELSE 5 END`
  );
}

/**
 * ORDER BY clause. Values of different JSON types sort in Cosmos DB's type order
 * (null, booleans, numbers, strings, arrays, objects); pk and id break ties so that
 * offset paging is stable. With `literal` the sort field's path is written into the SQL text,
 * so that an index on the same expressions (a composite index, see sqlite-store.ts) serves it.
 */
export function orderSql(query: Pick<CheckedQuery, 'orderBy'>, literal = false): SqlPart {
  // Unordered reads go in rowid order: close to the file's own order, and stable for paging.
  if (!query.orderBy) return { sql: ' ORDER BY rowid', params: [] };
  const path = literal ? literalJsonPath(query.orderBy.field) : '?';
  const dir = query.orderBy.direction === 'desc' ? 'DESC' : 'ASC';
  return {
    sql: ` ORDER BY ${typeRankSql(path)} ${dir}, json_extract(body, ${path}) ${dir}, pk, id`,
    params: literal ? [] : [jsonPath(query.orderBy.field), jsonPath(query.orderBy.field)],
  };
}
