// Both stores for tests that must hold on each: the embedded SQLite store in memory and the
// Cosmos adapter over the wire server, a fresh database per test (so numbering starts from
// nothing), closed after it.

import { randomUUID } from 'node:crypto';
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
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
  });
  afterAll(async () => {
    await cosmos?.close();
  });
  const makers: Record<string, () => DocumentStore> = {
    sqlite: () => new SqliteStore({ file: ':memory:' }),
    cosmos: () => {
      if (!cosmos) throw new Error('the Cosmos test server has not started');
      return new CosmosStore({ endpoint: cosmos.endpoint, key: cosmos.key, agent: cosmos.agent, databaseId: `test-${randomUUID()}` });
    },
  };
  return {
    kinds,
    async open(kind) {
      const make = makers[kind];
      if (!make) throw new Error(`unknown store kind ${kind}`);
      const store = make();
      opened.push(store);
      await store.init();
      return store;
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

