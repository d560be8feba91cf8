// The "Statistik" tab end to end: the real bot in-process serves the built tab (dist/tab) and
// the statistics API; headless Chromium opens the tab outside Teams (local mode, no token),
// picks Gävleborg, and the charts, key numbers, coverage and the CSV export agree with the
// consultations seeded through the consultation service.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotUnderTest } from '../helpers/bot-under-test.js';
import { CASES, GVL, LOGGED, READY, ROOT, startTabWorld, SUBMITTED, UNREACHED, type TabWorld } from './tab-world.js';

const SCREENSHOT = join(ROOT, 'docs', 'tab-dashboard.png');

/** Whether a canvas has anything drawn on it (Chart.js draws the axes and bars into it). */
async function drawnPixels(selector: string): Promise<number> {
  return page.$eval(selector, (canvas) => {
    // The check's tsconfig has no DOM library: just the canvas calls used here.
    const c = canvas as unknown as { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } };
    if (c.width === 0 || c.height === 0) return 0;
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });
}

/** RFC 4180 with semicolons: quoted cells may hold ; and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\r\n')) {
    if (line === '') continue;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
        else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ';') cells.push(cell), (cell = '');
      else cell += ch;
    }
    cells.push(cell);
    rows.push(cells);
  }
  return rows;
}

let world: TabWorld;
let bot: BotUnderTest;
let page: Page;

beforeAll(async () => {
  world = await startTabWorld();
  ({ bot, page } = world);
}, 120_000);

afterAll(async () => {
  await world?.close();
});

describe('the Statistik tab outside Teams (local mode)', () => {
  it('loads standalone, in Swedish, with every centre and the current year preselected', async () => {
    await page.goto(`${bot.botUrl}/tab/index.html`);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 15_000 });
    expect(await page.getAttribute('body', 'data-host')).toBe('standalone');
    expect(await page.textContent('h1')).toBe('Statistik');
    expect(await page.inputValue('#centre')).toBe('all');
    const centres = await page.$$eval('#centre option', (os) => os.map((o) => o.textContent));
    expect(centres[0]).toBe('Alla resurscentrum');
    expect(centres).toContain('Resurscentrum Gävleborg (Barnahus Gävleborg)');
    expect(await page.inputValue('#kind')).toBe('year');
    expect(await page.inputValue('#year')).toBe('2026');
    expect(await page.textContent('#period-label')).toContain('2026');
  });

  it('shows Gävleborg: the seeded case count, three drawn bar charts, and the coverage with the municipalities not reached', async () => {
    await page.selectOption('#centre', `rc:${GVL}`);
    await page.waitForFunction(READY + ` && document.querySelector('#coverage-value')?.textContent?.includes('av 10')`, undefined, { timeout: 15_000 });
    expect(await page.textContent('[data-indicator="ga2.cases"] .key-value')).toBe(String(CASES));
    const contacts = LOGGED.reduce((sum, f) => sum + Number(f.contacts), 0) + SUBMITTED;
    expect(await page.textContent('[data-indicator="ga2.contacts"] .key-value')).toBe(String(contacts));
    // Local mode sees the RC as its coordinators do: exact medians (1, 2 and 3 hours to claim).
    expect(await page.textContent('[data-indicator="ga2.hours_to_claim.median"] .key-value')).toBe('2,0 tim');

    for (const chart of ['#sector-chart', '#violence-chart', '#age-chart']) {
      expect(await drawnPixels(chart), chart).toBeGreaterThan(500);
    }
    expect(await page.getAttribute('#sector-chart', 'aria-label')).toContain('Socialtjänst 8');
    expect(await page.getAttribute('#age-chart', 'aria-label')).toContain('13–17 år 9');
    expect(await page.textContent('#violence-note')).toBe('En fråga kan gälla flera former, så andelarna kan summera till mer än 100 %.');

    expect(await page.textContent('#coverage-value')).toBe('6 av 10 kommuner');
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    // The API names the municipalities (report.coverage.missing); the report's own `unreached` holds only their codes.
    const missing = await page.$$eval('#coverage-missing li', (lis) => lis.map((li) => li.textContent));
    expect([...missing].sort()).toEqual([...UNREACHED].sort());
  });

  it('the national view hides small counts: no bar for them, listed as "<5"', async () => {
    await page.selectOption('#centre', 'all');
    await page.waitForFunction(READY + ` && document.querySelector('#coverage-value')?.textContent === '–'`, undefined, { timeout: 15_000 });
    expect(await page.textContent('[data-indicator="ga2.cases"] .key-value')).toBe(String(CASES));
    // Health care (1 case) is a small count; police (2) too. Neither may be drawn as a number.
    const hidden = await page.$$eval('#suppressed-list li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(hidden).toContain('Hälso- och sjukvård: <5');
    expect(hidden).toContain('Polis: <5');
    expect(await page.textContent('#sector-hidden')).toContain('Polis <5');
    const label = (await page.getAttribute('#sector-chart', 'aria-label')) ?? '';
    expect(label).toContain('Polis <5');
    expect(label).not.toMatch(/Polis \d/);
    await page.selectOption('#centre', `rc:${GVL}`);
    await page.waitForFunction(READY + ` && document.querySelector('#coverage-value')?.textContent?.includes('av 10')`);
  });

  it('exports the same figures as a CSV file: UTF-8 with a BOM, semicolons, the page\'s case count', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.click('#export')]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['RC', 'Period', 'Målområde', 'Indikator', 'Benämning', 'Värde']);
    for (const row of rows) expect(row).toHaveLength(6);
    // The code for spreadsheets beside its Swedish name for people.
    const casesRow = rows.find((r) => r[3] === 'ga2.cases');
    expect(casesRow, text).toBeDefined();
    expect(casesRow![0]).toBe('Resurscentrum Gävleborg (Barnahus Gävleborg)');
    expect(casesRow![1]).toBe('2026');
    expect(casesRow![4]).toBe('Ärenden');
    const onPage = await page.textContent('[data-indicator="ga2.cases"] .key-value');
    expect(casesRow![5]).toBe(onPage);
    expect(Number(casesRow![5])).toBe(CASES);
    expect(rows.filter((r) => r.length === 6 && /\bga\d\.|_/.test(r[4] ?? ''))).toEqual([]);
  });

  it('says in Swedish when the server refuses the period', async () => {
    await page.goto(`${bot.botUrl}/tab/index.html?scope=rc:${GVL}&period=year:1999`);
    await page.waitForSelector('body[data-state="error"]', { timeout: 15_000 });
    expect(await page.textContent('#status')).toBe('Perioden går inte att visa. Välj en annan period.');
    expect(await page.isHidden('#results')).toBe(true);
  });

  it('speaks English with ?lang=en', async () => {
    await page.goto(`${bot.botUrl}/tab/index.html?lang=en&scope=rc:${GVL}&period=quarter:2026:3`);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 15_000 });
    expect(await page.textContent('h1')).toBe('Statistics');
    expect(await page.textContent('#coverage-value')).toBe('6 of 10 municipalities');
    expect(await page.textContent('[data-indicator="ga2.cases"] .key-label')).toBe('Cases');
    expect(await page.textContent('[data-indicator="ga2.contacts.mean"] .key-label')).toBe('Contacts per case (mean)');
    expect(await page.textContent('[data-indicator="ga2.transfers.sent"] .key-value')).toBe('0');
  });

  it('does not hang inside a frame whose parent is not Teams (app.initialize never settles there)', async () => {
    await page.goto(`${bot.botUrl}/privacy`);
    const src = `${bot.botUrl}/tab/index.html?scope=rc:${GVL}&period=quarter:2026:3`;
    await page.setContent(`<!doctype html><iframe src="${src}" style="width:1200px;height:800px"></iframe>`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame!.waitForSelector('body[data-state="ready"]', { timeout: 10_000 });
    expect(await frame!.getAttribute('body', 'data-host')).toBe('standalone');
    expect(await frame!.textContent('[data-indicator="ga2.cases"] .key-value')).toBe(String(CASES));
  });
});
