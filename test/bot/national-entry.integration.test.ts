// Issue #13 item 5 through /api/messages: administrators correct NCH's national support line
// (phone, e-mail, website) like a centre's entry; receipts and centre cards use it at once, on
// every instance, and nobody else can change it.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentStore } from '../../services/storage/port.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { executeActivity, postActivity, SOCIAL_WORKER } from '../helpers/activities.js';
import { startBotUnderTest, type BotUnderTest } from '../helpers/bot-under-test.js';
import { cardTexts, checkCard } from '../helpers/card-validator.js';
import { say, sv } from '../helpers/catalogue.js';
import { useStores } from '../helpers/stores.js';
import { actor } from '../helpers/actors.js';
import { ADMIN, bindChannel, claim, coordinator, GBG, inPersonal, inputValue, request, submitRequest } from './fixtures.js';

const stores = useStores();
const bots: BotUnderTest[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.close();
});

async function start(store: DocumentStore, clock = new FakeClock('2026-03-02T08:00:00Z')): Promise<BotUnderTest> {
  const bot = await startBotUnderTest({ store, clock });
  bots.push(bot);
  return bot;
}

async function execute(bot: BotUnderTest, verb: string, data: Record<string, unknown>, where: ReturnType<typeof inPersonal>): Promise<{ text: string; card: unknown }> {
  const res = await postActivity(bot.botUrl, executeActivity(verb, data, where));
  expect(res.status).toBe(200);
  const card = (res.body as { value: unknown }).value;
  expect(checkCard(card).problems).toEqual([]);
  return { text: cardTexts(card).join('\n'), card };
}

const NUMBER = '010-223 57 60';

describe.each(stores.kinds)("NCH's entry, corrected in the app (%s)", (kind) => {
  it('is corrected by an administrator and shown on the urgent receipt and the centre card, on every instance', async () => {
    const store = await stores.open(kind);
    const clock = new FakeClock('2026-03-02T08:00:00Z');
    const first = await start(store, clock);

    // Only administrators; "katalogstatus" leads there while NCH has no number.
    expect((await execute(first, 'centre.nch.edit.open', {}, inPersonal(first, coordinator(1)))).text).toContain(sv.refusals.not_admin);
    expect((await execute(first, 'centre.nch.save', { supportLine: NUMBER }, inPersonal(first, coordinator(1)))).text).toContain(sv.refusals.not_admin);
    const form = await execute(first, 'centre.nch.edit.open', {}, inPersonal(first, ADMIN));
    expect(form.text).toContain(sv.centreEdit.national.intro);
    expect(inputValue(form.card, 'web')).toBe('https://www.hedersfortryck.se');

    // A wrong number comes back with what was typed and why.
    const wrong = await execute(first, 'centre.nch.save', { supportLine: '12345', email: 'stod@nch.example.se', web: 'https://www.hedersfortryck.se' }, inPersonal(first, ADMIN));
    expect(wrong.text).toContain(sv.centreEdit.errors.invalid_phone);
    expect(inputValue(wrong.card, 'email')).toBe('stod@nch.example.se');
    // The last contact cannot go: every urgent receipt must name one that exists.
    expect((await execute(first, 'centre.nch.save', { supportLine: '', email: '', web: '' }, inPersonal(first, ADMIN))).text).toContain(sv.centreEdit.errors.no_contact);

    const saved = await execute(first, 'centre.nch.save', { supportLine: NUMBER, email: 'stod@nch.example.se', web: 'https://www.hedersfortryck.se' }, inPersonal(first, ADMIN));
    expect(saved.text).toContain(sv.centreEdit.national.saved);
    expect(inputValue(saved.card, 'supportLine')).toBe(NUMBER);

    const receipt = await execute(first, 'consultation.submit', request({ urgent: 'true', submissionKey: randomUUID() }), inPersonal(first, SOCIAL_WORKER));
    expect(receipt.text).toContain(say(sv.consultation.receipt.urgentNchBy.phone, { contact: NUMBER }));
    // Halland has no centre of its own: NCH is named, with the number that now exists.
    const card = await execute(first, 'centre.lookup', { place: 'county:13' }, inPersonal(first, SOCIAL_WORKER));
    expect(card.text).toContain(NUMBER);

    // Another instance serves it after its refresh interval.
    const second = await start(store, clock);
    const there = await execute(second, 'consultation.submit', request({ urgent: 'true', submissionKey: randomUUID() }), inPersonal(second, SOCIAL_WORKER));
    expect(there.text).toContain(say(sv.consultation.receipt.urgentNchBy.phone, { contact: NUMBER }));

    // Saved from an old form after someone else's save: told so, shown the current values.
    const stale = await execute(first, 'centre.nch.save', { etag: 'not-the-current-version', supportLine: '010-000 00 00' }, inPersonal(first, ADMIN));
    expect(stale.text).toContain(sv.refusals.changed_by_someone_else);
    expect(inputValue(stale.card, 'supportLine')).toBe(NUMBER);
  });
});

describe("NCH's entry in katalogstatus", () => {
  it('leaves the list once its number is filled in', async () => {
    const bot = await start(await stores.open('sqlite'));
    const nchRow = (text: string) => text.includes('(NCH)');
    expect(nchRow((await execute(bot, 'centre.catalogueStatus', {}, inPersonal(bot, ADMIN))).text)).toBe(true);
    await execute(bot, 'centre.nch.save', { supportLine: NUMBER, web: 'https://www.hedersfortryck.se' }, inPersonal(bot, ADMIN));
    expect(nchRow((await execute(bot, 'centre.catalogueStatus', {}, inPersonal(bot, ADMIN))).text)).toBe(false);
  });

  it('lets a coordinator give the corrected number in an answer, and still blocks any other', async () => {
    const bot = await start(await stores.open('sqlite'));
    await execute(bot, 'centre.nch.save', { supportLine: NUMBER, web: 'https://www.hedersfortryck.se' }, inPersonal(bot, ADMIN));
    await bindChannel(bot);
    const record = await submitRequest(bot);
    await claim(bot, record);
    const coordinating = actor(coordinator(1), { coordinatorOf: [GBG] });
    const other = await bot.app.consultations.answer(coordinating, GBG, record.id, { answer: 'Ring gärna 010-999 88 77 i kväll.', outcomes: 'risk_assessment' });
    expect(other).toMatchObject({ ok: false, reason: 'invalid' });
    const published = await bot.app.consultations.answer(coordinating, GBG, record.id, { answer: `Ring NCH:s stödtelefon ${NUMBER} om det blir akut.`, outcomes: 'risk_assessment' });
    expect(published).toMatchObject({ ok: true });
  });
});
