// How a document becomes a row of the embedded store and a write's result comes back: the
// single-document statements, the stored JSON text, and the lazily parsed result.

import { SYSTEM_PROPERTIES } from '../containers.js';
import type { Document, Stored } from '../port.js';

/** The single-document statements' text for one table, made once per collection. */
export function documentSql(table: string) {
  return {
    get: `SELECT etag, body FROM ${table} WHERE pk = ? AND id = ?`,
    exists: `SELECT 1 FROM ${table} WHERE pk = ? AND id = ?`,
    insert: `INSERT INTO ${table} (pk, id, etag, body) VALUES (?, ?, ?, ?)`,
    replace: `UPDATE ${table} SET etag = ?, body = ? WHERE pk = ? AND id = ? AND etag = ?`,
    upsert: `INSERT INTO ${table} (pk, id, etag, body) VALUES (?, ?, ?, ?) ON CONFLICT (pk, id) DO UPDATE SET etag = excluded.etag, body = excluded.body`,
    delete: `DELETE FROM ${table} WHERE pk = ? AND id = ?`,
    deleteIfMatch: `DELETE FROM ${table} WHERE pk = ? AND id = ? AND etag = ?`,
  } as const;
}

/** JSON text as stored, without the properties Cosmos DB would own. */
export function serialize(item: Document): string {
  // A plain object without them (every write the product makes) is stored as it is, not copied first.
  if (Object.getPrototypeOf(item) === Object.prototype && !SYSTEM_PROPERTIES.some((p) => Object.hasOwn(item, p))) return JSON.stringify(item);
  const copy: Record<string, unknown> = { ...item };
  for (const p of SYSTEM_PROPERTIES) delete copy[p];
  return JSON.stringify(copy);
}

/**
 * A write's result: the document as stored, parsed from the text just written when first asked
 * for, so that it is the caller's own copy (changing it changes nothing stored, nor the item
 * written) as before, but a write whose caller only wants the ETag (nearly all of them) parses nothing.
 */
export function written<T extends Document>(body: string, etag: string): Stored<T> {
  let item: T | undefined;
  return {
    get item(): T {
      return (item ??= JSON.parse(body) as T);
    },
    set item(value: T) {
      item = value;
    },
    etag,
  };
}
