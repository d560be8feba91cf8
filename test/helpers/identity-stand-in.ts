// A loopback stand-in for the two identity services a production bot talks to, over TLS with a
// certificate generated per run: the Bot Framework's OpenID metadata and keys (which sign what
// Teams sends to the bot), and an Entra tenant (metadata, keys, and the client-credentials token
// endpoint the bot gets its outbound bearer token from; the same keys sign the tab's SSO tokens).
// The bot is pointed at it with botbuilder's own settings for other clouds.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type CryptoKey, type JWTPayload } from 'jose';
import { loopbackCertificate } from './loopback-cert.js';

export interface StandInOptions {
  appId: string;
  appPassword: string;
  tenantId: string;
}

export interface IssuedToken {
  token: string;
  scope: string;
}

export type Signer = 'trusted' | 'unpublished' | 'none' | 'hs256-app-password';

export interface IdentityStandIn {
  /** https://127.0.0.1:<port> */
  url: string;
  /** PEM to trust (NODE_EXTRA_CA_CERTS). */
  cert: string;
  /** The environment that points the bot here, under botbuilder's setting names. */
  botEnv: Record<string, string>;
  /** The Bot Framework's `iss` as configured. */
  channelIssuer: string;
  /** The tenant's v2 `iss`, as Entra writes it into the tab's SSO tokens. */
  tenantIssuer: string;
  /** Tokens handed out at the token endpoint, oldest first. */
  issued: IssuedToken[];
  /** Client-credentials requests refused (wrong secret, client or grant). */
  refusedTokenRequests: number;
  /** A token signed as `signer` says, with default claims overridden by `claims` (undefined removes one). */
  sign(claims: Record<string, unknown>, signer?: Signer): Promise<string>;
  close(): Promise<void>;
}

/** The scope the connector accepts: what the bot asks a token for, as ToChannelFromBotOAuthScope. */
export const CONNECTOR_SCOPE = 'https://api.botframework.test';

export async function startIdentityStandIn({ appId, appPassword, tenantId }: StandInOptions): Promise<IdentityStandIn> {
  const pems = await loopbackCertificate('rc-bot identity stand-in');
  const trusted = await generateKeyPair('RS256', { extractable: true });
  const unpublished = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID();
  // Real Bot Framework keys carry endorsements: the channels a key may sign for.
  const jwks = { keys: [{ ...(await exportJWK(trusted.publicKey)), kid, use: 'sig', alg: 'RS256', endorsements: ['msteams'] }] };

  const issued: IssuedToken[] = [];
  let refusedTokenRequests = 0;
  let base = '';
  const channelIssuer = 'https://api.botframework.test';
  const tenantPath = `/${tenantId}`;
  const tenantIssuer = () => `${base}${tenantPath}/v2.0`;

  const signWith = async (payload: JWTPayload, signer: Signer): Promise<string> => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { iat: now, nbf: now - 5, exp: now + 3600, ...payload };
    const drop = (c: Record<string, unknown>) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined));
    const body = drop(claims) as JWTPayload;
    if (signer === 'none') return new UnsecuredJWT(body).encode();
    if (signer === 'hs256-app-password') {
      return new SignJWT(body).setProtectedHeader({ alg: 'HS256', kid, typ: 'JWT' }).sign(new TextEncoder().encode(appPassword));
    }
    const key: CryptoKey = signer === 'trusted' ? trusted.privateKey : unpublished.privateKey;
    // The unpublished key claims the published key's id: only the signature can tell them apart.
    return new SignJWT(body).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(key);
  };

  const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const server: Server = createServer({ cert: pems.cert, key: pems.key }, async (req, res) => {
    const path = new URL(req.url ?? '/', 'https://stand-in').pathname;
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');

    if (req.method === 'GET' && path === '/botframework/v1/.well-known/openidconfiguration') {
      return json(res, 200, { issuer: channelIssuer, jwks_uri: `${base}/botframework/v1/keys`, id_token_signing_alg_values_supported: ['RS256'] });
    }
    if (req.method === 'GET' && (path === '/botframework/v1/keys' || path === `${tenantPath}/discovery/v2.0/keys`)) return json(res, 200, jwks);
    if (req.method === 'GET' && path === `${tenantPath}/v2.0/.well-known/openid-configuration`) {
      return json(res, 200, {
        issuer: tenantIssuer(),
        authorization_endpoint: `${base}${tenantPath}/oauth2/v2.0/authorize`,
        token_endpoint: `${base}${tenantPath}/oauth2/v2.0/token`,
        jwks_uri: `${base}${tenantPath}/discovery/v2.0/keys`,
        response_types_supported: ['code', 'id_token', 'token'],
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }
    if (req.method === 'POST' && path === `${tenantPath}/oauth2/v2.0/token`) {
      const form = new URLSearchParams(body);
      const scope = form.get('scope') ?? '';
      if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== appId || form.get('client_secret') !== appPassword) {
        refusedTokenRequests += 1;
        return json(res, 401, { error: 'invalid_client', error_description: 'stand-in: wrong client or secret' });
      }
      const audience = scope.replace(/\/\.default$/, '');
      const token = await signWith({ iss: `https://sts.windows.net/${tenantId}/`, aud: audience, appid: appId, tid: tenantId, ver: '1.0' }, 'trusted');
      issued.push({ token, scope });
      return json(res, 200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token });
    }
    json(res, 404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    cert: pems.cert,
    channelIssuer,
    tenantIssuer: tenantIssuer(),
    issued,
    get refusedTokenRequests() {
      return refusedTokenRequests;
    },
    botEnv: {
      ToBotFromChannelOpenIdMetadataUrl: `${base}/botframework/v1/.well-known/openidconfiguration`,
      ToBotFromChannelTokenIssuer: channelIssuer,
      ToChannelFromBotLoginUrl: `${base}${tenantPath}`,
      ToChannelFromBotOAuthScope: CONNECTOR_SCOPE,
      ValidateAuthority: 'false',
      OAuthUrl: `${base}/botframework/oauth`,
    },
    sign: (claims, signer = 'trusted') => signWith(claims as JWTPayload, signer),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
