import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, PLAYGROUND_ADMIN_ID } from '../../services/config.js';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
};

describe('configuration', () => {
  it('defaults to local mode on the embedded store, on loopback, when nothing is configured', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: 'local',
      port: 3978,
      host: '127.0.0.1',
      bot: { appId: '' },
      store: { kind: 'embedded', dataDir: '.data' },
    });
  });

  it('refuses production without credentials or Cosmos settings, one line per missing setting', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems.join('\n')).toMatch(/MicrosoftAppId/);
    expect(problems.join('\n')).toMatch(/MicrosoftAppTenantId/);
    expect(problems.join('\n')).toMatch(/MicrosoftAppPassword/);
    expect(problems.join('\n')).toMatch(/COSMOS_ENDPOINT/);
    expect(problems).toHaveLength(4);
  });

  it('runs keyless in production with the managed identity the bot itself runs as', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      MicrosoftAppId: '22222222-2222-2222-2222-222222222222',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: 'tenant',
      COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/',
    });
    expect(config.store).toEqual({
      kind: 'cosmos',
      endpoint: 'https://acct.documents.azure.com:443/',
      key: '',
      databaseId: 'rc-bot',
      managedIdentityClientId: '22222222-2222-2222-2222-222222222222',
    });
    // The tab's sign-on falls back to the bot's app id only when no tab app is named.
    expect(config.tabAppId).toBe('22222222-2222-2222-2222-222222222222');
    expect(config.telemetryConnectionString).toBe('');
  });

  it('takes the tab app and Application Insights from their own settings', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      MicrosoftAppId: '22222222-2222-2222-2222-222222222222',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: 'tenant',
      COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/',
      TAB_APP_ID: '33333333-3333-3333-3333-333333333333',
      APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-0000-0000-000000000000',
    });
    expect(config.tabAppId).toBe('33333333-3333-3333-3333-333333333333');
    expect(config.telemetryConnectionString).toMatch(/^InstrumentationKey=/);
    expect(problemsOf({ TAB_APP_ID: 'not-a-guid' })).toEqual([expect.stringMatching(/^TAB_APP_ID: /)]);
  });

  it('treats any credential as a real deployment, never as local mode', () => {
    const problems = problemsOf({ MicrosoftAppId: '11111111-1111-1111-1111-111111111111' });
    expect(problems.join('\n')).toMatch(/COSMOS_ENDPOINT/);
  });

  it('refuses the embedded store in production', () => {
    const problems = problemsOf({
      RC_MODE: 'production',
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppTenantId: 'tenant',
      COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/',
      COSMOS_KEY: 'key',
      RC_STORE: 'embedded',
    });
    expect(problems).toEqual([expect.stringMatching(/RC_STORE/)]);
  });

  it('accepts a complete production configuration, managed identity without a password', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      MicrosoftAppId: 'id',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: 'tenant',
      COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/',
      COSMOS_KEY: 'key',
      PORT: '8080',
    });
    expect(config).toMatchObject({ mode: 'production', host: '0.0.0.0', port: 8080, store: { kind: 'cosmos', databaseId: 'rc-bot' } });
  });

  it('names the variable when a value is malformed', () => {
    expect(problemsOf({ PORT: 'abc' })).toEqual([expect.stringMatching(/^PORT: /)]);
    expect(problemsOf({ COSMOS_ENDPOINT: 'http://insecure', RC_STORE: 'cosmos' })[0]).toMatch(/^COSMOS_ENDPOINT: /);
  });

  it('reads administrators as a list of ids', () => {
    expect(loadConfig({ RC_ADMIN_IDS: ' a, b ,,c' }).adminIds).toEqual(['a', 'b', 'c']);
  });

  it("lets the Playground's mock administrator edit locally, and nobody by default in production", () => {
    expect(loadConfig({}).adminIds).toEqual([PLAYGROUND_ADMIN_ID]);
    const production = loadConfig({
      NODE_ENV: 'production',
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppTenantId: 'tenant',
      COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/',
      COSMOS_KEY: 'key',
    });
    expect(production.adminIds).toEqual([]);
  });

  it('names the administrator that the shipped Playground world really has', () => {
    const world = readFileSync(join(import.meta.dirname, '../../scripts/playground/.m365agentsplayground.yml'), 'utf8');
    expect(world).toContain(`aadObjectId: ${PLAYGROUND_ADMIN_ID}`);
  });

  it('reads the settings for other clouds under botbuilder\'s own names, and leaves them empty for the public cloud', () => {
    expect(loadConfig({}).bot.cloud).toEqual({});
    const cloud = loadConfig({
      ToBotFromChannelOpenIdMetadataUrl: 'https://login.example.test/v1/.well-known/openidconfiguration',
      ToBotFromChannelTokenIssuer: 'https://api.example.test',
      ToChannelFromBotLoginUrl: 'https://login.example.test/tenant',
      ToChannelFromBotOAuthScope: 'https://api.example.test',
      ValidateAuthority: 'false',
      OAuthUrl: 'https://token.example.test',
    }).bot.cloud;
    expect(cloud).toEqual({
      ToBotFromChannelOpenIdMetadataUrl: 'https://login.example.test/v1/.well-known/openidconfiguration',
      ToBotFromChannelTokenIssuer: 'https://api.example.test',
      ToChannelFromBotLoginUrl: 'https://login.example.test/tenant',
      ToChannelFromBotOAuthScope: 'https://api.example.test',
      ValidateAuthority: false,
      OAuthUrl: 'https://token.example.test',
    });
    expect(problemsOf({ ToChannelFromBotLoginUrl: 'http://login.example.test/tenant' })[0]).toMatch(/^ToChannelFromBotLoginUrl: /);
    expect(problemsOf({ ValidateAuthority: 'maybe' })[0]).toMatch(/^ValidateAuthority: /);
  });

  it('reads how often the directory looks for other instances\' corrections, 30 s unless set', () => {
    expect(loadConfig({}).directoryRefreshMs).toBe(30_000);
    expect(loadConfig({ RC_DIRECTORY_REFRESH_SECONDS: '1.5' }).directoryRefreshMs).toBe(1_500);
    expect(problemsOf({ RC_DIRECTORY_REFRESH_SECONDS: '0' })[0]).toMatch(/^RC_DIRECTORY_REFRESH_SECONDS: /);
  });
});
