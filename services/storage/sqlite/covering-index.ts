// The embedded store's covering indexes: a range index that also holds a projection of each
// document, so that a period read with that projection (a report's rows) is answered from the
// index alone. Without it SQLite reads and parses every document of the period in full (kilobytes
// of question and answer text) for a few hundred bytes of codes: the first national yearly report
// over 100 000 records spent most of its time there. The index's expressions are written here
// once, for the index and for the query alike: SQLite uses an index on an expression only for
// the same expression text.

import type { CoveringIndex } from '../containers.js';
import type { CheckedQuery } from '../query-check.js';
import { literalJsonPath } from './sqlite-query.js';

const FIELDS = new WeakMap<CoveringIndex, readonly string[]>();

/** Fields the projection holds: `id` first, as the store's checked select has it. Worked out once per index: it is asked for every row. */
function fieldsOf(index: CoveringIndex): readonly string[] {
  let fields = FIELDS.get(index);
  if (!fields) FIELDS.set(index, (fields = ['id', ...new Set(index.select.filter((f) => f !== 'id'))]));
  return fields;
}

/** The index that serves this query's projection over its range field, if any. */
export function servingCoveringIndex(indexes: readonly CoveringIndex[] | undefined, query: CheckedQuery, range: string): CoveringIndex | undefined {
  const select = query.select;
  if (!select) return undefined;
  return indexes?.find((index) => index.range === range && sameList(fieldsOf(index), select));
}

export function coveringIndexName(container: string, index: CoveringIndex): string {
  return `${container}_covering_${index.range.replaceAll('.', '_')}`;
}

/**
 * The projection: every field's value in one JSON array (json_extract with several paths), and a
 * bit per field telling a stored null from a missing field, which the array cannot.
 */
export function projectionSql(index: CoveringIndex): { values: string; present: string } {
  const fields = fieldsOf(index);
  return {
    values: `json_extract(body, ${fields.map(literalJsonPath).join(', ')})`,
    present: fields.map((f, i) => `((json_type(body, ${literalJsonPath(f)}) IS NOT NULL) << ${i})`).join(' | '),
  };
}

/**
 * What the index holds, in the order a range read uses it: the partition, the range field (and
 * its type, which the read checks), the equality fields (type and value), then the projection.
 */
export function coveringIndexColumns(index: CoveringIndex): string {
  const range = literalJsonPath(index.range);
  const { values, present } = projectionSql(index);
  return [
    'pk',
    `json_extract(body, ${range})`,
    `json_type(body, ${range})`,
    ...index.equal.flatMap((f) => [`json_type(body, ${literalJsonPath(f)})`, `json_extract(body, ${literalJsonPath(f)})`]),
    values,
    `(${present})`,
  ].join(', ');
}

const SEGMENTS = new WeakMap<CoveringIndex, ReadonlyArray<readonly string[]>>();

/** Each field's path split once per index, not once per row. */
function segmentsOf(index: CoveringIndex): ReadonlyArray<readonly string[]> {
  let segments = SEGMENTS.get(index);
  if (!segments) SEGMENTS.set(index, (segments = fieldsOf(index).map((f) => f.split('.'))));
  return segments;
}

/** A row read through the projection, as the document's projection (../projection.ts): missing fields left out. */
export function readProjection(index: CoveringIndex, values: string, present: number): Record<string, unknown> {
  const segments = segmentsOf(index);
  const parsed = JSON.parse(values) as unknown[];
  const out: Record<string, unknown> = {};
  for (let i = 0; i < segments.length; i++) {
    if (!(present & (1 << i))) continue;
    const path = segments[i] as readonly string[];
    let at = out;
    for (let s = 0; s < path.length - 1; s++) at = (at[path[s] as string] ??= {}) as Record<string, unknown>;
    at[path[path.length - 1] as string] = parsed[i];
  }
  return out;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
