// Statistics in chat under load and at shutdown: the "Räknar…" card every request gets at once
// is always replaced, whether many ask at the same moment (counts are queued and shared) or the
// process is stopped while counting (it waits for the count, or says to try again).
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { actor } from '../helpers/actors.js';
import { executeActivity, postActivity } from '../helpers/activities.js';
import { say, sv } from '../helpers/catalogue.js';
import { cardTexts } from '../helpers/card-validator.js';
import { MAX_UNFINISHED } from '../../bot/card-followup.js';
import { bindChannel, executeCounted, GBG, useBot } from './fixtures.js';

const bot = useBot({ now: '2026-11-22T10:00:00Z' });
const CHANNEL = '19:gbg@thread.tacv2';
const gbgChannel = (n: number) => ({ serviceUrl: bot().stub.url, conversationType: 'channel' as const, conversationId: CHANNEL, from: { id: `29:c${n}`, name: `C${n}`, aadObjectId: `c${n}` } });
const personal = (n: number) => ({ serviceUrl: bot().stub.url, from: { id: `29:p${n}`, name: `P${n}`, aadObjectId: `p${n}` } });

/** Three consultations logged for Göteborg in 2026, and its channel bound. */
beforeEach(async () => {
  const coordinator = actor({ id: '29:c', name: 'Koordinator', aadObjectId: 'c' }, { coordinatorOf: [GBG] });
  for (let i = 0; i < 3; i++) {
    const logged = await bot().app.consultations.logConsultation(coordinator, GBG, {
      channel: 'phone', municipality: '1480', sector: 'school', gender: 'girl_woman', ageBand: '13-17', violence: 'control',
      perpetrators: 'parents', questionType: 'hrv', urgent: 'false', question: '', answer: '', outcomes: 'conversation_advice', submissionKey: randomUUID(),
    });
    expect(logged.ok).toBe(true);
  }
  await bindChannel(bot(), GBG, CHANNEL);
});

/** A count that waits until the test lets it go on. */
function holdCounts() {
  const statistics = bot().app.statistics;
  const real = statistics.report.bind(statistics);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  vi.spyOn(statistics, 'report').mockImplementation(async (request) => {
    await released;
    return real(request);
  });
  return release;
}

/** Sends "statistik" on a card and returns that card's id once the "Räknar…" answer is back. */
async function askOnCard(): Promise<string> {
  const cardId = `card-${randomUUID()}`;
  const res = await postActivity(bot().botUrl, { ...executeActivity('stats.show', { period: 'year:2026' }, gbgChannel(1)), replyToId: cardId });
  expect(res.status).toBe(200);
  expect(cardTexts((res.body as { value: unknown }).value).join('\n')).toContain(say(sv.stats.counting, { scope: 'Resursteam heder, Göteborgs Stad', period: '2026' }));
  return cardId;
}

const updatesOf = (cardId: string) => bot().stub.calls.filter((c) => c.method === 'PUT' && c.activityId === cardId).map((c) => cardTexts(bot().cardsIn(c.body)[0]).join('\n'));

describe('statistics in chat, many at once and at shutdown', () => {
  it('gives every one of many requests sent at once its figures, in its own card', async () => {
    const own = Array.from({ length: 8 }, (_, n) => executeCounted(bot(), 'stats.show', { period: 'year:2026' }, gbgChannel(n)));
    const national = Array.from({ length: 4 }, (_, n) => executeCounted(bot(), 'stats.show', { period: 'year:2026' }, personal(n)));
    for (const { later } of await Promise.all(own)) expect(cardTexts(later).join('\n')).toContain('Ärenden\n3\n');
    for (const { later } of await Promise.all(national)) expect(cardTexts(later).join('\n')).toContain('Ärenden\n<5\n');
  });

  it('answers with the figures in the turn itself once many cards are still being counted, and still finishes those', async () => {
    const release = holdCounts();
    const cards: string[] = [];
    for (let batch = 0; batch < MAX_UNFINISHED; batch += 8) cards.push(...(await Promise.all(Array.from({ length: Math.min(8, MAX_UNFINISHED - batch) }, () => askOnCard()))));
    const flooded = postActivity(bot().botUrl, executeActivity('stats.show', { period: 'year:2026' }, gbgChannel(2)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    const res = await flooded;
    expect(res.status).toBe(200);
    expect(cardTexts((res.body as { value: unknown }).value).join('\n')).toContain('Ärenden\n3\n');
    await vi.waitFor(() => expect(cards.filter((id) => updatesOf(id).length === 1)).toHaveLength(MAX_UNFINISHED), { timeout: 10_000, interval: 20 });
    for (const id of cards) expect(updatesOf(id)[0]).toContain('Ärenden\n3\n');
  });

  it('waits, when stopped while counting, for the count and replaces the card with the figures', async () => {
    const release = holdCounts();
    const cardId = await askOnCard();
    const stopping = bot().app.server.shutdown();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(updatesOf(cardId)).toEqual([]);
    release();
    await stopping;
    expect(updatesOf(cardId)).toHaveLength(1);
    expect(updatesOf(cardId)[0]).toContain('Ärenden\n3\n');
  });

  it('replaces the card with "try again" when the count does not finish within the time a shutdown allows', async () => {
    const release = holdCounts();
    const cardId = await askOnCard();
    await bot().app.server.shutdown(200);
    expect(updatesOf(cardId)).toHaveLength(1);
    expect(updatesOf(cardId)[0]).toContain(sv.stats.countFailed);
    release();
  });
});
