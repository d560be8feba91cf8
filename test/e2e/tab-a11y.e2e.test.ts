// The Statistik tab as WCAG 2.1 AA asks (EN 301 549, the Swedish act on accessible public
// digital services): in each of Teams' three themes, at 1280 px and at 320 px (reflow), axe-core
// finds nothing, nothing scrolls sideways, every control is reached with Tab, the export keeps
// the keyboard focus, the live region says what loaded, and no request leaves the bot's origin.
// Outside Teams `?theme=` puts the tab in a theme through the same applyTheme as Teams' handler.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GVL, ROOT, startTabWorld, type TabWorld } from './tab-world.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const THEMES = ['default', 'dark', 'contrast'] as const;
const WIDTHS = [1280, 320] as const;
const SCREENSHOTS: Record<(typeof THEMES)[number], string> = { default: 'tab-light.png', dark: 'tab-dark.png', contrast: 'tab-contrast.png' };
/** Every control of the page, in tab order (the default period is a year, which has no quarter or month to pick). */
const CONTROLS = ['centre', 'kind', 'year', 'export', 'sector-toggle', 'violence-toggle', 'age-toggle'];

let world: TabWorld;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  world = await startTabWorld();
  page = world.page;
  page.on('request', (request) => requests.push(request.url()));
}, 120_000);

afterAll(async () => {
  await world?.close();
});

async function open(query: string): Promise<void> {
  await page.goto(`${world.bot.botUrl}/tab/index.html?${query}`);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 15_000 });
}

/** axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now; one line per failing node. */
async function axeViolations(): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_21_AA)} } })
    .then((r) => r.violations.flatMap((v) => v.nodes.map((n) => v.id + ': ' + n.target.join(' ') + ' — ' + n.failureSummary)))`)) as string[];
  return violations;
}

/** WCAG 1.4.10: the page is no wider than the window. */
async function overflow(): Promise<{ scrollWidth: number; innerWidth: number }> {
  return (await page.evaluate('({ scrollWidth: document.documentElement.scrollWidth, innerWidth })')) as { scrollWidth: number; innerWidth: number };
}

/** Pixels of the canvas painted exactly in the theme's bar colour (tab.css --chart-bar). */
async function barPixels(canvasId: string): Promise<number> {
  return (await page.evaluate(`(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--chart-bar)';
    document.body.append(probe);
    const [r, g, b] = getComputedStyle(probe).color.match(/\\d+/g).map(Number);
    probe.remove();
    const c = document.getElementById(${JSON.stringify(canvasId)});
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] === r && d[i + 1] === g && d[i + 2] === b && d[i + 3] === 255) n++;
    return n;
  })()`)) as number;
}

const focused = async () => (await page.evaluate('document.activeElement === document.body ? "<body>" : (document.activeElement?.id || document.activeElement?.tagName)')) as string;

describe('the Statistik tab is accessible in every Teams theme and width', () => {
  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      it(`${theme} at ${width} px: axe finds nothing (charts and tables), no sideways scrolling, every control by keyboard, export keeps focus`, async () => {
        await page.setViewportSize({ width, height: 900 });
        await open(`theme=${theme}`);
        expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
        // The live region says what loaded.
        expect(await page.textContent('#status')).toBe('Statistik för 2026 visas (Alla resurscentrum).');
        // The charts are painted in the theme's colours.
        for (const chart of ['sector-chart', 'violence-chart', 'age-chart']) expect(await barPixels(chart), `${chart} in ${theme}`).toBeGreaterThan(100);

        const withCharts = await axeViolations();
        expect(withCharts).toEqual([]);
        const size = await overflow();
        expect(size.scrollWidth, `page ${size.scrollWidth} px wide in a ${size.innerWidth} px window`).toBeLessThanOrEqual(size.innerWidth);

        // Keyboard only: from the top, Tab reaches every control in order; Space on a toggle shows the table.
        await page.evaluate('document.activeElement?.blur(); window.scrollTo(0, 0)');
        const order: string[] = [];
        for (let i = 0; i < CONTROLS.length; i++) {
          await page.keyboard.press('Tab');
          order.push(await focused());
        }
        expect(order).toEqual(CONTROLS);
        for (const id of ['sector', 'violence', 'age']) {
          await page.focus(`#${id}-toggle`);
          await page.keyboard.press('Space');
          expect(await focused()).toBe(`${id}-toggle`);
          expect(await page.getAttribute(`#${id}-toggle`, 'aria-pressed')).toBe('true');
          expect(await page.isVisible(`#${id}-table`)).toBe(true);
        }
        const withTables = await axeViolations();
        expect(withTables).toEqual([]);
        const tableSize = await overflow();
        expect(tableSize.scrollWidth).toBeLessThanOrEqual(tableSize.innerWidth);

        // Export with Enter: the file comes, the focus stays on the button, the live region says so.
        await page.focus('#export');
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.keyboard.press('Enter')]);
        expect(download.suggestedFilename()).toMatch(/\.csv$/);
        await page.waitForFunction(`document.querySelector('#status').textContent === 'CSV-filen är skapad.'`);
        expect(await focused()).toBe('export');
        const afterExport = await focused();

        // One centre's exact figures (the coverage list, no hidden cells): axe again, and the picture for docs/.
        await open(`theme=${theme}&scope=rc:${GVL}`);
        const oneCentre = await axeViolations();
        expect(oneCentre).toEqual([]);
        if (width === 1280) await page.screenshot({ path: join(ROOT, 'docs', SCREENSHOTS[theme]), fullPage: true });
        console.log(`[a11y] ${theme} ${width}px: axe ${withCharts.length}/${withTables.length}/${oneCentre.length} violations (charts/tables/one centre), width ${size.scrollWidth}/${size.innerWidth} and ${tableSize.scrollWidth}/${tableSize.innerWidth}, tab order ${order.join(' → ')}, focus after export: ${afterExport}`);
      });
    }
  }

  it('the tables carry the charts\' figures, hidden cells written "<5" as in chat', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open('theme=default');
    await page.click('#sector-toggle');
    const rows = await page.$$eval('#sector-table tbody tr', (trs) => trs.map((tr) => tr.textContent));
    expect(rows).toContain('Polis<5');
    expect(rows).toContain('Socialtjänst8');
    expect(await page.getAttribute('#sector-table tr[data-indicator="ga2.sector.police"]', 'data-hidden')).toBe('true');
    expect(await page.textContent('#sector-table caption')).toBe('Ärenden per sektor');
    expect(await page.isHidden('#sector-chart')).toBe(true);
  });

  it('follows the browser outside Teams: dark colour scheme, forced colours, and back, as they change', async () => {
    await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'none' });
    await open(`scope=rc:${GVL}`);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.emulateMedia({ forcedColors: 'active' });
    await page.waitForFunction(`document.documentElement.dataset.theme === 'contrast'`);
    expect(await axeViolations()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await page.waitForFunction(`document.documentElement.dataset.theme === 'default'`);
  });

  it('asks nothing of any origin but the bot: teams-js reads its valid domains from the bot, the favicon is there', async () => {
    const origin = new URL(world.bot.botUrl).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(requests).toContain(`${origin}/tab/valid-domains.json`);
    const list = (await (await fetch(`${origin}/tab/valid-domains.json`)).json()) as { validOrigins: string[] };
    expect(list.validOrigins).toContain('teams.microsoft.com');
    const icon = await fetch(`${origin}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/png');
    expect((await fetch(`${origin}/tab/favicon.png`)).status).toBe(200);
  });
});
