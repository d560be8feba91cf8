// Card steps the shared PlaygroundPage does not have: a button inside one particular card
// (a list card repeats "Boka plats" or "Dagordning" once per session, and the shared
// clickAction takes the newest card's last one), and an Input.Date / Input.Time by label.
import type { Locator } from 'playwright-core';

interface FreshnessHelpers {
  __rcE2E: { mark(): void };
}

/**
 * Clicks the `index`-th button titled `title` in `card` (0 = the first, i.e. the first
 * session on a list card). Like clickAction it first marks what is on screen, so the next
 * waitForCard only sees the card the click brings.
 */
export async function clickInCard(card: Locator, title: string, index = 0): Promise<void> {
  const button = card.getByRole('button', { name: title, exact: true }).nth(index);
  await button.waitFor();
  await card.page().evaluate(() => (globalThis as unknown as FreshnessHelpers).__rcE2E.mark());
  await button.click();
}

/** Input.Date: the Playground renders <input type="date">, which takes "YYYY-MM-DD". */
export async function fillDate(card: Locator, label: string, isoDate: string): Promise<void> {
  await card.getByLabel(label).last().fill(isoDate);
}

/** Input.Time: <input type="time">, which takes "HH:MM". */
export async function fillTime(card: Locator, label: string, hhmm: string): Promise<void> {
  await card.getByLabel(label).last().fill(hhmm);
}
