import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assemblePackage, buildAppPackage, DEFAULT_TEAMS_APP_ID, main } from '../../scripts/package-app.js';
import { checkOutlineIcon } from '../../scripts/app-package/check-icons.js';
import { renderColorIcon, renderOutlineIcon } from '../../scripts/app-package/icons.js';
import { manifestDir } from '../../scripts/app-package/paths.js';

const BOT_ID = '0f6c2d8e-1a2b-4c3d-8e9f-0123456789ab';
const BOT_DOMAIN = 'rc-bot.test.example.se';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'rc-bot-package-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function capture(): { out: string[]; err: string[]; log: (l: string) => void; error: (l: string) => void } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, log: (l) => out.push(l), error: (l) => err.push(l) };
}

async function entryBytes(zip: JSZip, name: string): Promise<Buffer> {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is not in the zip`);
  return file.async('nodebuffer');
}

describe('package-app main', () => {
  it('writes a zip with the filled manifest, both icons and the localization at the root', async () => {
    const outFile = join(work, 'ok', 'rc-bot.zip');
    const io = capture();
    const code = await main({ BOT_ID, BOT_DOMAIN }, { outFile, log: io.log, error: io.error });

    expect(io.err).toEqual([]);
    expect(code).toBe(0);
    expect(io.out).toEqual([expect.stringMatching(/^Wrote .*rc-bot\.zip \(\d+ bytes: manifest\.json, color\.png, outline\.png, en-US\.json\)$/)]);

    const zip = await JSZip.loadAsync(await readFile(outFile));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en-US.json', 'manifest.json', 'outline.png']);

    const manifestText = (await entryBytes(zip, 'manifest.json')).toString('utf8');
    expect(manifestText).not.toContain('${{');
    const manifest = JSON.parse(manifestText) as {
      id: string;
      bots: Array<{ botId: string }>;
      validDomains: string[];
      icons: { color: string; outline: string };
      webApplicationInfo: { resource: string };
    };
    expect(manifest.id).toBe(DEFAULT_TEAMS_APP_ID);
    expect(manifest.bots[0]?.botId).toBe(BOT_ID);
    expect(manifest.validDomains).toEqual([BOT_DOMAIN]);
    expect(manifest.webApplicationInfo.resource).toBe(`api://${BOT_DOMAIN}/${BOT_ID}`);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });

    const english = JSON.parse((await entryBytes(zip, 'en-US.json')).toString('utf8')) as Record<string, string>;
    expect(english['name.short']).toBe('RC bot');

    const color = PNG.sync.read(await entryBytes(zip, 'color.png'));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(alphaValues(color)).toEqual(new Set([255]));

    const outline = PNG.sync.read(await entryBytes(zip, 'outline.png'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(alphaValues(outline)).toEqual(new Set([0, 255]));
    expect(nonWhiteVisiblePixels(outline)).toBe(0);
  });

  it('fails with one line per problem and writes nothing when BOT_ID is missing', async () => {
    const outFile = join(work, 'missing', 'rc-bot.zip');
    const io = capture();
    const code = await main({ BOT_DOMAIN: 'https://rc-bot.example.se/' }, { outFile, log: io.log, error: io.error });

    expect(code).toBe(1);
    expect(io.err).toEqual([
      "BOT_ID is missing: set BOT_ID (or MicrosoftAppId) to the bot's Microsoft App ID, a GUID.",
      expect.stringContaining('BOT_DOMAIN must be a host name without scheme, port or path'),
    ]);
    expect(io.out).toEqual([]);
    expect(existsSync(outFile)).toBe(false);
  });

  it('refuses to package a template the schema rejects, printing the schema messages', async () => {
    const dir = join(work, 'broken-manifest');
    await cp(manifestDir(), dir, { recursive: true, filter: (src) => !src.startsWith(join(manifestDir(), 'build')) });
    const template = JSON.parse(await readFile(join(dir, 'manifest.template.json'), 'utf8')) as { name: { short: string } };
    template.name.short = 'RC-boten för resurscentra mot hedersvåld';
    await writeFile(join(dir, 'manifest.template.json'), JSON.stringify(template));
    const outFile = join(work, 'broken', 'rc-bot.zip');
    const io = capture();

    const code = await main({ BOT_ID, BOT_DOMAIN }, { manifestDir: dir, outFile, log: io.log, error: io.error });

    expect(code).toBe(1);
    expect(io.err).toEqual([
      'The Teams app package was not written:',
      '  manifest.json: /name/short must NOT have more than 30 characters. Details: {"limit":30}',
    ]);
    expect(existsSync(outFile)).toBe(false);
  });

  it('refuses a package whose outline icon is not white on transparent', async () => {
    const dir = join(work, 'broken-icon');
    await cp(manifestDir(), dir, { recursive: true, filter: (src) => !src.startsWith(join(manifestDir(), 'build')) });
    const outline = renderOutlineIcon();
    outline.data.fill(128);
    await writeFile(join(dir, 'outline.png'), PNG.sync.write(outline));

    const result = await assemblePackage(dir, { botId: BOT_ID, botDomain: BOT_DOMAIN, teamsAppId: DEFAULT_TEAMS_APP_ID });
    expect(result).toEqual({
      ok: false,
      errors: ['outline.png must have a transparent background.', 'outline.png must be white on transparent: 1024 pixels have another colour.'],
    });
  });
});

describe('buildAppPackage', () => {
  it('does not depend on the clock, so identical inputs give identical bytes', async () => {
    const files = [{ name: 'a.txt', data: 'x' }];
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-01-01T10:00:00Z'));
      const first = await buildAppPackage({ a: 1 }, files);
      vi.setSystemTime(new Date('2031-06-15T17:31:07Z'));
      expect((await buildAppPackage({ a: 1 }, files)).equals(first)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects entries outside the zip root', async () => {
    await expect(buildAppPackage({}, [{ name: 'icons/color.png', data: 'x' }])).rejects.toThrow('must be a file name at the zip root');
    await expect(buildAppPackage({}, [{ name: 'manifest.json', data: '{}' }])).rejects.toThrow('listed twice');
  });
});

describe('icons', () => {
  it('are the committed PNGs that scripts/make-icons.ts draws', async () => {
    const committedColor = PNG.sync.read(await readFile(join(manifestDir(), 'color.png')));
    const committedOutline = PNG.sync.read(await readFile(join(manifestDir(), 'outline.png')));
    expect(committedColor.data.equals(renderColorIcon().data)).toBe(true);
    expect(committedOutline.data.equals(renderOutlineIcon().data)).toBe(true);
  });

  it('flag an outline icon with a coloured pixel', () => {
    const png = renderOutlineIcon();
    png.data.set([255, 0, 0, 255], 0);
    expect(checkOutlineIcon('outline.png', PNG.sync.write(png))).toEqual([
      'outline.png must be white on transparent: 1 pixels have another colour.',
    ]);
  });
});

function alphaValues(png: PNG): Set<number> {
  const values = new Set<number>();
  for (let i = 3; i < png.data.length; i += 4) values.add(png.data[i] ?? -1);
  return values;
}

function nonWhiteVisiblePixels(png: PNG): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i + 3] !== 0 && (png.data[i] !== 255 || png.data[i + 1] !== 255 || png.data[i + 2] !== 255)) count++;
  }
  return count;
}
