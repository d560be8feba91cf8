import { readFile } from 'node:fs/promises';
import { commandFor, parseIntent } from '../../bot/intents.js';
import { MENU_ROWS } from '../../bot/menu/menu-table.js';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_TEAMS_APP_ID,
  fillTemplate,
  loadBundledSchema,
  placeholderValues,
  readPackageConfig,
  validateAgainstBundledSchema,
  type PackageConfig,
} from '../../scripts/package-app.js';
import { manifestDir } from '../../scripts/app-package/paths.js';
import { escapeLoneBrackets } from '../../scripts/app-package/schema-repair.js';

const BOT_ID = '0f6c2d8e-1a2b-4c3d-8e9f-0123456789ab';
const BOT_DOMAIN = 'rc-bot.test.example.se';
const config: PackageConfig = { botId: BOT_ID, botDomain: BOT_DOMAIN, teamsAppId: DEFAULT_TEAMS_APP_ID };

// Loose view of the filled manifest, enough to read back what the test set.
interface Manifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  name: { short: string; full?: string };
  developer: { websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: Array<{ languageTag: string; file: string }> };
  bots: Array<{ botId: string; scopes: string[]; supportsFiles: boolean; isNotificationOnly: boolean; commandLists: Array<{ scopes: string[]; commands: Array<{ title: string }> }> }>;
  staticTabs: Array<{ entityId: string; name: string; contentUrl: string; scopes: string[] }>;
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
  permissions: string[];
}

async function templateText(): Promise<string> {
  return readFile(join(manifestDir(), 'manifest.template.json'), 'utf8');
}

async function filledManifest(): Promise<Manifest> {
  return fillTemplate(await templateText(), placeholderValues(config)) as Manifest;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('manifest template', () => {
  it('names a bundled schema whose version matches manifestVersion', async () => {
    const template = JSON.parse(await templateText()) as Manifest;
    const version = /\/teams\/v([\d.]+)\/MicrosoftTeams\.schema\.json$/.exec(template.$schema)?.[1];
    expect(version).toBe(template.manifestVersion);
    await expect(loadBundledSchema(template.$schema)).resolves.toMatchObject({ type: 'object' });
  });

  it('is valid once filled, with every placeholder replaced', async () => {
    const manifest = await filledManifest();
    expect(await validateAgainstBundledSchema(manifest)).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('${{');

    expect(manifest.id).toBe(DEFAULT_TEAMS_APP_ID);
    expect(manifest.bots[0]?.botId).toBe(BOT_ID);
    expect(manifest.webApplicationInfo).toEqual({ id: BOT_ID, resource: `api://${BOT_DOMAIN}/${BOT_ID}` });
    expect(manifest.validDomains).toEqual([BOT_DOMAIN]);
    expect(manifest.developer).toMatchObject({
      websiteUrl: `https://${BOT_DOMAIN}/`,
      privacyUrl: `https://${BOT_DOMAIN}/privacy`,
      termsOfUseUrl: `https://${BOT_DOMAIN}/terms`,
    });
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({ entityId: 'dashboard', name: 'Statistik', contentUrl: `https://${BOT_DOMAIN}/tab/index.html`, scopes: ['personal'] }),
    ]);
    expect(manifest.permissions).toEqual(['identity', 'messageTeamMembers']);
  });

  it('is Swedish by default with an English localization', async () => {
    const manifest = await filledManifest();
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'sv-SE',
      additionalLanguages: [{ languageTag: 'en-US', file: 'en-US.json' }],
    });
    expect(manifest.name.short).toBe('RC-boten');
    const bot = manifest.bots[0];
    expect(bot).toMatchObject({ scopes: ['personal', 'team', 'groupChat'], supportsFiles: false, isNotificationOnly: false });
    const titles = bot?.commandLists.flatMap((list) => list.commands.map((c) => c.title));
    // Every command Teams offers is one the bot understands (the placeholder filled in as a person would).
    expect(titles?.length).toBeGreaterThan(0);
    for (const title of titles ?? []) expect(parseIntent(title.replace('<kommun>', 'Kiruna')).kind, title).not.toBe('unknown');
  });

  it("lists, in each scope, the typed command of every button the menu offers there (Teams' own command menu)", async () => {
    const lists = (await filledManifest()).bots[0]?.commandLists ?? [];
    for (const [scope, manifestScope] of [['personal', 'personal'], ['channel', 'team'], ['groupChat', 'groupChat']] as const) {
      const titles = lists.filter((l) => l.scopes.includes(manifestScope)).flatMap((l) => l.commands.map((c) => c.title));
      expect(titles, manifestScope).toContain('hjälp');
      const offered = MENU_ROWS.filter((r) => r.scopes.includes(scope) && !r.commandOnly).flatMap((r) => commandFor(r.verb, 'sv') ?? []);
      for (const command of offered) expect(titles, `${command} in ${manifestScope}`).toContain(command);
    }
  });

  it('has an English localization file valid against the same schema version', async () => {
    const manifest = await filledManifest();
    const english = JSON.parse(await readFile(join(manifestDir(), 'en-US.json'), 'utf8')) as Record<string, string>;
    expect(english.$schema).toBe(manifest.$schema.replace('MicrosoftTeams.schema.json', 'MicrosoftTeams.Localization.schema.json'));
    expect(await validateAgainstBundledSchema(english)).toEqual([]);
    expect(english['name.short']).toBe('RC bot');
  });
});

describe('schema validation', () => {
  it('reports the schema’s own messages for a broken manifest', async () => {
    const manifest = await filledManifest();
    manifest.name.short = 'R'.repeat(40);
    manifest.id = 'not-a-guid';
    manifest.bots[0]?.scopes.push('channel');

    const errors = await validateAgainstBundledSchema(manifest);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/name/short must NOT have more than 30 characters'),
        expect.stringContaining('/id must match pattern "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$"'),
        expect.stringMatching(/^\/bots\/0\/scopes\/3 must be equal to one of the allowed values.*"team","personal","groupChat","copilot"/),
      ]),
    );
    expect(errors).toHaveLength(3);
  });

  it('reports broken localization files, which needs the repaired bundled schema', async () => {
    const english = JSON.parse(await readFile(join(manifestDir(), 'en-US.json'), 'utf8')) as Record<string, string>;
    english['name.short'] = 'E'.repeat(31);
    english['name.nickname'] = 'x';
    const errors = await validateAgainstBundledSchema(english);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/name.short must NOT have more than 30 characters'),
        expect.stringContaining('must NOT have additional properties. Details: {"additionalProperty":"name.nickname"}'),
      ]),
    );
  });

  it('never goes to the network for a schema it does not bundle', async () => {
    const fetchSpy = vi.fn(() => Promise.reject(new Error('network used')));
    vi.stubGlobal('fetch', fetchSpy);
    const manifest = await filledManifest();

    const unbundled = { ...manifest, $schema: 'https://developer.microsoft.com/json-schemas/teams/v9.9/MicrosoftTeams.schema.json' };
    expect(await validateAgainstBundledSchema(unbundled)).toEqual([
      expect.stringMatching(/^\$schema version v9\.9 is not bundled .*newest bundled: v1\.\d+.*will not be fetched/),
    ]);
    const foreign = { ...manifest, $schema: 'https://example.com/MicrosoftTeams.schema.json' };
    expect(await validateAgainstBundledSchema(foreign)).toEqual([expect.stringContaining('will not be fetched')]);
    const { $schema: _dropped, ...schemaless } = manifest;
    expect(await validateAgainstBundledSchema(schemaless)).toEqual([expect.stringContaining('$schema is missing')]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('accepts the localized URL form developer.microsoft.com/en-us/json-schemas/…', async () => {
    const schema = await loadBundledSchema('https://developer.microsoft.com/en-us/json-schemas/teams/v1.22/MicrosoftTeams.schema.json');
    expect(schema).toMatchObject({ properties: { manifestVersion: { const: '1.22' } } });
  });

  it('escapes only brackets that close no character class', () => {
    expect(escapeLoneBrackets('^a\\[\\b([0-9]|1[01])\\b]\\.x$')).toBe('^a\\[\\b([0-9]|1[01])\\b\\]\\.x$');
    expect(escapeLoneBrackets('[\\]a]b\\]')).toBe('[\\]a]b\\]');
  });
});

describe('fillTemplate', () => {
  it('refuses a template with a placeholder it has no value for', () => {
    expect(() => fillTemplate('{"a":"${{BOT_ID}}","b":"${{REGION}}"}', { BOT_ID: BOT_ID })).toThrow(
      'The template uses placeholders with no value: ${{REGION}}',
    );
  });

  it('keeps values inside their JSON string', () => {
    expect(fillTemplate('{"a":"x-${{V}}-y"}', { V: 'say "hi"\\' })).toEqual({ a: 'x-say "hi"\\-y' });
  });
});

describe('readPackageConfig', () => {
  it('reads BOT_ID, BOT_DOMAIN and defaults TEAMS_APP_ID', () => {
    expect(readPackageConfig({ BOT_ID, BOT_DOMAIN: 'RC-Bot.Example.se' })).toEqual({
      ok: true,
      config: { botId: BOT_ID, botDomain: 'rc-bot.example.se', teamsAppId: DEFAULT_TEAMS_APP_ID },
    });
  });

  it('falls back to MicrosoftAppId and honours TEAMS_APP_ID', () => {
    const teamsAppId = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
    expect(readPackageConfig({ MicrosoftAppId: BOT_ID, BOT_DOMAIN, TEAMS_APP_ID: teamsAppId })).toEqual({
      ok: true,
      config: { botId: BOT_ID, botDomain: BOT_DOMAIN, teamsAppId },
    });
  });

  it("puts the tab's own sign-on app into webApplicationInfo when TAB_APP_ID is set", async () => {
    const tabAppId = 'bbbbbbbb-cccc-dddd-eeee-ffffffffffff';
    const read = readPackageConfig({ BOT_ID, BOT_DOMAIN, TAB_APP_ID: tabAppId });
    expect(read).toEqual({ ok: true, config: { botId: BOT_ID, botDomain: BOT_DOMAIN, teamsAppId: DEFAULT_TEAMS_APP_ID, tabAppId } });
    const manifest = fillTemplate(await templateText(), placeholderValues(read.ok ? read.config : config)) as Manifest;
    expect(manifest.webApplicationInfo).toEqual({ id: tabAppId, resource: `api://${BOT_DOMAIN}/${tabAppId}` });
    expect(readPackageConfig({ BOT_ID, BOT_DOMAIN, TAB_APP_ID: 'nope' })).toEqual({ ok: false, errors: [expect.stringMatching(/^TAB_APP_ID must be a GUID/)] });
  });

  it('gives one line per missing or invalid value', () => {
    const missing = readPackageConfig({ MicrosoftAppId: '  ' });
    expect(missing).toEqual({
      ok: false,
      errors: [
        "BOT_ID is missing: set BOT_ID (or MicrosoftAppId) to the bot's Microsoft App ID, a GUID.",
        'BOT_DOMAIN is missing: set it to the public host name of the bot server, e.g. rc-bot.example.se.',
      ],
    });
    const invalid = readPackageConfig({ BOT_ID: '1234', BOT_DOMAIN: 'https://rc-bot.example.se', TEAMS_APP_ID: 'x' });
    expect(invalid.ok ? [] : invalid.errors).toEqual([
      'BOT_ID must be a GUID like 00000000-0000-0000-0000-000000000000, got "1234".',
      expect.stringMatching(/^BOT_DOMAIN must be a host name without scheme, port or path.*remove the scheme/),
      expect.stringMatching(/^TEAMS_APP_ID must be a GUID/),
    ]);
  });

  it.each([
    ['rc-bot.example.se/api', 'remove the path'],
    ['rc-bot.example.se:443', 'remove the port'],
    ['localhost', 'fully qualified'],
    ['rc_bot.example.se', 'not a valid host name'],
    ['10.0.0.1', 'not an IP address'],
  ])('rejects BOT_DOMAIN %s', (domain, reason) => {
    const result = readPackageConfig({ BOT_ID, BOT_DOMAIN: domain });
    expect(result.ok ? [] : result.errors).toEqual([expect.stringContaining(reason)]);
  });

  it('refuses two different bot ids', () => {
    const other = '99999999-8888-4777-8666-555555555555';
    const result = readPackageConfig({ BOT_ID, MicrosoftAppId: other, BOT_DOMAIN });
    expect(result.ok ? [] : result.errors).toEqual([`BOT_ID (${BOT_ID}) and MicrosoftAppId (${other}) differ: set only one, or make them equal.`]);
  });
});
