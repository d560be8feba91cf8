// The Bicep templates cannot be compiled or deployed here (no Bicep compiler, no Azure), so
// these tests hold them to the code: app setting names against the configuration schema, the
// health path against the server, the runtime and start command against package.json, the
// bot's managed identity, keyless Cosmos DB and Application Insights, and no secrets anywhere.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { botNodeCommand } from '../../scripts/bot-node-flags.js';
import { loadConfig, SETTING_NAMES } from '../../services/config.js';
import {
  deployFiles,
  literalValues,
  objectAfter,
  plainValues,
  read,
  resources,
  ROOT,
  topLevelEntries,
  withoutComments,
} from './bicep-text.js';

const main = () => read('deploy/main.bicep');
const moduleFiles = () => deployFiles().filter((f) => f.startsWith('deploy/modules/') && f.endsWith('.bicep'));
const allBicep = () => ['deploy/main.bicep', ...moduleFiles()];

/** App settings the platform reads, not the bot: each with the reason it is there. */
const PLATFORM_SETTINGS: Record<string, string> = {
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'the uploaded zip is already built; App Service must not run npm install',
};

/** Stand-ins for settings whose value is an expression only Azure can evaluate. */
const SAMPLES: Record<string, string> = {
  MicrosoftAppId: '11111111-1111-1111-1111-111111111111',
  MicrosoftAppTenantId: '22222222-2222-2222-2222-222222222222',
  COSMOS_ENDPOINT: 'https://rc-bot-x.documents.azure.com:443/',
  COSMOS_DATABASE: 'rc-bot',
  PUBLIC_BASE_URL: 'https://rc-bot-x.azurewebsites.net',
  TAB_APP_ID: '33333333-3333-3333-3333-333333333333',
  RC_ADMIN_IDS: '44444444-4444-4444-4444-444444444444',
  RC_RETENTION_DAYS: '180',
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://example.in.applicationinsights.azure.com/',
};

const appSettings = () => topLevelEntries(objectAfter(main(), 'var appSettings ='));

/** What the web app's environment would be: literals as written, expressions as samples. */
function environmentFromTemplate(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, expression] of appSettings()) {
    const literal = /^'([^'$]*)'$/.exec(expression)?.[1];
    const value = literal ?? SAMPLES[name];
    if (value === undefined) throw new Error(`add a sample value for app setting ${name} (set to ${expression})`);
    env[name] = value;
  }
  return env;
}

const SECRET_PATTERNS: Array<[string, RegExp]> = [
  ['an account key in a connection string', /AccountKey\s*=/i],
  ['a shared access key', /SharedAccessKey/i],
  ['a password value', /password\s*[:=]\s*['"][^'"\s]+/i],
  ['a client secret', /client[_-]?secret/i],
  ['a bot app password', /MicrosoftAppPassword/],
  ['a Cosmos DB key setting', /COSMOS_KEY/],
  ['a key read out of a resource', /\blist(Keys|ConnectionStrings|Secrets)\s*\(/i],
  ['a Cosmos DB master key', /(primary|secondary)MasterKey/i],
  ['a private key', /-----BEGIN [A-Z ]*PRIVATE KEY/],
  ['a secure parameter (nothing here may need one)', /@secure\(\)/],
  ['a stored GitHub secret', /\$\{\{\s*secrets\./],
  ['a base64 key', /(?=[A-Za-z0-9+/]*\d)(?=[A-Za-z0-9+/]*[A-Z])(?=[A-Za-z0-9+/]*[a-z])[A-Za-z0-9+/]{40,}={0,2}/],
];

function secretsIn(text: string): string[] {
  return SECRET_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([what]) => what);
}

describe('deployment templates', () => {
  it('declare every resource the bot needs, each with a dated API version cited in a comment', () => {
    const declared = allBicep().flatMap((file) => resources(read(file)).map((r) => ({ ...r, file })));
    expect(new Set(declared.map((r) => r.type))).toEqual(
      new Set([
        'Microsoft.ManagedIdentity/userAssignedIdentities',
        'Microsoft.OperationalInsights/workspaces',
        'Microsoft.Insights/components',
        'Microsoft.Authorization/roleAssignments',
        'Microsoft.DocumentDB/databaseAccounts',
        'Microsoft.DocumentDB/databaseAccounts/sqlDatabases',
        'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers',
        'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments',
        'Microsoft.Web/serverfarms',
        'Microsoft.Web/sites',
        'Microsoft.Web/sites/basicPublishingCredentialsPolicies',
        'Microsoft.Insights/diagnosticSettings',
        'Microsoft.BotService/botServices',
        'Microsoft.BotService/botServices/channels',
        'Microsoft.Graph/applications',
        'Microsoft.Graph/servicePrincipals',
      ]),
    );
    for (const r of declared) {
      expect(r.apiVersion, `${r.file} ${r.type}`).toMatch(/^(\d{4}-\d{2}-\d{2}(-preview)?|v1\.0)$/);
      // The comment that says where the version was looked up names it.
      expect(read(r.file), `${r.file} cites ${r.type}'s API version`).toMatch(new RegExp(`@${r.apiVersion.replace(/\./g, '\\.')}`));
    }
    for (const file of moduleFiles()) expect(read(file), file).toMatch(/https:\/\/learn\.microsoft\.com\//);
    // Previews only where the reference offers nothing else.
    expect(declared.filter((r) => r.apiVersion.endsWith('-preview')).map((r) => r.type)).toEqual(['Microsoft.Insights/diagnosticSettings']);
  });

  it('use modules that exist, and a parameters file that sets only parameters main.bicep declares', () => {
    const modules = [...withoutComments(main()).matchAll(/^module\s+\w+\s+'([^']+)'/gm)].map((m) => m[1]!);
    expect(modules.length).toBeGreaterThanOrEqual(6);
    for (const m of modules) expect(existsSync(join(ROOT, 'deploy', m)), m).toBe(true);
    const declared = new Set([...withoutComments(main()).matchAll(/^param\s+(\w+)\s/gm)].map((m) => m[1]!));
    const params = read('deploy/main.bicepparam');
    expect(params).toMatch(/^using '\.\/main\.bicep'$/m);
    const set = [...withoutComments(params).matchAll(/^param\s+(\w+)\s*=/gm)].map((m) => m[1]!);
    expect(set.length).toBeGreaterThan(0);
    for (const name of set) expect(declared, `main.bicepparam sets ${name}`).toContain(name);
  });

  it('give the web app only settings the configuration schema reads, and enough for production', () => {
    for (const name of appSettings().keys()) {
      if (name in PLATFORM_SETTINGS) continue;
      expect(SETTING_NAMES, `app setting ${name} is read by services/config.ts`).toContain(name);
    }
    const config = loadConfig(environmentFromTemplate());
    expect(config.mode).toBe('production');
    expect(config.bot.appType).toBe('UserAssignedMSI');
    expect(config.bot.appPassword).toBe('');
    expect(config.store).toMatchObject({ kind: 'cosmos', key: '', managedIdentityClientId: SAMPLES.MicrosoftAppId });
    expect(config.telemetryConnectionString).not.toBe('');
    expect(config.tabAppId).toBe(SAMPLES.TAB_APP_ID);
  });

  it('run the bot as its managed identity in Azure Bot, with the Teams channel', () => {
    const bot = read('deploy/modules/bot.bicep');
    expect(literalValues(bot, 'msaAppType')).toEqual(['UserAssignedMSI']);
    expect(plainValues(bot, 'msaAppMSIResourceId')).toEqual(['identityResourceId']);
    expect(plainValues(bot, 'msaAppId')).toEqual(['identityClientId']);
    expect(plainValues(bot, 'msaAppTenantId')).toEqual(['tenantId']);
    expect(literalValues(bot, 'channelName')).toEqual(['MsTeamsChannel']);
    // The identity Azure Bot trusts is the one the web app runs as and names in MicrosoftAppId.
    const botModule = objectAfter(main(), "module bot 'modules/bot.bicep'");
    expect(botModule).toMatch(/identityClientId: identity\.outputs\.clientId/);
    expect(botModule).toMatch(/identityResourceId: identity\.outputs\.id/);
    expect(botModule).toMatch(/endpoint: 'https:\/\/\$\{publicHost\}\/api\/messages'/);
    expect(appSettings().get('MicrosoftAppId')).toBe('identity.outputs.clientId');
    expect(appSettings().get('MicrosoftAppType')).toBe("'UserAssignedMSI'");
    expect(objectAfter(main(), "module web 'modules/app-service.bicep'")).toMatch(/identityId: identity\.outputs\.id/);
  });

  it('host the bot on Node 22 LTS with the server\'s health path, its start command, always on, HTTPS and TLS 1.2', () => {
    const web = read('deploy/modules/app-service.bicep');
    const healthRoute = /server\.get\('([^']+)', async \(_req, res\) => \{\s*const health = await store\.health\(\)/.exec(read('bot/server.ts'))?.[1];
    expect(healthRoute).toBe('/healthz');
    expect(literalValues(web, 'healthCheckPath')).toEqual([healthRoute]);
    expect(literalValues(web, 'linuxFxVersion')).toEqual(['NODE|22-lts']);
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    const start = scripts['start:bot']!.replace(/^npm run build && /, '');
    // The one list of the bot's Node flags (heap size, issue #14), which npm start and the benchmarks use.
    expect(start).toBe(botNodeCommand('dist/bot/main.js'));
    expect(read('scripts/start.ts')).toMatch(/spawn\(process\.execPath, \[\.\.\.BOT_NODE_FLAGS, BOT_MAIN\]/);
    expect(read('scripts/bench-turns/pair.ts')).toMatch(/flags\.rc \?\? BOT_NODE_FLAGS/);
    expect(literalValues(web, 'appCommandLine')).toEqual([start]);
    expect(read('deploy/README.md')).toContain(start);
    expect(plainValues(web, 'alwaysOn')).toEqual(['true']);
    expect(plainValues(web, 'httpsOnly')).toEqual(['true']);
    expect(literalValues(web, 'minTlsVersion')).toEqual(['1.2']);
    expect(literalValues(web, 'ftpsState')).toEqual(['Disabled']);
  });

  it('keep Cosmos DB and Application Insights keyless, with the data role for the identity', () => {
    const cosmos = read('deploy/modules/cosmos.bicep');
    expect(plainValues(cosmos, 'disableLocalAuth')).toEqual(['true']);
    expect(cosmos).toMatch(/name: 'EnableServerless'/);
    expect(cosmos).toMatch(/var dataContributor = '00000000-0000-0000-0000-000000000002'/);
    expect(cosmos).toMatch(/roleDefinitionId: '\$\{account\.id\}\/sqlRoleDefinitions\/\$\{dataContributor\}'/);
    expect(objectAfter(main(), "module cosmos 'modules/cosmos.bicep'")).toMatch(/dataContributorPrincipalId: identity\.outputs\.principalId/);
    expect(plainValues(read('deploy/modules/monitoring.bicep'), 'DisableLocalAuth')).toEqual(['true']);
  });

  it('contain no secret-looking value in templates, parameters, scripts or the workflow', () => {
    const files = [...deployFiles().filter((f) => !f.endsWith('.md')), '.github/workflows/deploy.yml'];
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) expect(secretsIn(read(file)), file).toEqual([]);
    // The detector itself finds what it is there for.
    expect(secretsIn("value: 'AccountEndpoint=https://a.documents.azure.com/;AccountKey=abc=='")).toContain('an account key in a connection string');
    expect(secretsIn("key: 'C2y6yDjf5R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=='")).toEqual(['a base64 key']);
    expect(secretsIn('password: ${{ secrets.AZURE_PASSWORD }}')).toEqual(['a stored GitHub secret']);
    expect(secretsIn("adminPassword: 'Hunter2!'")).toEqual(['a password value']);
  });
});

describe('deployment workflow', () => {
  const workflow = () => read('.github/workflows/deploy.yml');

  it('signs in with OpenID Connect and repository variables, never a stored secret', () => {
    expect(workflow()).toMatch(/id-token: write/);
    expect(workflow()).toMatch(/uses: azure\/login@v2\n\s+with:\n\s+client-id: \$\{\{ vars\.AZURE_CLIENT_ID \}\}\n\s+tenant-id: \$\{\{ vars\.AZURE_TENANT_ID \}\}\n\s+subscription-id: \$\{\{ vars\.AZURE_SUBSCRIPTION_ID \}\}/);
    expect(workflow()).not.toMatch(/\$\{\{\s*secrets\.|creds:|client-secret/);
  });

  it('builds and tests, deploys the templates after a what-if, deploys the app, then packages from the outputs', () => {
    const steps = ['run: npm ci', 'run: npm test', 'az deployment group what-if', 'az deployment group create', 'az webapp deploy', '/healthz', 'npm run package'];
    const positions = steps.map((step) => workflow().indexOf(step));
    for (const [i, step] of steps.entries()) expect(positions[i], step).toBeGreaterThanOrEqual(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(workflow()).toContain('-f deploy/main.bicep -p deploy/main.bicepparam');
    // The package is filled from exactly the outputs main.bicep declares.
    const outputs = [...withoutComments(main()).matchAll(/^output\s+(\w+)\s/gm)].map((m) => m[1]!);
    for (const [env, output] of [['BOT_ID', 'botId'], ['BOT_DOMAIN', 'botDomain'], ['TAB_APP_ID', 'tabAppId']] as const) {
      expect(outputs).toContain(output);
      expect(workflow()).toContain(`${env}: \${{ steps.infra.outputs.${output} }}`);
    }
    expect(outputs).toContain('webAppName');
  });
});
