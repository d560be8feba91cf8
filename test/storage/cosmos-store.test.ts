// What only the Cosmos adapter has: container layout from code, and failure handling
// when the account cannot be reached.

import { randomUUID } from 'node:crypto';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { CosmosClient } from '@azure/cosmos';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTAINERS } from '../../services/storage/containers.js';
import { CosmosStore } from '../../services/storage/cosmos/cosmos-store.js';
import { indexingPolicyFor } from '../../services/storage/cosmos/indexing-policy.js';
import { StoreUnavailableError } from '../../services/storage/errors.js';
import { startCosmosTestServer, type CosmosTestServer } from './cosmos-test-server.js';

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

describe('cosmos store against the wire server', () => {
  let server: CosmosTestServer;
  beforeAll(async () => {
    server = await startCosmosTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('creates every container with its partition key and indexing policy', async () => {
    const databaseId = `layout-${randomUUID()}`;
    const store = new CosmosStore({ endpoint: server.endpoint, key: server.key, databaseId, agent: server.agent });
    expect(await store.health()).toMatchObject({ ok: false, kind: 'cosmos' });
    await store.init();
    expect(await store.health()).toEqual({ ok: true, kind: 'cosmos' });

    const admin = new CosmosClient({
      endpoint: server.endpoint,
      key: server.key,
      agent: server.agent,
      connectionPolicy: { enableEndpointDiscovery: false },
    });
    for (const def of Object.values(CONTAINERS)) {
      const { resource } = await admin.database(databaseId).container(def.name).read();
      expect(resource?.partitionKey?.paths).toEqual([`/${def.partitionKey}`]);
      expect(resource?.indexingPolicy).toMatchObject(indexingPolicyFor(def));
    }
    const botState = await admin.database(databaseId).container('botState').read();
    expect(botState.resource?.indexingPolicy?.excludedPaths).toContainEqual({ path: '/state/*' });
    admin.dispose();
    await store.close();
  });

  it('adds a composite index the code defines to a container created before it existed', async () => {
    const databaseId = `upgrade-${randomUUID()}`;
    const admin = new CosmosClient({ endpoint: server.endpoint, key: server.key, agent: server.agent, connectionPolicy: { enableEndpointDiscovery: false } });
    const { database } = await admin.databases.createIfNotExists({ id: databaseId });
    const def = CONTAINERS.consultations;
    const { compositeIndexes: _added, ...before } = indexingPolicyFor(def);
    await database.containers.create({ id: def.name, partitionKey: { paths: [`/${def.partitionKey}`] }, indexingPolicy: before });

    const store = new CosmosStore({ endpoint: server.endpoint, key: server.key, databaseId, agent: server.agent });
    await store.init();
    const { resource } = await database.container(def.name).read();
    expect(resource?.indexingPolicy?.compositeIndexes).toEqual(indexingPolicyFor(def).compositeIndexes);
    // Azure keeps the documents through the replace; the wire server starts the container
    // empty, so the document is written after it. The sort the index serves is then answered.
    await store.collection('consultations').create({ id: 'GBG-2026-0001', rcId: 'gbg', kind: 'consultation', year: 2026, seq: 1 });
    const highest = await store.collection('consultations').query(
      { where: [{ field: 'kind', op: '=', value: 'consultation' }, { field: 'year', op: '=', value: 2026 }], orderBy: { field: 'seq', direction: 'desc' }, top: 1 },
      { partitionKey: 'gbg' },
    );
    expect(highest.items.map((d) => d.id)).toEqual(['GBG-2026-0001']);
    admin.dispose();
    await store.close();
  });

  it('lets two instances start at the same moment on a fresh database (both create it; one finds the other\'s)', async () => {
    for (let round = 0; round < 3; round++) {
      const databaseId = `together-${randomUUID()}`;
      const stores = [0, 1].map(() => new CosmosStore({ endpoint: server.endpoint, key: server.key, databaseId, agent: server.agent }));
      await Promise.all(stores.map((store) => store.init()));
      for (const store of stores) expect(await store.health()).toEqual({ ok: true, kind: 'cosmos' });
      await Promise.all(stores.map((store) => store.close()));
    }
  });
});

describe('indexing policy', () => {
  it('is consistent, indexes everything but the excluded paths, and turns composite paths into JSON paths', () => {
    const policy = indexingPolicyFor({
      name: 'cases',
      partitionKey: 'centre',
      excludedPaths: ['/notes/*'],
      compositeIndexes: [
        [
          { path: 'status', order: 'ascending' },
          { path: 'times.created', order: 'descending' },
        ],
      ],
    });
    expect(policy).toEqual({
      indexingMode: 'consistent',
      automatic: true,
      includedPaths: [{ path: '/*' }],
      excludedPaths: [{ path: '/notes/*' }, { path: '/"_etag"/?' }],
      compositeIndexes: [
        [
          { path: '/status', order: 'ascending' },
          { path: '/times/created', order: 'descending' },
        ],
      ],
    });
  });
});

describe('cosmos store when the account cannot be reached', () => {
  it('reports a refused connection as StoreUnavailableError and unhealthy, without throwing from health()', async () => {
    const probe = net.createServer();
    const port = await listen(probe);
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const store = new CosmosStore({ endpoint: `https://127.0.0.1:${port}`, key: 'a2V5', databaseId: 'db' });
    const health = await store.health();
    expect(health.ok).toBe(false);
    expect(health.detail).toMatch(/ECONNREFUSED/);
    await expect(store.init()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.collection('contract').get('a', 'b')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.collection('contract').count({})).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close();
  });

  it('answers health() within its timeout when the server never responds', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => void sockets.push(socket));
    const port = await listen(silent);
    const store = new CosmosStore({ endpoint: `https://127.0.0.1:${port}`, key: 'a2V5', databaseId: 'db', healthTimeoutMs: 300 });

    const started = Date.now();
    const health = await store.health();
    const elapsed = Date.now() - started;
    expect(health).toMatchObject({ ok: false, kind: 'cosmos' });
    expect(elapsed).toBeLessThan(2000);

    await store.close();
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });
});
