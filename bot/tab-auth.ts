// Who is calling the statistics API from the Teams tab. In production the tab sends its
// Teams SSO token, verified against Entra's published keys; in local mode the API is open to
// loopback callers only (the laptop's own browser), and refuses anyone else.
import type { JWTVerifyGetKey } from 'jose';
import type { Request } from 'restify';
import type { AppConfig } from '../services/config.js';

export type Caller = { ok: true; aadObjectId?: string; local: boolean } | { ok: false; status: 401 | 403 };

export type TabAuth = (req: Request) => Promise<Caller>;

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

export function localTabAuth(): TabAuth {
  return async (req) => (LOOPBACK.test(req.socket.remoteAddress ?? '') ? { ok: true, local: true } : { ok: false, status: 403 });
}

export interface SsoOptions {
  tenantId: string;
  /** Accepted `aud` values: the tab's Application ID URI and the app id. */
  audiences: string[];
  /** Entra's signing keys; tests pass a local key set. */
  keys?: JWTVerifyGetKey;
  /** Entra's login host for the tenant's cloud (the public cloud unless configured). */
  loginOrigin?: string;
}

export const PUBLIC_LOGIN_ORIGIN = 'https://login.microsoftonline.com';

export function ssoTabAuth({ tenantId, audiences, keys, loginOrigin = PUBLIC_LOGIN_ORIGIN }: SsoOptions): TabAuth {
  // jose is loaded at the tab's first call, not at start: no chat turn needs it, nor local mode.
  let getKey: JWTVerifyGetKey | undefined = keys;
  const issuers = [`${loginOrigin}/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`];
  return async (req) => {
    const header = req.headers.authorization ?? '';
    const token = /^Bearer (.+)$/i.exec(header)?.[1];
    if (!token) return { ok: false, status: 401 };
    const { createRemoteJWKSet, jwtVerify } = await import('jose');
    getKey ??= createRemoteJWKSet(new URL(`${loginOrigin}/${tenantId}/discovery/v2.0/keys`));
    try {
      const { payload } = await jwtVerify(token, getKey, { issuer: issuers, audience: audiences, clockTolerance: 60 });
      return { ok: true, aadObjectId: typeof payload.oid === 'string' ? payload.oid : undefined, local: false };
    } catch {
      return { ok: false, status: 401 };
    }
  };
}

/** `keys`: tests only, a local key set instead of Entra's published one. */
export function tabAuthFor(config: AppConfig, keys?: JWTVerifyGetKey): TabAuth {
  if (config.mode === 'local') return localTabAuth();
  const host = new URL(config.publicBaseUrl).host;
  // The tab's own Entra app (TAB_APP_ID): with a managed identity the bot's id cannot expose an API.
  // Its SSO tokens come from the same Entra login host the bot gets its own tokens from.
  const loginUrl = config.bot.cloud.ToChannelFromBotLoginUrl;
  const loginOrigin = loginUrl ? new URL(loginUrl).origin : PUBLIC_LOGIN_ORIGIN;
  return ssoTabAuth({
    tenantId: config.bot.tenantId,
    audiences: [`api://${host}/${config.tabAppId}`, config.tabAppId],
    loginOrigin,
    ...(keys ? { keys } : {}),
  });
}
