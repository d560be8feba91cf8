// One Cosmos DB wire server per test file, and a fresh database per test on it, deleted after:
// tests stay apart without restarting the server. Kept apart from cosmos-test-server.ts,
// which the benchmark imports without vitest.

import { randomUUID } from 'node:crypto';
import { CosmosClient } from '@azure/cosmos';
import { afterAll, beforeAll } from 'vitest';
import { CosmosStore } from '../../services/storage/cosmos/cosmos-store.js';
import { startCosmosTestServer, type CosmosTestServer } from './cosmos-test-server.js';

/** The file's wire server and a client with its key, started before and stopped after the file's tests. */
export function useCosmosServer(): { server: () => CosmosTestServer; admin: () => CosmosClient } {
  let server: CosmosTestServer;
  let admin: CosmosClient;

  beforeAll(async () => {
    server = await startCosmosTestServer();
    admin = new CosmosClient({ endpoint: server.endpoint, key: server.key, agent: server.agent, connectionPolicy: { enableEndpointDiscovery: false } });
  });

  afterAll(async () => {
    admin?.dispose();
    await server?.close();
  });

  return { server: () => server, admin: () => admin };
}

export function useCosmosDatabases(prefix: string): () => Promise<{ store: CosmosStore; cleanup(): Promise<void> }> {
  const cosmos = useCosmosServer();
  return async () => {
    const server = cosmos.server();
    const admin = cosmos.admin();
    const databaseId = `${prefix}-${randomUUID()}`;
    const store = new CosmosStore({ endpoint: server.endpoint, key: server.key, databaseId, agent: server.agent });
    return {
      store,
      async cleanup() {
        await store.close();
        await admin.database(databaseId).delete();
      },
    };
  };
}
