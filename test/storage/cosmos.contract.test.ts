// The storage contract against the Cosmos adapter, over the Cosmos DB wire protocol
// (an in-process @vercel/cosmosdb-server with a certificate made for this run).

import { randomUUID } from 'node:crypto';
import { CosmosClient } from '@azure/cosmos';
import { afterAll, beforeAll } from 'vitest';
import { CosmosStore } from '../../services/storage/cosmos/cosmos-store.js';
import { startCosmosTestServer, type CosmosTestServer } from './cosmos-test-server.js';
import { describeStoreContract } from './contract.js';

let server: CosmosTestServer;
let admin: CosmosClient;

beforeAll(async () => {
  server = await startCosmosTestServer();
  admin = new CosmosClient({
    endpoint: server.endpoint,
    key: server.key,
    agent: server.agent,
    connectionPolicy: { enableEndpointDiscovery: false },
  });
});

afterAll(async () => {
  admin?.dispose();
  await server?.close();
});

describeStoreContract('cosmos', async () => {
  // A database per test keeps tests apart without restarting the server.
  const databaseId = `contract-${randomUUID()}`;
  const store = new CosmosStore({ endpoint: server.endpoint, key: server.key, databaseId, agent: server.agent });
  return {
    store,
    async cleanup() {
      await store.close();
      await admin.database(databaseId).delete();
    },
  };
});
