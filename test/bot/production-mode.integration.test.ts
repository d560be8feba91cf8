// Production mode end to end on loopback: the BUILT bot with an app id, password and tenant, on
// the Cosmos wire server, checking tokens against a local identity stand-in (botbuilder's settings
// for other clouds point it there) and answering through the connector stub with a bearer token
// the stand-in issued. Every kind of bad token is refused with 401 and leaves nothing stored.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CosmosClient } from '@azure/cosmos';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../bot/app.js';
import { loadConfig } from '../../services/config.js';
import { createLogger } from '../../services/logging.js';
import { SqliteStore } from '../../services/storage/sqlite/sqlite-store.js';
import { messageActivity } from '../helpers/activities.js';
import { rawRequest } from '../helpers/raw-request.js';
import { cardTexts } from '../helpers/card-validator.js';
import { startConnectorStub, type ConnectorStub } from '../helpers/connector-stub.js';
import { CONNECTOR_SCOPE, startIdentityStandIn, type IdentityStandIn, type Signer } from '../helpers/identity-stand-in.js';
import { freePort, startBuiltBot, type RunningBot } from '../helpers/spawn-bot.js';
import { startCosmosTestServer, type CosmosTestServer } from '../storage/cosmos-test-server.js';

const APP_ID = '6a1f4c2e-0d3b-4e5f-9a8b-7c6d5e4f3a2b';
const APP_PASSWORD = 'stand-in-app-secret';
const TENANT_ID = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
const PUBLIC_HOST = 'rc-bot.example.se';
const DATABASE = 'production-mode';

let cosmos: CosmosTestServer;
let standIn: IdentityStandIn;
let stub: ConnectorStub;
let bot: RunningBot;
let admin: CosmosClient;
let tempDir: string;

beforeAll(async () => {
  [cosmos, standIn, stub] = await Promise.all([
    startCosmosTestServer(),
    startIdentityStandIn({ appId: APP_ID, appPassword: APP_PASSWORD, tenantId: TENANT_ID }),
    startConnectorStub(),
  ]);
  tempDir = mkdtempSync(join(tmpdir(), 'rc-bot-production-'));
  const caFile = join(tempDir, 'loopback-ca.pem');
  writeFileSync(caFile, `${cosmos.cert}\n${standIn.cert}`);
  bot = await startBuiltBot({
    NODE_ENV: 'production',
    HOST: '127.0.0.1', // production binds 0.0.0.0 by default
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: APP_PASSWORD,
    MicrosoftAppTenantId: TENANT_ID,
    COSMOS_ENDPOINT: cosmos.endpoint,
    COSMOS_KEY: cosmos.key,
    COSMOS_DATABASE: DATABASE,
    PUBLIC_BASE_URL: `https://${PUBLIC_HOST}`,
    NODE_EXTRA_CA_CERTS: caFile,
    ...standIn.botEnv,
  });
  admin = new CosmosClient({ endpoint: cosmos.endpoint, key: cosmos.key, agent: cosmos.agent, connectionPolicy: { enableEndpointDiscovery: false } });
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  admin?.dispose();
  await Promise.all([stub?.close(), standIn?.close(), cosmos?.close()]);
  rmSync(tempDir, { recursive: true, force: true });
});

/** Documents anywhere in the bot's database that mention `text` (background jobs write their own, so counting would not do). */
async function documentsMentioning(text: string): Promise<number> {
  const { resources: containers } = await admin.database(DATABASE).containers.readAll().fetchAll();
  let count = 0;
  for (const c of containers) {
    const { resources } = await admin.database(DATABASE).container(c.id).items.readAll().fetchAll();
    count += resources.filter((doc) => JSON.stringify(doc).includes(text)).length;
  }
  return count;
}

const INTERNAL = /Error|https?:\/\/|ENOTFOUND|ECONNREFUSED|metadata|openid|jwt|[Tt]oken|signature|stack/;

async function post(activity: unknown, authorization?: string): Promise<{ status: number; text: string; challenge: string | null }> {
  const res = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(activity),
  });
  return { status: res.status, text: await res.text(), challenge: res.headers.get('www-authenticate') };
}

/** A Bot Framework-shaped channel token as Teams' connector sends it. */
const channelClaims = (overrides: Record<string, unknown> = {}) => ({ iss: standIn.channelIssuer, aud: APP_ID, serviceurl: stub.url, ...overrides });
const now = () => Math.floor(Date.now() / 1000);

describe('production mode, on loopback', () => {
  it('answers a turn carrying a correctly signed token, and replies with a bearer token the stand-in issued', async () => {
    stub.clear();
    const res = await post(messageActivity('hej', { serviceUrl: stub.url, conversationId: 'a:prod-ok' }), `Bearer ${await standIn.sign(channelClaims())}`);
    expect(res.status, bot.output().slice(-3000)).toBe(200);
    const replies = stub.calls.filter((c) => c.method === 'POST');
    expect(replies.length).toBeGreaterThan(0);
    expect(cardTexts((replies[0]?.body?.attachments as Array<{ content: unknown }>)[0]?.content)).toContain('Välkommen till RC-boten');
    const issued = new Set(standIn.issued.map((t) => `Bearer ${t.token}`));
    for (const call of replies) expect(issued.has(call.authorization ?? '')).toBe(true);
    expect(standIn.issued.every((t) => t.scope === `${CONNECTOR_SCOPE}/.default`)).toBe(true);
    expect(standIn.refusedTokenRequests).toBe(0);
    expect(await documentsMentioning('a:prod-ok')).toBeGreaterThan(0);
  });

  const refused: Array<{ name: string; header: () => Promise<string | undefined> }> = [
    { name: 'no Authorization header', header: async () => undefined },
    { name: 'a token for another app id (wrong audience)', header: async () => `Bearer ${await standIn.sign(channelClaims({ aud: 'another-app-id' }))}` },
    { name: 'a token from another issuer', header: async () => `Bearer ${await standIn.sign(channelClaims({ iss: 'https://login.attacker.example' }))}` },
    { name: 'an expired token', header: async () => `Bearer ${await standIn.sign(channelClaims({ iat: now() - 7200, nbf: now() - 7200, exp: now() - 3600 }))}` },
    { name: 'a token signed by a key the metadata does not publish', header: async () => `Bearer ${await standIn.sign(channelClaims(), 'unpublished')}` },
    { name: 'an unsigned token (alg: none)', header: async () => `Bearer ${await standIn.sign(channelClaims(), 'none')}` },
    { name: 'a token signed HS256 with the app password', header: async () => `Bearer ${await standIn.sign(channelClaims(), 'hs256-app-password')}` },
    { name: 'a serviceUrl claim that is not the activity’s', header: async () => `Bearer ${await standIn.sign(channelClaims({ serviceurl: 'https://attacker.example/' }))}` },
    { name: 'a token that is not a JWT', header: async () => 'Bearer not-a-token' },
    { name: 'another scheme', header: async () => `Basic ${Buffer.from(`${APP_ID}:${APP_PASSWORD}`).toString('base64')}` },
  ];

  for (const probe of refused) {
    it(`refuses ${probe.name} with 401, says nothing internal, and stores nothing`, async () => {
      stub.clear();
      const conversationId = `a:prod-${randomUUID()}`;
      const res = await post(messageActivity('hej', { serviceUrl: stub.url, conversationId }), await probe.header());
      expect(res.status).toBe(401);
      expect(res.challenge).toBe('Bearer');
      expect(res.text).not.toMatch(INTERNAL);
      expect(stub.calls).toEqual([]);
      expect(await documentsMentioning(conversationId)).toBe(0);
    });
  }

  it('refuses a lying content-encoding and a 50 MB body before authentication, as in local mode', async () => {
    const json = { 'content-type': 'application/json' };
    const gzipLie = await rawRequest(bot.url, { path: '/api/messages', headers: { ...json, 'content-encoding': 'gzip' }, body: '{"type":"message"}' });
    expect(gzipLie.status).toBe(400);
    const huge = await rawRequest(bot.url, { path: '/api/messages', headers: json, body: Buffer.alloc(50 * 1024 * 1024, 'a') });
    expect(huge.status).toBe(413);
  });

  it('is still up after all of the above', () => {
    expect(bot.child.exitCode).toBeNull();
  });
});

describe('the statistics tab API in production mode', () => {
  const tabClaims = (overrides: Record<string, unknown> = {}) => ({
    iss: standIn.tenantIssuer,
    aud: `api://${PUBLIC_HOST}/${APP_ID}`,
    tid: TENANT_ID,
    oid: '00000000-0000-0000-0000-00000000c0de',
    ver: '2.0',
    ...overrides,
  });
  const centres = async (authorization?: string) => {
    const res = await fetch(`${bot.url}/api/stats/centres`, { headers: authorization ? { authorization } : {} });
    return { status: res.status, body: (await res.json()) as { centres?: unknown[] } };
  };

  it('accepts an SSO token for the tab from the right tenant, for either audience', async () => {
    for (const aud of [`api://${PUBLIC_HOST}/${APP_ID}`, APP_ID]) {
      const res = await centres(`Bearer ${await standIn.sign(tabClaims({ aud }))}`);
      expect(res.status).toBe(200);
      expect(res.body.centres?.length).toBeGreaterThan(0);
    }
  });

  const refusedTab: Array<{ name: string; claims?: () => Record<string, unknown>; signer?: Signer; raw?: () => Promise<string | undefined> }> = [
    { name: 'no token', raw: async () => undefined },
    { name: 'another tenant', claims: () => ({ iss: `${standIn.url}/11111111-2222-3333-4444-555555555555/v2.0`, tid: '11111111-2222-3333-4444-555555555555' }) },
    { name: 'another audience', claims: () => ({ aud: 'api://elsewhere.example/other-app' }) },
    { name: 'an expired token', claims: () => ({ iat: now() - 7200, nbf: now() - 7200, exp: now() - 3600 }) },
    { name: 'a key Entra does not publish', signer: 'unpublished' },
    { name: 'alg: none', signer: 'none' },
    { name: 'HS256 with the app password', signer: 'hs256-app-password' },
    { name: 'a Bot Framework channel token', raw: async () => `Bearer ${await standIn.sign(channelClaims())}` },
  ];
  for (const probe of refusedTab) {
    it(`refuses ${probe.name} with 401`, async () => {
      const header = probe.raw ? await probe.raw() : `Bearer ${await standIn.sign(tabClaims(probe.claims?.()), probe.signer)}`;
      const res = await centres(header);
      expect(res.status).toBe(401);
      expect(res.body.centres).toBeUndefined();
    });
  }
});

describe('when the signing keys cannot be fetched', () => {
  it('answers 503, without the metadata address or the network error', async () => {
    const closedPort = await freePort();
    const config = loadConfig({
      NODE_ENV: 'production',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: APP_PASSWORD,
      MicrosoftAppTenantId: TENANT_ID,
      COSMOS_ENDPOINT: 'https://127.0.0.1:1',
      COSMOS_KEY: 'unused',
      ...standIn.botEnv,
      ToBotFromChannelOpenIdMetadataUrl: `https://127.0.0.1:${closedPort}/v1/.well-known/openidconfiguration`,
    });
    const app = await createApp(config, createLogger({ level: 'silent', pretty: false }), { store: new SqliteStore({ file: ':memory:' }) });
    const address = await app.server.listen(0, '127.0.0.1');
    try {
      const res = await fetch(`http://127.0.0.1:${address.port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await standIn.sign(channelClaims())}` },
        body: JSON.stringify(messageActivity('hej', { serviceUrl: stub.url })),
      });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('30');
      expect(await res.text()).not.toMatch(INTERNAL);
    } finally {
      await app.server.shutdown();
    }
  });
});
