// A bot that runs as a managed identity has no app registration of its own to sign the tab in
// with: the tab's tokens are issued for the separate app the deployment creates (TAB_APP_ID).
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { Request } from 'restify';
import { beforeAll, describe, expect, it } from 'vitest';
import { tabAuthFor } from '../../bot/tab-auth.js';
import { loadConfig } from '../../services/config.js';

const TENANT = '11111111-2222-3333-4444-555555555555';
const BOT_IDENTITY = '22222222-2222-2222-2222-222222222222';
const TAB_APP = '33333333-3333-3333-3333-333333333333';
const HOST = 'rc-bot-abc.azurewebsites.net';

let sign: (audience: string) => Promise<string>;
let keys: ReturnType<typeof createLocalJWKSet>;

beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  keys = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k', alg: 'RS256' }] });
  sign = (audience) =>
    new SignJWT({ oid: 'aaaaaaaa-0000-0000-0000-000000000001' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
});

const request = (token: string) => ({ headers: { authorization: `Bearer ${token}` }, socket: { remoteAddress: '10.0.0.1' } }) as unknown as Request;

describe('the tab sign-on of a bot running as a managed identity', () => {
  const config = () =>
    loadConfig({
      NODE_ENV: 'production',
      MicrosoftAppId: BOT_IDENTITY,
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: TENANT,
      COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/',
      PUBLIC_BASE_URL: `https://${HOST}`,
      TAB_APP_ID: TAB_APP,
    });

  it("accepts tokens issued for the tab's own app, by its URI or its id", async () => {
    const auth = tabAuthFor(config(), keys);
    expect(await auth(request(await sign(`api://${HOST}/${TAB_APP}`)))).toMatchObject({ ok: true, local: false });
    expect(await auth(request(await sign(TAB_APP)))).toMatchObject({ ok: true });
  });

  it("refuses tokens for the bot's identity or another app", async () => {
    const auth = tabAuthFor(config(), keys);
    expect(await auth(request(await sign(`api://${HOST}/${BOT_IDENTITY}`)))).toEqual({ ok: false, status: 401 });
    expect(await auth(request(await sign('44444444-4444-4444-4444-444444444444')))).toEqual({ ok: false, status: 401 });
  });
});
