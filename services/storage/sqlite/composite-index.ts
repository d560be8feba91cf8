// The embedded store's index for a composite index of a container (../composite-sort.ts): its
// expressions are those orderSql(…, true) and the literal comparisons of whereSql write, since
// SQLite uses an index on an expression only for the same expression.

import type { SortKey } from '../composite-sort.js';
import { literalJsonPath, typeRankSql } from './sqlite-query.js';

/** The name of the embedded store's index for one of a container's composite indexes. */
export function compositeIndexName(container: string, keys: readonly SortKey[]): string {
  return `${container}_sorted_${keys.map((k) => k.field.replaceAll('.', '_')).join('_')}`;
}

/**
 * The indexed expressions of a composite index, as `orderSql(…, true)` and the literal
 * comparisons of `whereSql` write them: within a partition, the equality fields' values, then
 * the sort field's type rank and value, then the id (the tie-break), in the index's direction.
 */
export function compositeIndexColumns(keys: readonly SortKey[]): string {
  const dir = (k: SortKey) => (k.order === 'descending' ? 'DESC' : 'ASC');
  const last = keys[keys.length - 1] as SortKey;
  const path = literalJsonPath(last.field);
  return [
    'pk',
    ...keys.slice(0, -1).map((k) => `json_extract(body, ${literalJsonPath(k.field)}) ${dir(k)}`),
    `${typeRankSql(path)} ${dir(last)}`,
    `json_extract(body, ${path}) ${dir(last)}`,
    'id',
  ].join(', ');
}
