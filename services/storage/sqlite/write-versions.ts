// The embedded store's write counters: one row per partition of a container with
// `writeVersions`, raised by a trigger in the same transaction as every insert, update and
// delete in that partition, whichever connection (or process) writes. A counter never goes
// down, so the sum of a set of partitions' counters changes with every write in any of them:
// that sum is the container's `writeVersion` for a query confined to those partitions, and the
// sum over the whole container for a query that is not. Reading it costs one indexed lookup
// per partition, against a computation's read of every matching document.

import type Database from 'better-sqlite3';
import type { ContainerDefinition } from '../containers.js';
import type { CheckedQuery } from '../query-check.js';

const TABLE = '_write_versions';

/** The counter table and the container's three triggers; idempotent, run at init. */
export function writeVersionsDdl(container: string): string {
  // Not INSERT OR IGNORE: an outer statement's conflict clause (an upsert's) overrides a trigger's.
  const bump = (row: 'NEW' | 'OLD') =>
    `INSERT INTO "${TABLE}" (container, pk, version) SELECT '${container}', ${row}.pk, 0 ` +
    `WHERE NOT EXISTS (SELECT 1 FROM "${TABLE}" WHERE container = '${container}' AND pk = ${row}.pk); ` +
    `UPDATE "${TABLE}" SET version = version + 1 WHERE container = '${container}' AND pk = ${row}.pk;`;
  return [
    `CREATE TABLE IF NOT EXISTS "${TABLE}" (container TEXT NOT NULL, pk TEXT NOT NULL, version INTEGER NOT NULL, PRIMARY KEY (container, pk)) WITHOUT ROWID;`,
    `CREATE TRIGGER IF NOT EXISTS "${container}_versions_insert" AFTER INSERT ON "${container}" BEGIN ${bump('NEW')} END;`,
    // An update never moves a document to another partition (it is addressed by pk and id), but
    // counting both sides costs nothing and keeps the counters true if one ever did.
    `CREATE TRIGGER IF NOT EXISTS "${container}_versions_update" AFTER UPDATE ON "${container}" BEGIN ${bump('NEW')} ${bump('OLD')} END;`,
    `CREATE TRIGGER IF NOT EXISTS "${container}_versions_delete" AFTER DELETE ON "${container}" BEGIN ${bump('OLD')} END;`,
  ].join('\n');
}

/** A query's write version (Collection.writeVersion) on a container that keeps them. */
export function writeVersionOf(prepare: (sql: string) => Database.Statement, def: ContainerDefinition, query: Pick<CheckedQuery, 'where'>, partitionKey: string | undefined): string {
  if (!def.writeVersions) throw new Error(`container ${def.name} keeps no write versions (set writeVersions in containers.ts)`);
  return readWriteVersion(prepare, def.name, partitionsOf(query, partitionKey, def.partitionKey));
}

/** The partitions a query can match documents in, or undefined when it is not confined to some. */
function partitionsOf(query: Pick<CheckedQuery, 'where'>, partitionKey: string | undefined, partitionField: string): string[] | undefined {
  if (partitionKey !== undefined) return [partitionKey];
  for (const filter of query.where) {
    if (filter.field !== partitionField) continue;
    if (filter.op === '=' && typeof filter.value === 'string') return [filter.value];
    if (filter.op === 'in' && filter.values.every((v): v is string => typeof v === 'string')) return [...new Set(filter.values)];
  }
  return undefined;
}

/** The sum of the counters of these partitions of `container` (all of them when undefined); `prepare` caches statements. */
function readWriteVersion(prepare: (sql: string) => Database.Statement, container: string, partitions: readonly string[] | undefined): string {
  if (partitions === undefined) {
    const row = prepare(`SELECT total(version) AS v FROM "${TABLE}" WHERE container = ?`).get(container) as { v: number };
    return String(row.v);
  }
  if (partitions.length === 0) return '0';
  const row = prepare(`SELECT total(version) AS v FROM "${TABLE}" WHERE container = ? AND pk IN (${partitions.map(() => '?').join(', ')})`).get(container, ...partitions) as { v: number };
  return String(row.v);
}
