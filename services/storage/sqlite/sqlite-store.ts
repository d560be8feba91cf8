// The embedded document store: one SQLite file, one table per container. Used on laptops
// and small single-instance installs; it answers the same contract as the Cosmos adapter.

import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { CONTAINERS, containerDefinition, type ContainerName } from '../containers.js';
import { StoreUnavailableError } from '../errors.js';
import { FIELD_PATH, type Collection, type Document, type DocumentStore, type StoreHealth } from '../port.js';
import { FIELD_NAME } from '../query-check.js';
import { fieldOf } from '../composite-sort.js';
import { compositeIndexColumns, compositeIndexName } from './composite-index.js';
import { rangeIndexName, rangeIndexOf } from './range-index.js';
import { SqliteCollection } from './sqlite-collection.js';
import { writeVersionsDdl } from './write-versions.js';
import { coveringIndexColumns, coveringIndexName } from './covering-index.js';
import { literalJsonPath } from './sqlite-query.js';

export interface SqliteStoreOptions {
  /** Path of the database file (its folder is created when missing), or ':memory:'. */
  file: string;
  /** How long a writer waits for another connection's lock before giving up. */
  busyTimeoutMs?: number;
}

export class SqliteStore implements DocumentStore {
  readonly kind = 'embedded' as const;
  private db: Database.Database | undefined;
  private closed = false;
  private readonly collections = new Map<ContainerName, SqliteCollection<Document>>();

  constructor(private readonly options: SqliteStoreOptions) {}


  async init(): Promise<void> {
    const db = this.open();
    db.transaction(() => {
      for (const def of Object.values(CONTAINERS)) {
        // Container names come from code, but they are spliced into SQL, so check them anyway.
        if (!FIELD_NAME.test(def.name)) throw new Error(`container name ${JSON.stringify(def.name)} is not a plain identifier`);
        // A rowid table, not WITHOUT ROWID: documents are kilobytes, and SQLite keeps rows that
        // large inline only in rowid tables; read in rowid order a partition is read almost
        // sequentially (a national report over 100 000 records went from seconds to under one).
        const existing = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`).get(def.name) as { sql?: string } | undefined;
        if (existing?.sql?.includes('WITHOUT ROWID')) {
          // Files written by earlier versions: copy into the new layout once.
          db.exec(`ALTER TABLE "${def.name}" RENAME TO "${def.name}_old"`);
          db.exec(createTable(def.name));
          db.exec(`INSERT INTO "${def.name}" (pk, id, etag, body) SELECT pk, id, etag, body FROM "${def.name}_old"`);
          db.exec(`DROP TABLE "${def.name}_old"`);
        }
        db.exec(createTable(def.name));
        // Not redundant with the primary key's (pk, id): this one holds a partition in rowid order,
        // which every unordered partition read pages through (pk = ? AND rowid > ? ORDER BY rowid);
        // without it SQLite sorts the whole partition again for each page.
        ensureIndex(db, def.name, `${def.name}_by_partition`, 'pk');
        for (const field of 'rangeIndexes' in def ? def.rangeIndexes : []) {
          if (!FIELD_PATH.test(field)) throw new Error(`range index ${JSON.stringify(field)} of ${def.name} is not a field path`);
          // Files written before a covering index served this field keep a range index of their own: dropped.
          if (rangeIndexOf(def, field).own) ensureIndex(db, def.name, rangeIndexName(def.name, field), `pk, json_extract(body, ${literalJsonPath(field)})`);
          else db.exec(`DROP INDEX IF EXISTS "${rangeIndexName(def.name, field)}"`);
        }
        for (const field of 'crossPartitionIndexes' in def ? def.crossPartitionIndexes : []) {
          if (!FIELD_PATH.test(field)) throw new Error(`cross-partition index ${JSON.stringify(field)} of ${def.name} is not a field path`);
          ensureIndex(db, def.name, `${def.name}_across_${field.replaceAll('.', '_')}`, `json_extract(body, ${literalJsonPath(field)})`);
        }
        for (const index of 'coveringIndexes' in def ? def.coveringIndexes : []) {
          const fields = [index.range, ...index.equal];
          if (!fields.every((f) => FIELD_PATH.test(f)) || !index.select.every((f) => FIELD_PATH.test(f)) || index.select.length > 30) {
            throw new Error(`covering index of ${def.name} on ${index.range}: fields must be field paths, at most 30 selected`);
          }
          ensureIndex(db, def.name, coveringIndexName(def.name, index), coveringIndexColumns(index));
        }
        for (const index of 'compositeIndexes' in def ? def.compositeIndexes : []) {
          const keys = index.map(({ path, order }) => ({ field: fieldOf(path), order }));
          for (const { field } of keys) if (!FIELD_PATH.test(field)) throw new Error(`composite index field ${JSON.stringify(field)} of ${def.name} is not a field path`);
          ensureIndex(db, def.name, compositeIndexName(def.name, keys), compositeIndexColumns(keys));
        }
        if ('writeVersions' in def && def.writeVersions) db.exec(writeVersionsDdl(def.name));
      }
    })();
  }

  collection<T extends Document>(name: ContainerName): Collection<T> {
    let c = this.collections.get(name);
    if (!c) {
      c = new SqliteCollection<Document>(() => this.requireDb(), containerDefinition(name));
      this.collections.set(name, c);
    }
    return c as unknown as Collection<T>;
  }

  async health(): Promise<StoreHealth> {
    try {
      this.requireDb().prepare('SELECT 1').get();
      return { ok: true, kind: this.kind };
    } catch (err) {
      return { ok: false, kind: this.kind, detail: (err as Error).message };
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.db?.close();
    this.db = undefined;
  }

  private open(): Database.Database {
    if (this.closed) throw new StoreUnavailableError('embedded store is closed');
    if (this.db) return this.db;
    const { file } = this.options;
    try {
      if (file !== ':memory:' && file !== '') mkdirSync(dirname(resolve(file)), { recursive: true });
      const db = new Database(file);
      // WAL lets readers (health checks, reports) run alongside a writer.
      db.pragma('journal_mode = WAL');
      db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(this.options.busyTimeoutMs ?? 5000))}`);
      this.db = db;
      return db;
    } catch (err) {
      throw new StoreUnavailableError(`embedded store cannot open ${file}: ${(err as Error).message}`, { cause: err });
    }
  }

  private requireDb(): Database.Database {
    if (this.closed) throw new StoreUnavailableError('embedded store is closed');
    if (!this.db) throw new StoreUnavailableError('embedded store is not initialised: call init() first');
    return this.db;
  }
}

/**
 * Creates an index, or builds it again when the file holds an index of that name with other
 * columns: a file written before the index existed, or before its definition changed (the
 * statistics' covering index, when what a report reads changes). Queries name their index
 * (INDEXED BY) with the expressions of the current definition, and SQLite cannot answer them
 * from one built on other expressions. The first start after such an upgrade builds it (a few
 * seconds at hundreds of thousands of records), once; SQLite keeps the statement as written.
 */
function ensureIndex(db: Database.Database, table: string, name: string, columns: string): void {
  const sql = `CREATE INDEX "${name}" ON "${table}" (${columns})`;
  const existing = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?`).get(name) as { sql?: string } | undefined;
  if (existing?.sql === sql) return;
  if (existing) db.exec(`DROP INDEX "${name}"`);
  db.exec(sql);
}

function createTable(name: string): string {
  return (
    `CREATE TABLE IF NOT EXISTS "${name}" (` +
    'pk TEXT NOT NULL, id TEXT NOT NULL, etag TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (pk, id))'
  );
}
