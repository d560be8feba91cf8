// How the bot proves who it is and checks who calls it. The public cloud needs only the app id,
// password and tenant; other clouds (and the loopback identity stand-in in the tests) name their
// endpoints in the settings botbuilder documents, passed through unchanged.
import { createRequire } from 'node:module';
import type { ConfidentialClientApplication } from '@azure/msal-node';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationError, MsalServiceClientCredentialsFactory } from 'botframework-connector';
import type { AppConfig } from '../services/config.js';
import { CachingBotFrameworkAuthentication } from './connector-cache.js';

export function createAuthentication(config: AppConfig): ConfigurationBotFrameworkAuthentication {
  const { appId, appPassword, appType, tenantId, cloud } = config.bot;
  const settings = {
    MicrosoftAppId: appId,
    MicrosoftAppPassword: appPassword,
    MicrosoftAppType: appType,
    MicrosoftAppTenantId: tenantId,
    ...Object.fromEntries(Object.entries(cloud).filter(([, v]) => v !== undefined)),
  };
  // botbuilder 4.23 hands ValidateAuthority to its credentials but MSAL never sees it, so MSAL
  // would ask login.microsoftonline.com about any other authority. When a deployment says not to
  // validate, the login host is named to MSAL as known instead.
  const loginUrl = cloud.ToChannelFromBotLoginUrl;
  const credentials =
    loginUrl && cloud.ValidateAuthority === false && appId && appPassword
      ? new MsalServiceClientCredentialsFactory(
          appId,
          // The ESM and CommonJS typings of msal-node differ only in a private field.
          new (msal().ConfidentialClientApplication)({
            auth: { clientId: appId, clientSecret: appPassword, authority: loginUrl, knownAuthorities: [new URL(loginUrl).host] },
          }) as unknown as ConstructorParameters<typeof MsalServiceClientCredentialsFactory>[1],
        )
      : undefined;
  return new CachingBotFrameworkAuthentication(settings, credentials);
}

/**
 * The CommonJS msal-node botbuilder itself loads, asked for only where it is needed: importing
 * the ESM build at the top loaded a second copy of msal (about 400 modules) into every instance.
 */
function msal(): { ConfidentialClientApplication: typeof ConfidentialClientApplication } {
  return createRequire(import.meta.url)('@azure/msal-node') as { ConfidentialClientApplication: typeof ConfidentialClientApplication };
}

/** Why an inbound request was not let in: 401 for any token that does not verify, 503 when the keys to check it could not be had. */
export class RequestRefused extends Error {
  constructor(
    readonly status: 401 | 503,
    override readonly cause: unknown,
  ) {
    super(status === 401 ? 'unauthorized' : 'signing keys unavailable');
    this.name = 'RequestRefused';
  }
}

/** jsonwebtoken's verdicts on a token itself (bad signature, algorithm, audience, expiry). */
const TOKEN_VERDICTS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/**
 * botbuilder throws AuthenticationError(401) for a refused token and rethrows jsonwebtoken's own
 * errors; anything else on the way (the metadata or key fetch failing, DNS, TLS) means the token
 * could not be checked at all.
 */
export function refusalFor(error: unknown): RequestRefused {
  if (error instanceof AuthenticationError && error.statusCode === 401) return new RequestRefused(401, error);
  if (error instanceof Error && TOKEN_VERDICTS.has(error.name)) return new RequestRefused(401, error);
  return new RequestRefused(503, error);
}
