// The job runner against the Cosmos adapter, over the in-process Cosmos DB wire server.

import { randomUUID } from 'node:crypto';
import { CosmosClient } from '@azure/cosmos';
import { afterAll, beforeAll } from 'vitest';
import { CosmosStore } from '../../services/storage/cosmos/cosmos-store.js';
import { startCosmosTestServer, type CosmosTestServer } from '../storage/cosmos-test-server.js';
import { describeJobScenarios } from './job-scenarios.js';

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

describeJobScenarios('cosmos', async () => {
  const databaseId = `jobs-${randomUUID()}`;
  const store = new CosmosStore({ endpoint: server.endpoint, key: server.key, databaseId, agent: server.agent });
  return {
    store,
    async cleanup() {
      await store.close();
      await admin.database(databaseId).delete();
    },
  };
});
