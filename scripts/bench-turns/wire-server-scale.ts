// Changes to the Cosmos DB wire server (@vercel/cosmosdb-server) that let bench-turns run it at
// 500 000 documents and time the bot rather than the stand-in, for the bench's server process only
// (tests run it untouched):
//
// - Its queries were quadratic in the container's size. @zeit/cosmosdb-query compiles each query
//   to JavaScript that first copies the container into rows with
//   `$c.reduce(($, c) => typeof c !== "undefined" ? [...$, { c: c }] : $, [])`: every step copies
//   the array so far. One query over 50 000 documents took 30–47 s, over 500 000 about an hour,
//   which was the "no round in 20 minutes". The same rows built with filter and map take 50–110 ms
//   at 50 000. The rows and their order are unchanged; what remains grows linearly with the
//   container (the server has no index), which real Cosmos DB serves from its index.
// - It read the whole container for a query that names its partition, and executed the query-plan
//   request that @azure/cosmos 4.9 sends beside every query (the SDK uses the plan only when the
//   query itself is refused). Cosmos DB serves the first from the partition's index and the second
//   from the query text, reading no documents; cosmosLikeQueryCost makes the stand-in do the same.
//   The answers are unchanged: the query still filters on the partition, which the client always
//   writes into it (services/storage/cosmos/cosmos-query.ts).
// - Its account (the in-memory databases) is private to the server, and seeding through the HTTP
//   API ran at about 360 documents a second; captureAccount hands it to the seeder.

import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { Document } from '../../services/storage/port.js';

const require = createRequire(import.meta.url);

const QUADRATIC_ROWS = /\$c\.reduce\(\(\$, (\w+)\) => typeof \1 !== "undefined" \? \[\.\.\.\$, \{\s*(\w+): \1\s*\}\] : \$, \[\]\)/g;
const LINEAR_ROWS = '$c.filter(($1) => typeof $1 !== "undefined").map(($1) => ({ $2: $1 }))';

/** The compiled code of a query with its rows built in linear time; the rows and their order are the same. */
export function linearRows(code: string): string {
  return code.replace(QUADRATIC_ROWS, LINEAR_ROWS);
}

/** Rewrites the compiled code of every query the server parses from now on. */
export function linearQueries(): void {
  const compile = require('@zeit/cosmosdb-query') as { default: (sql: string) => object };
  const proto = Object.getPrototypeOf(compile.default('SELECT * FROM c')) as object;
  const code = Object.getOwnPropertyDescriptor(proto, 'code');
  if (!code?.get) throw new Error('bench: @zeit/cosmosdb-query has changed (no code getter); review wire-server-scale.ts');
  const original = code.get;
  Object.defineProperty(proto, 'code', {
    configurable: true,
    get(this: object) {
      return linearRows(original.call(this) as string);
    },
  });
}

/** The parts of the wire server's account that seeding uses. */
export interface WireAccount {
  database(id: string): { read(): unknown; collection(id: string): { read(): unknown; documents: { create(doc: Document): unknown } } };
}

/**
 * The server creates its one account when it starts listening and keeps it to itself; the first
 * lookup of a database (any request naming one) hands it over here. Call before the server starts.
 */
export function captureAccount(): () => WireAccount | undefined {
  const proto = (require('@vercel/cosmosdb-server/lib/account') as { default: { prototype: WireAccount } }).default.prototype;
  const database = proto.database;
  let account: WireAccount | undefined;
  proto.database = function (this: WireAccount, id: string) {
    account = this;
    return database.call(this, id);
  };
  return () => account;
}

type Handler = (account: unknown, req: IncomingMessage, res: unknown, params: unknown) => Promise<unknown>;
type Router = (req: IncomingMessage) => [unknown, Handler] | undefined;
type Rows = Map<string, unknown>;
/** The parts of the server's container of documents (lib/account/items.js) that scoping uses. */
interface Items {
  _data: Rows;
  _item(keyPath: string, value: string, partition: unknown): { read(): { _rid: string } | undefined };
  _getPartition(doc: unknown): unknown;
  _set(doc: { _rid: string }): unknown;
  delete(idOrRid: string, partition: unknown): unknown;
  query(params: unknown, options: unknown): unknown;
}

/** What the gateway answers for a query it can serve as sent: nothing to merge, sort or count across partitions. */
const SIMPLE_PLAN = {
  partitionedQueryExecutionInfoVersion: 2,
  queryInfo: {
    distinctType: 'None',
    top: null,
    offset: null,
    limit: null,
    orderBy: [],
    orderByExpressions: [],
    groupByExpressions: [],
    groupByAliases: [],
    aggregates: [],
    groupByAliasToAggregateType: {},
    rewrittenQuery: '',
    hasSelectValue: false,
    dCountInfo: null,
  },
  queryRanges: [{ min: '', max: 'FF', isMinInclusive: true, isMaxInclusive: false }],
};

const isTrue = (value: string | string[] | undefined) => [value ?? []].flat().some((v) => v.toLowerCase() === 'true');

/** The partition a query names in its request header (`["value"]`), if it names one. */
function partitionOf(req: IncomingMessage): unknown {
  const header = req.headers['x-ms-documentdb-partitionkey'];
  if (typeof header !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(header);
    return Array.isArray(parsed) && parsed.length === 1 ? parsed[0] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Query plans answered from the text, and queries that name a partition read from that partition's
 * documents only, in the order the server keeps them. Call before the server starts; returns the undo.
 */
export function cosmosLikeQueryCost(): () => void {
  const routes = require('@vercel/cosmosdb-server/lib/routes') as { default: Router };
  const queryDocuments = (require('@vercel/cosmosdb-server/lib/handler/query-documents') as { default: Handler }).default;
  const proto = (require('@vercel/cosmosdb-server/lib/account/items') as { default: { prototype: Items } }).default.prototype;
  const original = { router: routes.default, set: proto._set, delete: proto.delete, query: proto.query };
  const partitionNamed = new AsyncLocalStorage<unknown>();
  // Per container: partition value → its documents by _rid, kept in the server's own order.
  const partitions = new WeakMap<Items, Map<unknown, Rows>>();
  const rowsOf = (all: Map<unknown, Rows>, key: unknown): Rows => {
    let rows = all.get(key);
    if (!rows) all.set(key, (rows = new Map()));
    return rows;
  };
  const indexed = (items: Items): Map<unknown, Rows> => {
    let all = partitions.get(items);
    if (!all) {
      all = new Map();
      for (const [rid, item] of items._data) rowsOf(all, items._getPartition((item as { read(): unknown }).read())).set(rid, item);
      partitions.set(items, all);
    }
    return all;
  };
  const answerPlan: Handler = async (_account, req) => {
    for await (const _chunk of req); // the query text: the plan does not depend on it here
    return SIMPLE_PLAN;
  };

  routes.default = (req) => {
    const found = original.router(req);
    if (!found || found[1] !== queryDocuments) return found;
    if (isTrue(req.headers['x-ms-cosmos-is-query-plan-request'])) return [found[0], answerPlan];
    const key = partitionOf(req);
    return key === undefined ? found : [found[0], (...args) => partitionNamed.run(key, () => queryDocuments(...args))];
  };
  proto._set = function (this: Items, doc) {
    const stored = original.set.call(this, doc);
    const all = partitions.get(this);
    if (all) {
      // A replace deletes and sets again, so the document moves to the end, as in _data.
      const rows = rowsOf(all, this._getPartition(doc));
      rows.delete(doc._rid);
      rows.set(doc._rid, this._data.get(doc._rid));
    }
    return stored;
  };
  proto.delete = function (this: Items, idOrRid, partition) {
    const doc = this._item('/id', idOrRid, partition).read();
    const done = original.delete.call(this, idOrRid, partition);
    if (doc) partitions.get(this)?.get(this._getPartition(doc))?.delete(doc._rid);
    return done;
  };
  proto.query = function (this: Items, params, options) {
    const key = partitionNamed.getStore();
    if (key === undefined) return original.query.call(this, params, options);
    const everything = this._data;
    this._data = indexed(this).get(key) ?? new Map();
    try {
      return original.query.call(this, params, options);
    } finally {
      this._data = everything;
    }
  };
  return () => {
    routes.default = original.router;
    Object.assign(proto, { _set: original.set, delete: original.delete, query: original.query });
  };
}
