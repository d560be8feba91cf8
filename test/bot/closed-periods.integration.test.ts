// Issue #13 through /api/messages: an RC closed for the summer. Administrators set the period;
// while it runs, new requests go to the national channel with a receipt that says so and until
// when, the centre card says it, and the response-target clock stands still; when the RC opens
// again the requests that came meanwhile reach its channel once, and the national channel's
// copy says where each went and follows the claim.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentStore } from '../../services/storage/port.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { executeActivity, postActivity, SOCIAL_WORKER } from '../helpers/activities.js';
import { startBotUnderTest, type BotUnderTest } from '../helpers/bot-under-test.js';
import { cardTexts, checkCard } from '../helpers/card-validator.js';
import { say, sv } from '../helpers/catalogue.js';
import { useStores } from '../helpers/stores.js';
import { ADMIN, coordinator, GBG, inChannel, inPersonal, personalChat, RC_CHANNEL, request } from './fixtures.js';

const stores = useStores();
const GBG_NAME = 'Resursteam heder, Göteborgs Stad';
const NATIONAL_CHANNEL = '19:nch@thread.tacv2';
const COORDINATOR = coordinator(1);
// Friday 26 June 2026, 15:00 in Stockholm: the last working afternoon before the summer closure.
const FRIDAY_BEFORE = '2026-06-26T13:00:00Z';
const SUMMER = { closedFrom: '2026-06-29', closedTo: '2026-08-09' };

const bots: BotUnderTest[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.close();
});

async function start(clock: FakeClock, store?: DocumentStore): Promise<BotUnderTest> {
  const bot = await startBotUnderTest({ clock, ...(store ? { store } : {}) });
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

const calls = (bot: BotUnderTest, method: 'POST' | 'PUT', conversation: string) =>
  bot.stub.calls
    .filter((c) => c.method === method && c.conversationId === conversation)
    .map((c) => ({ text: cardTexts(bot.cardsIn(c.body)[0]).join('\n'), card: bot.cardsIn(c.body)[0] as { actions?: unknown[] } }));

const submit = async (bot: BotUnderTest, key = randomUUID()) => {
  const receipt = await execute(bot, 'consultation.submit', request({ submissionKey: key }), inPersonal(bot));
  const record = (await bot.app.consultations.listMine(SOCIAL_WORKER.id)).find((r) => r.submissionKey === key)!;
  return { receipt: receipt.text, record };
};

describe.each(stores.kinds)('an RC closed for the summer (%s)', (kind) => {
  it('sends its requests to the national channel with a truthful receipt, stops its clock, and hands them to its channel when it opens', async () => {
    const clock = new FakeClock(FRIDAY_BEFORE);
    const bot = await start(clock, await stores.open(kind));
    await execute(bot, 'centre.bindNational.submit', {}, inChannel(bot, ADMIN, NATIONAL_CHANNEL));
    await execute(bot, 'centre.bindChannel.submit', { centreId: GBG }, inChannel(bot, ADMIN, RC_CHANNEL));

    // Only administrators set it; the form lists the period it saved.
    expect((await execute(bot, 'centre.closed.add', { centreId: GBG, ...SUMMER }, inPersonal(bot, COORDINATOR))).text).toContain(sv.refusals.not_admin);
    const saved = await execute(bot, 'centre.closed.add', { centreId: GBG, ...SUMMER }, inPersonal(bot, ADMIN));
    expect(saved.text).toContain(say(sv.consultation.closed.added, { centre: GBG_NAME, from: '29 juni 2026', to: '9 augusti 2026' }));
    expect(saved.text).toContain(say(sv.consultation.closed.remove, { from: '29 juni 2026', to: '9 augusti 2026' }));
    const overlapping = await execute(bot, 'centre.closed.add', { centreId: GBG, closedFrom: '2026-08-01', closedTo: '2026-08-20' }, inPersonal(bot, ADMIN));
    expect(overlapping.text).toContain(sv.consultation.closed.errors.overlaps);

    // Before it: the usual promise, and the centre card says when it closes.
    const before = await submit(bot);
    expect(before.receipt).toContain(sv.consultation.receipt.next);
    expect((await execute(bot, 'centre.lookup', { place: '1480' }, inPersonal(bot))).text).toContain(say(sv.centre.closedSoon, { from: '29 juni 2026', to: '9 augusti 2026' }));

    // During it: the national channel gets the request, the receipt says so and until when.
    clock.set('2026-07-06T07:00:00Z'); // Monday 6 July, 09:00
    bot.stub.clear();
    const during = await submit(bot);
    expect(during.receipt).toContain(say(sv.consultation.receipt.nextNationalClosed, { until: '9 augusti 2026' }));
    expect(during.receipt).not.toContain(sv.consultation.receipt.next);
    expect(calls(bot, 'POST', RC_CHANNEL)).toEqual([]);
    const copy = calls(bot, 'POST', NATIONAL_CHANNEL);
    expect(copy).toHaveLength(1);
    expect(copy[0]?.text).toContain(say(sv.consultation.channel.national.closed, { centre: GBG_NAME, until: '9 augusti 2026' }));
    const card = (await execute(bot, 'centre.lookup', { place: '1480' }, inPersonal(bot))).text;
    expect(card).toContain(say(sv.centre.closedNow, { until: '9 augusti 2026' }));
    expect(card).toContain(sv.centre.national);

    // The clock stands still: the Friday request (2 working hours before the closure) is not overdue in July…
    clock.set('2026-07-15T10:00:00Z');
    await bot.app.jobs.runDueNow();
    expect(calls(bot, 'POST', RC_CHANNEL)).toEqual([]);
    expect(await bot.app.consultations.timing(before.record)).toMatchObject({ waitedHours: 2, overdue: false });
    // Nothing for an administrator to do: the daily list of RCs waiting for a channel leaves it out.
    expect(calls(bot, 'POST', NATIONAL_CHANNEL).filter((c) => c.text.includes(sv.consultation.digest.title))).toEqual([]);

    // …the RC opens on Monday 10 August: what came meanwhile reaches its channel once, oldest first,
    // and the national copy says where it went and offers nothing more to do.
    clock.set('2026-08-10T06:00:00Z'); // 08:00
    await bot.app.jobs.runDueNow();
    await bot.app.jobs.runDueNow();
    const handed = calls(bot, 'POST', RC_CHANNEL);
    expect(handed).toHaveLength(1);
    expect(handed[0]?.text).toContain(say(sv.consultation.channel.newRequest, { reference: during.record.reference }));
    expect(handed[0]?.text).toContain(say(sv.consultation.channel.timing, { waited: 0, target: 24 }));
    const updated = calls(bot, 'PUT', NATIONAL_CHANNEL);
    expect(updated).toHaveLength(1);
    expect(updated[0]?.text).toContain(say(sv.consultation.channel.national.handedOver, { centre: GBG_NAME }));
    expect(updated[0]?.card.actions ?? []).toEqual([]);

    // A claim in the RC's channel shows in the national copy too, and the asker is told.
    bot.stub.clear();
    const taken = (await bot.app.consultations.listMine(SOCIAL_WORKER.id)).find((r) => r.id === during.record.id)!;
    await execute(bot, 'consultation.claim', { rcId: GBG, id: taken.id }, inChannel(bot, COORDINATOR));
    const afterClaim = calls(bot, 'PUT', NATIONAL_CHANNEL);
    expect(afterClaim).toHaveLength(1);
    expect(afterClaim[0]?.text).toContain(say(sv.consultation.channel.claimedBy, { name: COORDINATOR.name }));
    expect(afterClaim[0]?.text).toContain(say(sv.consultation.channel.national.handedOver, { centre: GBG_NAME }));
    expect(calls(bot, 'POST', personalChat(SOCIAL_WORKER))).toHaveLength(1);

    // The Friday request's 24 hours run from the reopening: 2 before + 22 after = Wednesday 12 Aug 12:00.
    clock.set('2026-08-12T09:59:00Z');
    await bot.app.jobs.runDueNow();
    expect(calls(bot, 'POST', RC_CHANNEL)).toEqual([]);
    clock.set('2026-08-12T10:00:00Z');
    await bot.app.jobs.runDueNow();
    const reminder = calls(bot, 'POST', RC_CHANNEL);
    expect(reminder).toHaveLength(1);
    expect(reminder[0]?.text).toContain(say(sv.consultation.channel.newRequest, { reference: before.record.reference }));
    expect(reminder[0]?.text).toContain(say(sv.consultation.channel.reannounced, { target: 24 }));
    // A whole summer through the bot and its jobs, on the Cosmos wire server too: the heavy tests' budget.
  }, 60_000);
});

describe('a closed RC with no national channel bound', () => {
  it('says nobody sees the question until the RC opens, and a removed period opens it again', async () => {
    const clock = new FakeClock('2026-07-06T07:00:00Z');
    const bot = await start(clock);
    await execute(bot, 'centre.bindChannel.submit', { centreId: GBG }, inChannel(bot, ADMIN, RC_CHANNEL));
    await execute(bot, 'centre.closed.add', { centreId: GBG, closedFrom: '2026-07-01', closedTo: '2026-07-31' }, inPersonal(bot, ADMIN));
    const { receipt } = await submit(bot);
    expect(receipt).toContain(say(sv.consultation.receipt.nextNowhereClosed, { until: '31 juli 2026' }));
    expect(calls(bot, 'POST', RC_CHANNEL)).toEqual([]);

    const removed = await execute(bot, 'centre.closed.remove', { centreId: GBG, from: '2026-07-01' }, inPersonal(bot, ADMIN));
    expect(removed.text).toContain(say(sv.consultation.closed.removed, { centre: GBG_NAME }));
    expect(removed.text).toContain(say(sv.consultation.closed.none, { centre: GBG_NAME }));
    // Open again: the waiting request reaches the channel with the next job run, new ones go straight there.
    await bot.app.jobs.runDueNow();
    expect(calls(bot, 'POST', RC_CHANNEL)).toHaveLength(1);
    expect((await submit(bot)).receipt).toContain(sv.consultation.receipt.next);
  });

  it('keeps what was typed and says what is wrong with the dates', async () => {
    const bot = await start(new FakeClock('2026-07-06T07:00:00Z'));
    const past = await execute(bot, 'centre.closed.add', { centreId: GBG, closedFrom: '2026-06-01', closedTo: '2026-06-30' }, inPersonal(bot, ADMIN));
    expect(past.text).toContain(sv.consultation.closed.errors.in_the_past);
    const reversed = await execute(bot, 'centre.closed.add', { centreId: GBG, closedFrom: '2026-08-10', closedTo: '2026-08-01' }, inPersonal(bot, ADMIN));
    expect(reversed.text).toContain(sv.consultation.closed.errors.ends_before_start);
    const long = await execute(bot, 'centre.closed.add', { centreId: GBG, closedFrom: '2026-08-01', closedTo: '2026-12-31' }, inPersonal(bot, ADMIN));
    expect(long.text).toContain(sv.consultation.closed.errors.too_long);
    const garbage = await execute(bot, 'centre.closed.add', { centreId: GBG, closedFrom: 'midsommar', closedTo: '' }, inPersonal(bot, ADMIN));
    expect(garbage.text).toContain(sv.consultation.closed.errors.invalid_date);
    expect(garbage.text).toContain(sv.consultation.closed.errors.required);
    expect(JSON.stringify(garbage.card)).toContain('midsommar');
    // Typed as a command, an administrator gets the form.
    const typed = await execute(bot, 'centre.closed.open', {}, inPersonal(bot, ADMIN));
    expect(typed.text).toContain(sv.consultation.closed.title);
  });
});

describe.each(stores.kinds)('the national channel’s copy when the RC’s own channel is bound later (%s)', (kind) => {
  it('says where the request went, offers nothing more, and shows the claim made in the RC’s channel', async () => {
    const bot = await start(new FakeClock('2026-03-02T08:00:00Z'), await stores.open(kind));
    await execute(bot, 'centre.bindNational.submit', {}, inChannel(bot, ADMIN, NATIONAL_CHANNEL));
    const { record } = await submit(bot);
    expect(calls(bot, 'POST', NATIONAL_CHANNEL)[0]?.text).toContain(say(sv.consultation.channel.national.no_channel, { centre: GBG_NAME }));

    bot.stub.clear();
    await execute(bot, 'centre.bindChannel.submit', { centreId: GBG }, inChannel(bot, ADMIN, RC_CHANNEL));
    expect(calls(bot, 'POST', RC_CHANNEL)).toHaveLength(1);
    const handedOver = calls(bot, 'PUT', NATIONAL_CHANNEL);
    expect(handedOver).toHaveLength(1);
    expect(handedOver[0]?.text).toContain(say(sv.consultation.channel.national.handedOver, { centre: GBG_NAME }));
    expect(handedOver[0]?.text).not.toContain(say(sv.consultation.channel.national.no_channel, { centre: GBG_NAME }));
    expect(handedOver[0]?.card.actions ?? []).toEqual([]);

    // Taken from the coordinators' queue: both cards show it.
    bot.stub.clear();
    await execute(bot, 'consultation.claim', { rcId: GBG, id: record.id, from: 'queue' }, inChannel(bot, COORDINATOR));
    expect(calls(bot, 'PUT', RC_CHANNEL).map((c) => c.text.includes(say(sv.consultation.channel.claimedBy, { name: COORDINATOR.name })))).toEqual([true]);
    expect(calls(bot, 'PUT', NATIONAL_CHANNEL).map((c) => c.text.includes(say(sv.consultation.channel.claimedBy, { name: COORDINATOR.name })))).toEqual([true]);
  });
});
