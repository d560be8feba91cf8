// Two changes to the Cosmos DB wire server (@vercel/cosmosdb-server) that let bench-turns run it at
// 500 000 documents, for the bench's server process only (tests run it untouched):
//
// - Its queries were quadratic in the container's size. @zeit/cosmosdb-query compiles each query
//   to JavaScript that first copies the container into rows with
//   `$c.reduce(($, c) => typeof c !== "undefined" ? [...$, { c: c }] : $, [])`: every step copies
//   the array so far. One query over 50 000 documents took 30–47 s, over 500 000 about an hour,
//   which was the "no round in 20 minutes". The same rows built with filter and map take 50–110 ms
//   at 50 000. The rows and their order are unchanged; what remains grows linearly with the
//   container (the server has no index), which real Cosmos DB serves from its index.
// - Its account (the in-memory databases) is private to the server, and seeding through the HTTP
//   API ran at about 360 documents a second; captureAccount hands it to the seeder.

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
