// The one place that reads the environment. Everything else receives a parsed AppConfig.
//
// Local mode (empty MicrosoftAppId) makes botbuilder accept any request, so production
// mode refuses to start unless credentials and Cosmos DB settings are all present.
import { z } from 'zod';

export type Mode = 'local' | 'production';

export interface AppConfig {
  mode: Mode;
  port: number;
  /** Local mode listens on loopback only: it accepts unauthenticated requests. */
  host: string;
  bot: {
    appId: string;
    appPassword: string;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    tenantId: string;
    /** Bot Framework endpoints for clouds other than the public one; empty means botbuilder's public-cloud defaults. */
    cloud: CloudSettings;
  };
  store:
    | { kind: 'embedded'; dataDir: string }
    | {
        kind: 'cosmos';
        endpoint: string;
        /** Empty: keyless, through Entra ID (a managed identity in Azure). */
        key: string;
        databaseId: string;
        /** Keyless with a user-assigned managed identity: its client id (the bot's MicrosoftAppId). */
        managedIdentityClientId?: string;
      };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Entra object ids of administrators (may edit the directory and bind channels). */
  adminIds: string[];
  /** Where people's browsers and calendars reach this server (calendar links). */
  publicBaseUrl: string;
  /** Days after closing that a consultation's free text is erased; coded fields stay. */
  retentionDays: number;
  /** The Entra app the Teams tab's single sign-on tokens are issued for (audience). */
  tabAppId: string;
  /** Application Insights; empty: no telemetry, and nothing of it loaded. */
  telemetryConnectionString: string;
  /** At most this long after another instance saves a directory correction, this one serves it. */
  directoryRefreshMs: number;
}

/** botbuilder's own setting names, read from the environment under exactly these names. */
export interface CloudSettings {
  ToBotFromChannelOpenIdMetadataUrl?: string;
  ToBotFromChannelTokenIssuer?: string;
  ToChannelFromBotLoginUrl?: string;
  ToChannelFromBotOAuthScope?: string;
  ValidateAuthority?: boolean;
  OAuthUrl?: string;
}

/** Days after closing that free text is kept (RC_RETENTION_DAYS when unset); the one default. */
export const DEFAULT_RETENTION_DAYS = 180;

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = z.preprocess(emptyToUndefined, z.string().trim().optional());

const EnvSchema = z.object({
  NODE_ENV: optionalText,
  RC_MODE: z.preprocess(emptyToUndefined, z.enum(['local', 'production']).optional()),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(3978)),
  HOST: optionalText,
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.preprocess(
    emptyToUndefined,
    z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  ),
  MicrosoftAppTenantId: optionalText,
  ToBotFromChannelOpenIdMetadataUrl: z.preprocess(emptyToUndefined, z.url({ protocol: /^https$/ }).optional()),
  ToBotFromChannelTokenIssuer: optionalText,
  ToChannelFromBotLoginUrl: z.preprocess(emptyToUndefined, z.url({ protocol: /^https$/ }).optional()),
  ToChannelFromBotOAuthScope: optionalText,
  ValidateAuthority: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).transform((v) => v === 'true').optional()),
  OAuthUrl: z.preprocess(emptyToUndefined, z.url({ protocol: /^https$/ }).optional()),
  RC_STORE: z.preprocess(emptyToUndefined, z.enum(['embedded', 'cosmos']).optional()),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('.data')),
  COSMOS_ENDPOINT: z.preprocess(emptyToUndefined, z.url({ protocol: /^https$/ }).optional()),
  COSMOS_KEY: optionalText,
  COSMOS_DATABASE: z.preprocess(emptyToUndefined, z.string().default('rc-bot')),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  RC_ADMIN_IDS: optionalText,
  PUBLIC_BASE_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  RC_RETENTION_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(3650).default(DEFAULT_RETENTION_DAYS)),
  TAB_APP_ID: z.preprocess(emptyToUndefined, z.guid().optional()),
  APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText,
  RC_DIRECTORY_REFRESH_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().min(0.1).max(3600).default(30)),
});

/** Every environment variable the bot reads (deploy tests check app settings against it). */
export const SETTING_NAMES: readonly string[] = Object.keys(EnvSchema.shape);

/**
 * The administrator of the Agents Playground's mock world (scripts/playground/.m365agentsplayground.yml):
 * in local mode, when no administrators are configured, that mock user may edit the directory.
 */
export const PLAYGROUND_ADMIN_ID = '3f1e2d4c-5b6a-4789-8a0b-1c2d3e4f5a66';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment; throws ConfigError listing one line per problem. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`),
    );
  }
  const e = parsed.data;
  // Local mode only when nothing says otherwise: any credential means a real deployment.
  const anyCredential = Boolean(e.MicrosoftAppId || e.MicrosoftAppPassword || e.MicrosoftAppTenantId);
  const mode: Mode = e.RC_MODE ?? (e.NODE_ENV === 'production' || anyCredential ? 'production' : 'local');
  const problems: string[] = [];

  const appType = e.MicrosoftAppType ?? (e.MicrosoftAppTenantId ? 'SingleTenant' : 'MultiTenant');
  if (mode === 'production') {
    if (!e.MicrosoftAppId) problems.push('MicrosoftAppId: required in production (the bot would accept any request without it)');
    if (!e.MicrosoftAppTenantId) problems.push('MicrosoftAppTenantId: required in production');
    if (appType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
      problems.push('MicrosoftAppPassword: required in production unless MicrosoftAppType=UserAssignedMSI');
    }
    if (e.RC_STORE === 'embedded') problems.push('RC_STORE: production must use cosmos, not the embedded store');
    if (!e.COSMOS_ENDPOINT) problems.push('COSMOS_ENDPOINT: required in production (https URL of the Cosmos DB account)');
    // No COSMOS_KEY: keyless through Entra ID; the deployment grants the identity its role.
  } else if (anyCredential) {
    problems.push('RC_MODE=local runs without credentials: unset MicrosoftAppId/MicrosoftAppPassword/MicrosoftAppTenantId, or use RC_MODE=production');
  }

  const storeKind = e.RC_STORE ?? (mode === 'production' ? 'cosmos' : 'embedded');
  if (storeKind === 'cosmos' && mode === 'local' && (!e.COSMOS_ENDPOINT || !e.COSMOS_KEY)) {
    problems.push('RC_STORE=cosmos needs COSMOS_ENDPOINT and COSMOS_KEY');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    mode,
    port: e.PORT,
    host: e.HOST ?? (mode === 'local' ? '127.0.0.1' : '0.0.0.0'),
    bot: {
      appId: mode === 'production' ? (e.MicrosoftAppId ?? '') : '',
      appPassword: mode === 'production' ? (e.MicrosoftAppPassword ?? '') : '',
      appType,
      tenantId: e.MicrosoftAppTenantId ?? '',
      cloud: {
        ToBotFromChannelOpenIdMetadataUrl: e.ToBotFromChannelOpenIdMetadataUrl,
        ToBotFromChannelTokenIssuer: e.ToBotFromChannelTokenIssuer,
        ToChannelFromBotLoginUrl: e.ToChannelFromBotLoginUrl,
        ToChannelFromBotOAuthScope: e.ToChannelFromBotOAuthScope,
        ValidateAuthority: e.ValidateAuthority,
        OAuthUrl: e.OAuthUrl,
      },
    },
    store:
      storeKind === 'cosmos'
        ? {
            kind: 'cosmos',
            endpoint: e.COSMOS_ENDPOINT ?? '',
            key: e.COSMOS_KEY ?? '',
            databaseId: e.COSMOS_DATABASE,
            ...(!e.COSMOS_KEY && appType === 'UserAssignedMSI' && e.MicrosoftAppId
              ? { managedIdentityClientId: e.MicrosoftAppId }
              : {}),
          }
        : { kind: 'embedded', dataDir: e.DATA_DIR },
    logLevel: e.LOG_LEVEL,
    retentionDays: e.RC_RETENTION_DAYS,
    tabAppId: e.TAB_APP_ID ?? (mode === 'production' ? (e.MicrosoftAppId ?? '') : ''),
    telemetryConnectionString: e.APPLICATIONINSIGHTS_CONNECTION_STRING ?? '',
    directoryRefreshMs: Math.round(e.RC_DIRECTORY_REFRESH_SECONDS * 1000),
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    adminIds: e.RC_ADMIN_IDS
      ? e.RC_ADMIN_IDS.split(',').map((s) => s.trim()).filter(Boolean)
      : mode === 'local'
        ? [PLAYGROUND_ADMIN_ID]
        : [],
  };
}
