// The Statistik tab's test world: the real bot in-process serving the built tab (dist/tab)
// and the statistics API, consultations seeded through the consultation service, and headless
// Chromium with its calendar on 15 October 2026. Shared by the tab's functional and
// accessibility tests, each of which starts its own.
import { validInput } from '../fixtures/consultations.js';
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { actor } from '../helpers/actors.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { startBotUnderTest, type BotUnderTest } from '../helpers/bot-under-test.js';
import { launchBrowser } from './browser.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const GVL = 'resurscentrum-gavleborg';
const COORDINATOR = actor({ id: '29:gvl-coordinator', aadObjectId: 'aad-gvl-coordinator', name: 'Samordnare Gävleborg' }, { coordinatorOf: [GVL] });
const REQUESTER = actor({ id: '29:gvl-requester', aadObjectId: 'aad-gvl-requester', name: 'Handläggare Gävle' });

// Gävleborg's ten municipalities; the seeded cases reach six of them.
const GAVLE = '2180';
const SANDVIKEN = '2181';
const SODERHAMN = '2182';
const BOLLNAS = '2183';
const HUDIKSVALL = '2184';
const LJUSDAL = '2161';
export const UNREACHED = ['Ockelbo', 'Hofors', 'Ovanåker', 'Nordanstig'];

/** Logged by a coordinator afterwards (phone, e-mail, meeting): closed at once. */
export const LOGGED: Array<Record<string, string>> = [
  { municipality: GAVLE, sector: 'social_services', ageBand: '13-17', violence: 'control,psychological', contacts: '3' },
  { municipality: GAVLE, sector: 'social_services', ageBand: '13-17', violence: 'control,marriage', contacts: '2' },
  { municipality: GAVLE, sector: 'school', ageBand: '13-17', violence: 'control', contacts: '1' },
  { municipality: GAVLE, sector: 'school', ageBand: '18-26', violence: 'psychological,physical', contacts: '4' },
  { municipality: SANDVIKEN, sector: 'social_services', ageBand: '18-26', violence: 'marriage', contacts: '2' },
  { municipality: SANDVIKEN, sector: 'school', ageBand: '13-17', violence: 'control,virginity', contacts: '1' },
  { municipality: HUDIKSVALL, sector: 'social_services', ageBand: '18-26', violence: 'control', contacts: '1' },
  { municipality: HUDIKSVALL, sector: 'police', ageBand: '18-26', violence: 'physical,abduction', contacts: '5' },
  { municipality: BOLLNAS, sector: 'school', ageBand: '13-17', violence: 'control,psychological', contacts: '1' },
  { municipality: BOLLNAS, sector: 'health_care', ageBand: '0-12', violence: 'fgm', contacts: '2' },
  { municipality: SODERHAMN, sector: 'social_services', ageBand: '13-17', violence: 'control', contacts: '1' },
  { municipality: LJUSDAL, sector: 'police', ageBand: '18-26', violence: 'control,marriage', contacts: '3' },
];
/** Sent by a professional through the card, then claimed and answered in the RC's channel. */
export const SUBMITTED = 3;
export const CASES = LOGGED.length + SUBMITTED;

/** A page-side expression (the check's tsconfig has no DOM library, so waits are written as strings). */
export const READY = `document.body.dataset.state === 'ready'`;

async function seed(bot: BotUnderTest, clock: FakeClock): Promise<void> {
  const consultations = bot.app.consultations;
  for (const fields of LOGGED) {
    const result = await consultations.logConsultation(COORDINATOR, GVL, {
      gender: 'girl_woman',
      perpetrators: 'parents',
      questionType: 'hrv',
      urgent: 'false',
      channel: 'phone',
      outcomes: 'conversation_advice',
      ...fields,
    });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    clock.advanceMinutes(90);
  }
  for (let i = 0; i < SUBMITTED; i++) {
    const submitted = await consultations.submit(REQUESTER, validInput({ municipality: GAVLE, violence: 'control,abduction', perpetrators: 'parents,siblings' }));
    expect(submitted.ok, JSON.stringify(submitted)).toBe(true);
    if (!submitted.ok) return;
    const { rcId, id } = submitted.record;
    expect(rcId).toBe(GVL);
    clock.advanceMinutes(60 * (i + 1));
    expect((await consultations.claim(COORDINATOR, rcId, id)).ok).toBe(true);
    clock.advanceMinutes(120);
    const answered = await consultations.answer(COORDINATOR, rcId, id, { answer: 'Gör en orosanmälan och en riskbedömning.', outcomes: 'report_of_concern,risk_assessment' });
    expect(answered.ok, JSON.stringify(answered)).toBe(true);
    clock.advanceMinutes(30);
  }
}

export interface TabWorld {
  bot: BotUnderTest;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function startTabWorld(): Promise<TabWorld> {
  // The tab is a browser bundle of its own; build it when the tree has not been built yet.
  const built = ['main.js', 'index.html', 'valid-domains.json', 'favicon.png'].every((f) => existsSync(join(ROOT, 'dist', 'tab', f)));
  if (!built) execFileSync(process.execPath, [join(ROOT, 'tab', 'build.mjs')], { cwd: ROOT, stdio: 'pipe' });
  // All cases fall in the third quarter of 2026, inside the year to date the tab opens on (15 October).
  const clock = new FakeClock('2026-08-03T07:00:00Z');
  const bot = await startBotUnderTest({ clock });
  await seed(bot, clock);
  clock.set('2026-10-15T08:00:00Z');

  const { context, profileDir } = await launchBrowser();
  const page = await context.newPage();
  // The browser's calendar decides the default period (the current year).
  await page.clock.setFixedTime(new Date('2026-10-15T08:00:00Z'));
  return {
    bot,
    context,
    page,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
      await bot.close();
    },
  };
}
