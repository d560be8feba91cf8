// One container of the embedded store: a table of (pk, id, etag, body JSON).

import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type Database from 'better-sqlite3';
import { documentKey, type ContainerDefinition } from '../containers.js';
import { AlreadyExistsError, ChangedBySomeoneElseError, InvalidQueryError, NotFoundError, StoreUnavailableError } from '../errors.js';
import type { Collection, Document, Page, QueryOptions, QuerySpec, Stored } from '../port.js';
import { collectPages } from '../collect-pages.js';
import {
  checkQueryOptions,
  checkQuerySpec,
  decodeContinuation,
  type CheckedQuery,
  encodeContinuation,
  queryFingerprint,
} from '../query-check.js';
import { servingCompositeIndex } from '../composite-sort.js';
import { projectDocument } from '../projection.js';
import { compositeIndexName } from './composite-index.js';
import { coveringIndexName, projectionSql, readProjection, servingCoveringIndex } from './covering-index.js';
import { literalJsonPath, orderSql, whereSql } from './sqlite-query.js';
import { documentSql, serialize, written } from './document-rows.js';
import { rangeIndexOf } from './range-index.js';
import { writeVersionOf } from './write-versions.js';

interface Row {
  etag: string;
  body: string;
}

/**
 * A continuation's position: an offset for ordered queries; for the others the last key seen,
 * which is the rowid, or the indexed value and the rowid when a range index serves the query.
 */
function readPosition(position: unknown, keyset: boolean, ranged: boolean): { offset: number; after?: number; afterValue?: string; seen: number } {
  if (position === undefined) return { offset: 0, seen: 0 };
  if (!keyset) {
    if (typeof position !== 'number' || !Number.isSafeInteger(position) || position < 0) throw new InvalidQueryError('malformed continuation token');
    return { offset: position, seen: 0 };
  }
  const p = position as { a?: unknown; n?: unknown; v?: unknown };
  if (typeof p.a !== 'number' || !Number.isSafeInteger(p.a) || typeof p.n !== 'number' || !Number.isSafeInteger(p.n) || p.n < 0) {
    throw new InvalidQueryError('malformed continuation token');
  }
  if (ranged !== (typeof p.v === 'string')) throw new InvalidQueryError('malformed continuation token');
  return { offset: 0, after: p.a, ...(typeof p.v === 'string' ? { afterValue: p.v } : {}), seen: p.n };
}

// Filters a range index can serve: comparisons with a string (stored instants are ISO text).
const RANGE_OPS = new Set(['=', '<', '<=', '>', '>=']);

// Errors that mean "the database file cannot be used right now", as opposed to a bug.
const UNAVAILABLE_CODES = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL|READONLY|CORRUPT|NOTADB)/;

export class SqliteCollection<T extends Document> implements Collection<T> {
  /** The single-document statements' text, made once: the statement cache is looked up by it on every call. */
  private readonly sql: ReturnType<typeof documentSql>;

  constructor(
    private readonly openDb: () => Database.Database,
    private readonly def: ContainerDefinition,
  ) {
    this.sql = documentSql(`"${def.name}"`);
  }

  get name(): string {
    return this.def.name;
  }

  async get(id: string, partitionKey: string): Promise<Stored<T> | undefined> {
    return this.run(() => {
      const row = this.prepare(this.sql.get).get(partitionKey, id) as
        | Row
        | undefined;
      return row ? { item: JSON.parse(row.body) as T, etag: row.etag } : undefined;
    });
  }

  async create(item: T): Promise<Stored<T>> {
    const { id, partitionKey } = documentKey(this.def, item);
    const body = serialize(item);
    return this.run(() => {
      const etag = randomUUID();
      try {
        this.prepare(this.sql.insert).run(partitionKey, id, etag, body);
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new AlreadyExistsError(this.name, id);
        throw err;
      }
      return written<T>(body, etag);
    });
  }

  async replace(item: T, ifMatch: string): Promise<Stored<T>> {
    const { id, partitionKey } = documentKey(this.def, item);
    const body = serialize(item);
    return this.run(() =>
      // One transaction, so "no row changed" and "does it exist" see the same state.
      this.inTransaction(() => {
        const etag = randomUUID();
        const changed = this.prepare(this.sql.replace).run(
          etag,
          body,
          partitionKey,
          id,
          ifMatch,
        ).changes;
        if (changed === 1) return written<T>(body, etag);
        if (this.exists(partitionKey, id)) throw new ChangedBySomeoneElseError(this.name, id);
        throw new NotFoundError(this.name, id);
      }),
    );
  }

  async upsert(item: T): Promise<Stored<T>> {
    const { id, partitionKey } = documentKey(this.def, item);
    const body = serialize(item);
    return this.run(() => {
      const etag = randomUUID();
      this.prepare(this.sql.upsert).run(partitionKey, id, etag, body);
      return written<T>(body, etag);
    });
  }

  async delete(id: string, partitionKey: string, ifMatch?: string): Promise<boolean> {
    return this.run(() =>
      this.inTransaction(() => {
        if (ifMatch === undefined) {
          return this.prepare(this.sql.delete).run(partitionKey, id).changes === 1;
        }
        const deleted = this.prepare(this.sql.deleteIfMatch).run(
          partitionKey,
          id,
          ifMatch,
        ).changes;
        if (deleted === 1) return true;
        if (this.exists(partitionKey, id)) throw new ChangedBySomeoneElseError(this.name, id);
        return false;
      }),
    );
  }

  async query<R = T>(spec: QuerySpec, options?: QueryOptions): Promise<Page<R>> {
    const query = checkQuerySpec(spec);
    const opts = checkQueryOptions(options);
    const fingerprint = queryFingerprint(this.name, query, opts.partitionKey);
    // A partition read by a range on an indexed field goes through that index, in the field's
    // order: reading a month of a large partition then touches that month's rows only, and
    // "the next five sessions" (ordered by that field, ascending) stops after five.
    const rangeField = opts.partitionKey !== undefined ? this.rangeFieldOf(query) : undefined;
    const inIndexOrder = rangeField !== undefined && query.orderBy?.field === rangeField && query.orderBy.direction !== 'desc';
    // Without an ORDER BY (or in the index's own order), pages continue after the last rowid
    // seen (keyset paging): an OFFSET makes SQLite step over every earlier row again on each page.
    const keyset = query.orderBy === undefined || inIndexOrder;
    const ranged = keyset ? rangeField : undefined;
    // A sort within a partition that a composite index serves is read off that index: the
    // highest reference number of an RC and year is then one index step, not a sort of the RC.
    const composite = !keyset && opts.partitionKey !== undefined ? servingCompositeIndex(this.def, query) : undefined;
    const position = opts.continuation === undefined ? undefined : decodeContinuation(opts.continuation, fingerprint);
    const { offset, after, afterValue, seen } = readPosition(position, keyset, ranged !== undefined);
    const limit = query.top === undefined ? opts.pageSize : Math.min(opts.pageSize, query.top - (keyset ? seen : offset));
    if (limit <= 0) return { items: [] };

    const expr = ranged ? `json_extract(body, ${literalJsonPath(ranged)})` : undefined;
    // On a later page the last value seen is the range's lower bound, so the index seeks
    // straight to it; kept beside the query's own lower bound, SQLite would seek to that one
    // and step over every earlier page again.
    const resumesRange = expr !== undefined && afterValue !== undefined;
    const pageQuery = resumesRange ? { ...query, where: query.where.filter((f) => !(f.field === ranged && (f.op === '>' || f.op === '>='))) } : query;
    // A range read (unordered) with the projection a covering index holds is answered from that index alone.
    const covering = ranged && query.orderBy === undefined ? servingCoveringIndex(this.def.coveringIndexes, query, ranged) : undefined;
    const literalFields = ranged ? [ranged, ...(covering?.equal ?? [])] : (composite?.slice(0, -1).map((k) => k.field) ?? []);
    const where = whereSql(pageQuery, opts.partitionKey, new Set([...this.indexedFields(opts.partitionKey, ranged), ...literalFields]), this.def.partitionKey);
    const index = covering
      ? coveringIndexName(this.def.name, covering)
      : ranged
        ? rangeIndexOf(this.def, ranged).name
        : composite
          ? compositeIndexName(this.def.name, composite)
          : undefined;
    const projection = covering ? projectionSql(covering) : undefined;
    const columns = projection ? `${projection.values} AS p, (${projection.present}) AS m` : 'body';
    const from = index ? `${this.table} INDEXED BY "${index}"` : this.table;
    const afterSql =
      after === undefined ? '' : resumesRange ? `json_type(body, ${literalJsonPath(ranged as string)}) = 'text' AND ${expr} >= ? AND (${expr} > ? OR rowid > ?)` : 'rowid > ?';
    const afterParams = after === undefined ? [] : resumesRange ? [afterValue, afterValue, after] : [after];
    const whereAll = afterSql ? `${where.sql ? `${where.sql} AND` : ' WHERE'} ${afterSql}` : where.sql;
    const order = expr ? { sql: ` ORDER BY ${expr}, rowid`, params: [] } : orderSql(query, composite !== undefined);
    return this.run(() => {
      // One row more than the page tells whether another page follows, without a trailing empty page.
      const rows = this.prepare(`SELECT rowid AS k, ${expr ?? 'NULL'} AS v, ${columns} FROM ${from}${whereAll}${order.sql} LIMIT ?${keyset ? '' : ' OFFSET ?'}`).all(
        ...where.params,
        ...afterParams,
        ...order.params,
        limit + 1,
        ...(keyset ? [] : [offset]),
      ) as Array<Pick<Row, 'body'> & { k: number; v: unknown; p: string; m: number }>;
      const pageRows = rows.slice(0, limit);
      const items = pageRows.map((r) => {
        if (covering) return readProjection(covering, r.p, r.m) as R;
        const doc = JSON.parse(r.body) as Record<string, unknown>;
        return (query.select ? projectDocument(doc, query.select) : doc) as R;
      });
      const returned = (keyset ? seen : offset) + pageRows.length;
      const more = rows.length > limit && (query.top === undefined || returned < query.top);
      if (!more) return { items };
      const last = pageRows[pageRows.length - 1]!;
      const next = keyset ? { a: last.k, n: returned, ...(expr ? { v: last.v } : {}) } : returned;
      return { items, continuation: encodeContinuation(next, fingerprint) };
    });
  }

  /** Fields whose comparisons name their path in the SQL text, so that an index on them can serve the query. */
  private indexedFields(partitionKey: string | undefined, ranged: string | undefined): ReadonlySet<string> {
    if (ranged) return new Set([ranged]);
    return new Set(partitionKey === undefined ? (this.def.crossPartitionIndexes ?? []) : []);
  }

  private rangeFieldOf(query: CheckedQuery): string | undefined {
    return this.def.rangeIndexes?.find((field) =>
      query.where.some((f) => f.field === field && RANGE_OPS.has(f.op) && 'value' in f && typeof f.value === 'string'),
    );
  }

  queryAll<R = T>(spec: QuerySpec, options?: Omit<QueryOptions, 'continuation'>): Promise<R[]> {
    return collectPages((continuation) => this.query<R>(spec, { ...options, ...(continuation ? { continuation } : {}) }));
  }

  async count(spec: Pick<QuerySpec, 'where'>, options?: Pick<QueryOptions, 'partitionKey'>): Promise<number> {
    const query = checkQuerySpec({ ...(spec.where ? { where: spec.where } : {}) });
    const opts = checkQueryOptions(options?.partitionKey === undefined ? {} : { partitionKey: options.partitionKey });
    const where = whereSql(query, opts.partitionKey, this.indexedFields(opts.partitionKey, undefined), this.def.partitionKey);
    return this.run(() => {
      const row = this.prepare(`SELECT COUNT(*) AS n FROM ${this.table}${where.sql}`).get(...where.params) as { n: number };
      return row.n;
    });
  }

  async writeVersion(spec: Pick<QuerySpec, 'where'>, options?: Pick<QueryOptions, 'partitionKey'>): Promise<string> {
    const query = checkQuerySpec({ ...(spec.where ? { where: spec.where } : {}) });
    const opts = checkQueryOptions(options?.partitionKey === undefined ? {} : { partitionKey: options.partitionKey });
    return this.run(() => writeVersionOf((sql) => this.prepare(sql), this.def, query, opts.partitionKey));
  }

  private get table(): string {
    return `"${this.def.name}"`;
  }

  private exists(partitionKey: string, id: string): boolean {
    return this.prepare(this.sql.exists).get(partitionKey, id) !== undefined;
  }

  /**
   * `work` in one transaction. better-sqlite3's transaction() builds its wrapper functions anew
   * on every call, which cost as much CPU as the conditional update it wraps (12 µs against
   * 23 µs in /tmp micro-benchmarks); one wrapper per connection runs whatever it is handed.
   */
  private inTransaction<R>(work: () => R): R {
    const db = this.openDb();
    let run = transactionOf.get(db);
    if (!run) transactionOf.set(db, (run = db.transaction((inside: () => unknown) => inside())));
    return run(work) as R;
  }

  private prepare(sql: string): Database.Statement {
    // better-sqlite3 caches nothing itself; re-preparing is cheap but shows up in hot loops.
    const db = this.openDb();
    let cache = statementCache.get(db);
    if (!cache) statementCache.set(db, (cache = new Map()));
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      if (cache.size >= 200) cache.delete(cache.keys().next().value as string);
      cache.set(sql, stmt);
    }
    return stmt;
  }

  /**
   * Every call first lets the event loop go round once. SQLite answers synchronously, so a run of
   * calls (a statistics count's queries, one after another) would otherwise hold every other
   * turn, and every new connection, until the last of them; now they wait for one call at most.
   */
  private async run<R>(work: () => R): Promise<R> {
    await yieldToEventLoop();
    try {
      return work();
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (typeof code === 'string' && UNAVAILABLE_CODES.test(code)) {
        throw new StoreUnavailableError(`embedded store: ${(err as Error).message}`, { cause: err });
      }
      throw err;
    }
  }
}

const statementCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();
const transactionOf = new WeakMap<Database.Database, Database.Transaction<(inside: () => unknown) => unknown>>();
