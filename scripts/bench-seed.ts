// Seeding benchmark stores: through the port one document at a time (what the embedded store
// does anyway, SQLite being synchronous), or straight into the Cosmos DB wire server in
// transactional batches, since one create per request runs at about 400 a second against it.
// Shared by bench-stats.ts and bench-turns.ts.

import { randomUUID } from 'node:crypto';
import type { CosmosClient, JSONObject, OperationInput } from '@azure/cosmos';
import Database from 'better-sqlite3';
import { containerDefinition, documentKey } from '../services/storage/containers.js';
import type { ContainerName, Document, DocumentStore } from '../services/storage/port.js';

export const BATCH = 100; // the most one Cosmos transactional batch takes
export const BATCHES_IN_FLIGHT = 8;

export const sleep = (msToWait: number) => new Promise<void>((resolve) => setTimeout(resolve, msToWait).unref());

/**
 * A kept-alive socket the server closed during a long report fails the next request with
 * ECONNRESET before it reaches the server, so sending the same batch again is safe.
 */
export async function withRetries<T>(send: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= attempts || !/ECONNRESET|socket hang up/.test(String(error))) throw error;
      // Every batch in flight may hold a dead socket; a pause lets the agent drop them.
      await sleep(100 * attempt);
    }
  }
}

/** Through the port, one record at a time: what the embedded store does anyway (SQLite is synchronous). */
export async function seedOneByOne(store: DocumentStore, container: ContainerName, docs: readonly Document[]): Promise<number> {
  const collection = store.collection(container);
  const started = performance.now();
  for (const doc of docs) await collection.create(doc);
  return performance.now() - started;
}

/**
 * Straight into an initialised embedded store's file, in one transaction: through the port every
 * create is its own commit (500 000 records took over ten minutes). The rows are the ones the
 * store writes (../services/storage/sqlite/sqlite-collection.ts); the store's own indexes are
 * kept by SQLite as they go in.
 */
export function seedSqliteFile(file: string, container: ContainerName, docs: readonly Document[]): number {
  const def = containerDefinition(container);
  const started = performance.now();
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    const insert = db.prepare(`INSERT INTO "${def.name}" (pk, id, etag, body) VALUES (?, ?, ?, ?)`);
    db.transaction(() => {
      for (const doc of docs) insert.run(documentKey(def, doc).partitionKey, doc.id, randomUUID(), JSON.stringify(doc));
    })();
  } finally {
    db.close();
  }
  return performance.now() - started;
}

/** Batches of 100 creates in one partition each, several in flight. */
export async function seedInBatches(client: CosmosClient, databaseId: string, container: ContainerName, docs: readonly Document[], partitionKey: string): Promise<number> {
  const target = client.database(databaseId).container(container);
  const byPartition = new Map<string, Document[]>();
  for (const doc of docs) {
    const key = String(doc[partitionKey]);
    byPartition.set(key, [...(byPartition.get(key) ?? []), doc]);
  }
  const batches: Array<{ key: string; operations: OperationInput[] }> = [];
  for (const [key, mine] of byPartition) {
    for (let i = 0; i < mine.length; i += BATCH) {
      batches.push({ key, operations: mine.slice(i, i + BATCH).map((d) => ({ operationType: 'Create', resourceBody: d as unknown as JSONObject })) });
    }
  }
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const { key, operations } = batches[next++] as (typeof batches)[number];
      const response = await withRetries(() => target.items.batch(operations, key));
      const failed = response.result?.find((r) => r.statusCode >= 300);
      if (failed) throw new Error(`bench: batch create failed with ${failed.statusCode}`);
    }
  };
  await Promise.all(Array.from({ length: BATCHES_IN_FLIGHT }, worker));
  return performance.now() - started;
}

