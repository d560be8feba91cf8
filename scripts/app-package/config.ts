/** The values that fill the manifest template's ${{…}} placeholders. */
export interface PackageConfig {
  botId: string;
  botDomain: string;
  teamsAppId: string;
  /**
   * The Entra app the tab's single sign-on asks tokens for (webApplicationInfo). Unset: the
   * bot's id, which works only when the bot has an app registration of its own; a bot running
   * as a managed identity needs the separate app the deployment creates (deploy/README.md).
   */
  tabAppId?: string;
}

export type ConfigResult = { ok: true; config: PackageConfig } | { ok: false; errors: string[] };

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The Teams app id is this product's identity in Teams, not a secret: keeping it
 * fixed lets a re-uploaded package update the installed app instead of adding a
 * second one. Set TEAMS_APP_ID to publish a separate app (e.g. a test tenant copy).
 */
export const DEFAULT_TEAMS_APP_ID = 'fc52ad42-4579-46ef-94ec-976ae51b289b';

const GUID = /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Reads and checks the packaging settings; every problem gets its own line. */
export function readPackageConfig(env: Env): ConfigResult {
  const errors: string[] = [];
  const botId = readBotId(env, errors);
  const botDomain = readBotDomain(env, errors);
  const teamsAppId = readTeamsAppId(env, errors);
  const tabAppId = value(env, 'TAB_APP_ID');
  if (tabAppId !== undefined && !GUID.test(tabAppId)) {
    errors.push(`TAB_APP_ID must be a GUID like 00000000-0000-0000-0000-000000000000, got "${tabAppId}" (leave it unset to use the bot's id).`);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, config: { botId, botDomain, teamsAppId, ...(tabAppId ? { tabAppId } : {}) } };
}

function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function readBotId(env: Env, errors: string[]): string {
  const botId = value(env, 'BOT_ID');
  const appId = value(env, 'MicrosoftAppId');
  if (!botId && !appId) {
    errors.push("BOT_ID is missing: set BOT_ID (or MicrosoftAppId) to the bot's Microsoft App ID, a GUID.");
    return '';
  }
  // Two different ids would give a package that talks to another bot than the
  // one the server authenticates as; guessing which one was meant is unsafe.
  if (botId && appId && botId.toLowerCase() !== appId.toLowerCase()) {
    errors.push(`BOT_ID (${botId}) and MicrosoftAppId (${appId}) differ: set only one, or make them equal.`);
    return '';
  }
  const id = botId ?? appId ?? '';
  const name = botId ? 'BOT_ID' : 'MicrosoftAppId';
  if (!GUID.test(id)) {
    errors.push(`${name} must be a GUID like 00000000-0000-0000-0000-000000000000, got "${id}".`);
    return '';
  }
  return id;
}

function readTeamsAppId(env: Env, errors: string[]): string {
  const id = value(env, 'TEAMS_APP_ID');
  if (id === undefined) return DEFAULT_TEAMS_APP_ID;
  if (!GUID.test(id)) {
    errors.push(`TEAMS_APP_ID must be a GUID like 00000000-0000-0000-0000-000000000000, got "${id}" (leave it unset for the default).`);
    return '';
  }
  return id;
}

function readBotDomain(env: Env, errors: string[]): string {
  const raw = value(env, 'BOT_DOMAIN');
  if (raw === undefined) {
    errors.push('BOT_DOMAIN is missing: set it to the public host name of the bot server, e.g. rc-bot.example.se.');
    return '';
  }
  const problem = hostNameProblem(raw);
  if (problem) {
    errors.push(`BOT_DOMAIN must be a host name without scheme, port or path, e.g. rc-bot.example.se: ${problem} (got "${raw}").`);
    return '';
  }
  return raw.toLowerCase();
}

function hostNameProblem(raw: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) return 'remove the scheme';
  if (/[/?#]/.test(raw)) return 'remove the path';
  if (raw.includes(':')) return 'remove the port';
  const host = raw.toLowerCase();
  if (host.length > 253) return 'it is longer than 253 characters';
  const labels = host.split('.');
  if (labels.length < 2) return 'use a fully qualified name with a dot';
  if (!labels.every((label) => HOST_LABEL.test(label))) return 'it is not a valid host name';
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return 'use a host name, not an IP address';
  return undefined;
}
