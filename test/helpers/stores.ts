// Both stores for tests that must hold on each: the embedded SQLite store in memory and the
// Cosmos adapter over the wire server, a fresh database per test (so numbering starts from
// nothing), closed after it.

import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { CosmosStore } from '../../services/storage/cosmos/cosmos-store.js';
import type { Collection, Document, DocumentStore } from '../../services/storage/port.js';
import { SqliteStore } from '../../services/storage/sqlite/sqlite-store.js';
import { startCosmosTestServer, type CosmosTestServer } from '../storage/cosmos-test-server.js';

/** Yields to the event loop instead of waiting: tests never sleep for real. */
export const yieldTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface StoreFactory {
  kinds: string[];
  /** A fresh, initialised store, closed after the test. */
  open(kind: string): Promise<DocumentStore>;
  /** Two store objects on one fresh database, as two instances of the bot have: closed after the test. */
  openTwins(kind: string): Promise<[DocumentStore, DocumentStore]>;
}

/** Registers the hooks for the Cosmos wire server; call at the top of a test file. */
export function useStores(): StoreFactory {
  // Mutation testing (vitest.mutation.config.ts) checks pure rules, so one store is enough there.
  const kinds = (process.env.TEST_STORES ?? 'sqlite,cosmos').split(',');
  let cosmos: CosmosTestServer | undefined;
  const opened: DocumentStore[] = [];
  beforeAll(async () => {
    if (kinds.includes('cosmos')) cosmos = await startCosmosTestServer();
  });
  const folders: string[] = [];
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  afterAll(async () => {
    await cosmos?.close();
  });
  // `database`: one a twin shares (a file for SQLite, whose :memory: cannot be opened twice).
  const makers: Record<string, (database?: string) => DocumentStore> = {
    sqlite: (database) => new SqliteStore({ file: database ?? ':memory:' }),
    cosmos: (database) => {
      if (!cosmos) throw new Error('the Cosmos test server has not started');
      return new CosmosStore({ endpoint: cosmos.endpoint, key: cosmos.key, agent: cosmos.agent, databaseId: database ?? `test-${randomUUID()}` });
    },
  };
  const open = async (kind: string, database?: string) => {
    const make = makers[kind];
    if (!make) throw new Error(`unknown store kind ${kind}`);
    const store = make(database);
    opened.push(store);
    await store.init();
    return store;
  };
  return {
    kinds,
    open: (kind) => open(kind),
    async openTwins(kind) {
      const folder = kind === 'sqlite' ? mkdtempSync(join(tmpdir(), 'rc-twins-')) : undefined;
      if (folder) folders.push(folder);
      const database = folder ? join(folder, 'rc-bot.sqlite') : `test-${randomUUID()}`;
      return [await open(kind, database), await open(kind, database)];
    },
  };
}

/**
 * The store, with some methods of one container replaced (a spy, a fault, a race). The store
 * must be initialised first: the replacement shares its connection.
 */
export function overriding(store: DocumentStore, container: string, methods: (real: Collection<Document>) => Partial<Collection<Document>>): DocumentStore {
  return Object.create(store, {
    collection: {
      value: <T extends Document>(name: Parameters<DocumentStore['collection']>[0]): Collection<T> => {
        const real = store.collection<T>(name);
        if (name !== container) return real;
        const replaced = Object.entries(methods(real as unknown as Collection<Document>)).map(([key, value]) => [key, { value }]);
        return Object.create(real, Object.fromEntries(replaced)) as Collection<T>;
      },
    },
  });
}

