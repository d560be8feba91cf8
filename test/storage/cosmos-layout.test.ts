// A keyless start may not create databases or containers (Cosmos DB's data-plane roles cannot):
// it checks the deployment made them, and refuses to start naming each one missing or wrong.
// Against the wire server, which accepts the test key and any bearer token.

import { randomUUID } from 'node:crypto';
import type { AccessToken, TokenCredential } from '@azure/identity';
import { CosmosClient, PartitionKeyKind, type Database } from '@azure/cosmos';
import { describe, expect, it } from 'vitest';
import { CONTAINERS } from '../../services/storage/containers.js';
import { CosmosStore } from '../../services/storage/cosmos/cosmos-store.js';
import { checkCosmosLayout, StoreLayoutError } from '../../services/storage/cosmos/layout-check.js';
import { deployedContainers } from '../../services/storage/cosmos/layout.js';
import { useCosmosServer } from './cosmos-databases.js';

const cosmos = useCosmosServer();

/** A database as a deployment would leave it: every product container, minus `leaveOut`. */
async function deployedDatabase(leaveOut: string[] = []): Promise<Database> {
  const { database } = await cosmos.admin().databases.create({ id: `deployed-${randomUUID()}` });
  for (const c of deployedContainers().filter((c) => !leaveOut.includes(c.name))) {
    await database.containers.create({ id: c.name, partitionKey: { ...c.partitionKey, kind: PartitionKeyKind.Hash }, indexingPolicy: c.indexingPolicy });
  }
  return database;
}

async function containerNames(database: Database): Promise<string[]> {
  const { resources } = await database.containers.readAll().fetchAll();
  return resources.map((r) => r.id).sort();
}

/** What the managed identity gives the SDK in Azure; the wire server takes any token. */
const fakeEntraCredential: TokenCredential = {
  getToken: async (): Promise<AccessToken> => ({ token: 'test-token', expiresOnTimestamp: Date.now() + 3_600_000 }),
};

describe('the keyless start check', () => {
  it('finds nothing to say about a database the deployment made complete', async () => {
    expect(await checkCosmosLayout(await deployedDatabase())).toEqual([]);
  });

  it('names each missing container on its own line', async () => {
    const database = await deployedDatabase([CONTAINERS.sessions.name, CONTAINERS.statistics.name]);
    const problems = await checkCosmosLayout(database);
    expect(problems).toEqual([
      `container ${database.id}/sessions: missing; the deployment creates it (deploy/README.md)`,
      `container ${database.id}/statistics: missing; the deployment creates it (deploy/README.md)`,
    ]);
  });

  it('names a container whose partition key differs from the code', async () => {
    const database = await deployedDatabase([CONTAINERS.consultations.name]);
    await database.containers.create({ id: CONTAINERS.consultations.name, partitionKey: { paths: ['/id'] } });
    expect(await checkCosmosLayout(database)).toEqual([
      `container ${database.id}/consultations: partition key is /id, the code expects /rcId`,
    ]);
  });

  it('names a missing database once, not every container in it', async () => {
    expect(await checkCosmosLayout(cosmos.admin().database('never-deployed'))).toEqual([
      'database never-deployed: missing; the deployment creates it (deploy/README.md)',
    ]);
  });

  it('does not look for test-only containers', async () => {
    expect(deployedContainers().map((c) => c.name)).not.toContain(CONTAINERS.contract.name);
  });
});

describe('a Cosmos store that must not create anything', () => {
  it('refuses to start naming what is missing, and creates none of it', async () => {
    const database = await deployedDatabase([CONTAINERS.channelBindings.name]);
    const store = new CosmosStore({ endpoint: cosmos.server().endpoint, key: cosmos.server().key, databaseId: database.id, agent: cosmos.server().agent, provision: 'verify' });
    const refusal = await store.init().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(StoreLayoutError);
    expect((refusal as StoreLayoutError).problems).toEqual([expect.stringMatching(/^container .*\/channelBindings: missing;/)]);
    expect(await containerNames(database)).not.toContain(CONTAINERS.channelBindings.name);
    await store.close();
  });

  it('is the default without a key: signed in through Entra ID, it only checks', async () => {
    const databaseId = `keyless-${randomUUID()}`;
    const store = new CosmosStore({ endpoint: cosmos.server().endpoint, credential: fakeEntraCredential, databaseId, agent: cosmos.server().agent });
    await expect(store.init()).rejects.toThrow(StoreLayoutError);
    const { resources } = await cosmos.admin().databases.readAll().fetchAll();
    expect(resources.map((r) => r.id)).not.toContain(databaseId);
    await store.close();
  });

  it('starts and serves documents once the deployment has made everything', async () => {
    const database = await deployedDatabase();
    const store = new CosmosStore({ endpoint: cosmos.server().endpoint, credential: fakeEntraCredential, databaseId: database.id, agent: cosmos.server().agent });
    await store.init();
    const consultations = store.collection('consultations');
    await consultations.create({ id: 'GBG-2026-0001', rcId: 'gbg' });
    expect((await consultations.get('GBG-2026-0001', 'gbg'))?.item).toEqual({ id: 'GBG-2026-0001', rcId: 'gbg' });
    await store.close();
  });

  it('still creates what is missing with a key, as on a laptop', async () => {
    const databaseId = `with-key-${randomUUID()}`;
    const store = new CosmosStore({ endpoint: cosmos.server().endpoint, key: cosmos.server().key, databaseId, agent: cosmos.server().agent });
    await store.init();
    expect(await containerNames(cosmos.admin().database(databaseId))).toEqual(Object.values(CONTAINERS).map((c) => c.name).sort());
    await store.close();
  });
});
