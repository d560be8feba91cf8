// Which of a container's composite indexes serves a query's sort. An index (f1, …, fn) serves
// a sort on fn in its direction when every earlier field has an equality filter: those fields
// then hold one value across the result, so sorting by (f1, …, fn) gives the same order as
// sorting by fn alone, and it is the order the index is kept in. Both stores ask this: Cosmos
// DB writes the whole list in ORDER BY (a composite index is only used for the ORDER BY it
// lists, and the wire server refuses a multi-field ORDER BY without one), and the embedded
// store keeps one SQLite index per composite index and reads the sort off it.

import type { ContainerDefinition } from './containers.js';
import type { CheckedQuery } from './query-check.js';

export interface SortKey {
  field: string;
  order: 'ascending' | 'descending';
}

/** The index's fields, in the query's sort's direction; undefined when none serves it. */
export function servingCompositeIndex(def: ContainerDefinition, query: Pick<CheckedQuery, 'where' | 'orderBy'>): SortKey[] | undefined {
  const { orderBy } = query;
  if (!orderBy) return undefined;
  const order = orderBy.direction === 'desc' ? 'descending' : 'ascending';
  const equal = new Set(query.where.filter((f) => f.op === '=').map((f) => f.field));
  for (const index of def.compositeIndexes ?? []) {
    const keys = index.map(({ path, order: o }) => ({ field: fieldOf(path), order: o }));
    const last = keys[keys.length - 1];
    if (!last || last.field !== orderBy.field || last.order !== order) continue;
    if (keys.slice(0, -1).every((k) => equal.has(k.field))) return keys;
  }
  return undefined;
}

/** "times.created" or "/times/created" -> "times.created". */
export function fieldOf(path: string): string {
  return path.startsWith('/') ? path.slice(1).split('/').join('.') : path;
}
