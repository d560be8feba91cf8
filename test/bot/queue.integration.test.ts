// Issue #13 through /api/messages: no request waits unseen. A request to an RC without a
// channel goes to the national channel with a truthful receipt and reaches the RC's channel
// once it is bound; the coordinators' queue lists and claims; the asker is told when the case
// is taken; an old receipt's button answers with the current state; untaken requests come back
// after their target (an urgent one to the national channel too), once across two instances.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { PLAYGROUND_ADMIN_ID } from '../../services/config.js';
import type { DocumentStore } from '../../services/storage/port.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { executeActivity, mentionActivity, messageActivity, postActivity, SOCIAL_WORKER, type Person } from '../helpers/activities.js';
import { actor } from '../helpers/actors.js';
import { startBotUnderTest, type BotUnderTest } from '../helpers/bot-under-test.js';
import { cardTexts, checkCard } from '../helpers/card-validator.js';
import { say, sayCount, sv } from '../helpers/catalogue.js';
import { useStores } from '../helpers/stores.js';

const stores = useStores();
const GBG = 'resursteam-heder-goteborg';
const GBG_NAME = 'Resursteam heder, Göteborgs Stad';
const ADMIN: Person = { id: '29:admin', name: 'Olle Administratör', aadObjectId: PLAYGROUND_ADMIN_ID };
const COORDINATOR: Person = { id: '29:coordinator-1', name: 'Koordinator Ett', aadObjectId: '00000000-0000-0000-0000-000000000101' };
const RC_TEAM = { team: '19:team-gbg', channel: '19:gbg@thread.tacv2' };
const NATIONAL_TEAM = { team: '19:team-nch', channel: '19:nch@thread.tacv2' };
const SARA = 'a:personal-sara';
// Monday 2 March 2026, 09:00 in Stockholm.
const START = '2026-03-02T08:00:00Z';

const bots: BotUnderTest[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.close();
});

async function start(store?: DocumentStore, clock = new FakeClock(START)): Promise<BotUnderTest> {
  const bot = await startBotUnderTest({ clock, ...(store ? { store } : {}) });
  bots.push(bot);
  return bot;
}

/** An activity from a channel of the given team, as Teams sends it. */
function fromTeam<A extends { channelData: Record<string, unknown> }>(activity: A, where: { team: string; channel: string }): A {
  return { ...activity, channelData: { ...activity.channelData, team: { id: where.team }, channel: { id: where.channel } } };
}
const inChannel = (bot: BotUnderTest, from: Person, where: { channel: string }) => ({ serviceUrl: bot.stub.url, from, conversationType: 'channel' as const, conversationId: `${where.channel};messageid=1` });
const inPersonal = (bot: BotUnderTest, from: Person = SOCIAL_WORKER, conversationId = SARA) => ({ serviceUrl: bot.stub.url, from, conversationId });

async function execute(bot: BotUnderTest, verb: string, data: Record<string, unknown>, options: ReturnType<typeof inPersonal>, team?: { team: string; channel: string }): Promise<string> {
  const activity = executeActivity(verb, data, options);
  const res = await postActivity(bot.botUrl, team ? fromTeam(activity, team) : activity);
  expect(res.status).toBe(200);
  const card = (res.body as { value: unknown }).value;
  expect(checkCard(card).problems).toEqual([]);
  return cardTexts(card).join('\n');
}

/** A typed message (an @mention in a channel); the answer comes back through the connector. */
async function say_(bot: BotUnderTest, text: string, from: Person, where?: { team: string; channel: string }): Promise<{ text: string; card: unknown }> {
  bot.stub.clear();
  const activity = where ? fromTeam(mentionActivity(text, inChannel(bot, from, where)), where) : messageActivity(text, inPersonal(bot, from, `a:personal-${from.id}`));
  expect((await postActivity(bot.botUrl, activity)).status).toBe(200);
  const card = bot.cardsIn(bot.stub.sent().at(-1))[0];
  return { text: cardTexts(card).join('\n'), card };
}

const bindRc = (bot: BotUnderTest) => execute(bot, 'centre.bindChannel.submit', { centreId: GBG }, inChannel(bot, ADMIN, RC_TEAM), RC_TEAM);
const bindNational = (bot: BotUnderTest) => execute(bot, 'centre.bindNational.submit', {}, inChannel(bot, ADMIN, NATIONAL_TEAM), NATIONAL_TEAM);
const submit = (bot: BotUnderTest, overrides: Record<string, string> = {}) =>
  execute(bot, 'consultation.submit', {
    municipality: '1480', sector: 'school', gender: 'girl_woman', ageBand: '18-26', violence: 'control', perpetrators: 'parents',
    questionType: 'hrv', urgent: 'false', question: 'Ung kvinna 19 år, familjen kontrollerar henne. Hur stöttar skolan?', deidentified: 'true',
    submissionKey: randomUUID(), ...overrides,
  }, inPersonal(bot));
const postedTo = (bot: BotUnderTest, channel: string) =>
  bot.stub.calls.filter((c) => c.method === 'POST' && c.conversationId === channel).map((c) => ({ texts: cardTexts(bot.cardsIn(c.body)[0]).join('\n'), card: bot.cardsIn(c.body)[0] as { actions?: unknown[] } }));

describe.each(stores.kinds)('no dead end at submit (%s)', (kind) => {
  it('sends a request for an RC without a channel to the national channel, says so, and posts it to the RC once its channel is bound', async () => {
    const bot = await start(await stores.open(kind));
    expect(await bindNational(bot)).toContain(sv.consultation.binding.nationalBound);

    const receipt = await submit(bot);
    expect(receipt).toContain(sv.consultation.receipt.nextNationalNoChannel);
    expect(receipt).not.toContain(sv.consultation.receipt.next);
    const national = postedTo(bot, NATIONAL_TEAM.channel);
    expect(national).toHaveLength(1);
    expect(national[0]?.texts).toContain(say(sv.consultation.channel.national.no_channel, { centre: GBG_NAME }));
    expect(national[0]?.texts).toContain(say(sv.consultation.channel.newRequest, { reference: 'GBG-2026-0001' }));
    // Its members are not the RC's coordinators: nothing to press there.
    expect(national[0]?.card.actions ?? []).toEqual([]);

    bot.stub.clear();
    const bound = await bindRc(bot);
    expect(bound).toContain(sayCount(sv, sv.consultation.binding.boundWaiting, 1));
    const posted = postedTo(bot, RC_TEAM.channel);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.texts).toContain(say(sv.consultation.channel.newRequest, { reference: 'GBG-2026-0001' }));

    // Bound again: nothing is posted twice.
    bot.stub.clear();
    expect(await bindRc(bot)).not.toContain(sayCount(sv, sv.consultation.binding.boundWaiting, 1));
    expect(postedTo(bot, RC_TEAM.channel)).toEqual([]);

    // From now on requests go straight to the RC, with the usual promise.
    bot.stub.clear();
    expect(await submit(bot)).toContain(sv.consultation.receipt.next);
    expect(postedTo(bot, RC_TEAM.channel)).toHaveLength(1);
    expect(postedTo(bot, NATIONAL_TEAM.channel)).toEqual([]);
  });
});

describe('no dead end at submit, with nothing bound', () => {
  it('tells the professional nobody sees the question yet, and posts it when the RC channel is bound', async () => {
    const bot = await start();
    const receipt = await submit(bot);
    expect(receipt).toContain(sv.consultation.receipt.nextNowhere);
    expect(receipt).not.toContain(sv.consultation.receipt.next);
    expect(bot.stub.calls.filter((c) => c.method === 'POST')).toEqual([]);
    expect(await bindRc(bot)).toContain(sayCount(sv, sv.consultation.binding.boundWaiting, 1));
    expect(postedTo(bot, RC_TEAM.channel)).toHaveLength(1);
  });

  it('lets only administrators bind the national channel', async () => {
    const bot = await start();
    expect(await execute(bot, 'centre.bindNational.submit', {}, inChannel(bot, COORDINATOR, NATIONAL_TEAM), NATIONAL_TEAM)).toContain(sv.consultation.binding.notAdmin);
    expect((await say_(bot, 'koppla nationell kanal', ADMIN, NATIONAL_TEAM)).text).toContain(sv.consultation.binding.nationalTitle);
  });
});

describe('the coordinators’ queue', () => {
  it('lists open requests oldest first with age and target, claims from the list, and tells the asker which centre took it', async () => {
    const clock = new FakeClock(START);
    const bot = await start(undefined, clock);
    await bindRc(bot);
    await submit(bot);
    clock.advance(3_600_000);
    await submit(bot, { urgent: 'true' });
    clock.advance(2 * 3_600_000); // Monday 12:00

    const menu = await say_(bot, 'hej', COORDINATOR, RC_TEAM);
    expect(menu.text).toContain(sv.consultation.queue.open);

    const queue = await say_(bot, 'öppna ärenden', COORDINATOR, RC_TEAM);
    expect(checkCard(queue.card).problems).toEqual([]);
    expect(queue.text).toContain(say(sv.consultation.queue.title, { centre: GBG_NAME }));
    expect(queue.text.indexOf('GBG-2026-0001')).toBeLessThan(queue.text.indexOf('GBG-2026-0002'));
    expect(queue.text).toContain(say(sv.consultation.channel.timing, { waited: 3, target: 24 }));
    expect(queue.text).toContain(say(sv.consultation.channel.timing, { waited: 2, target: 1 }));
    expect(queue.text).toContain(sv.consultation.queue.overdue);

    bot.stub.clear();
    const [record] = (await bot.app.consultations.listMine(SOCIAL_WORKER.id)).filter((r) => r.reference === 'GBG-2026-0002');
    const after = await execute(bot, 'consultation.claim', { rcId: GBG, id: record!.id, from: 'queue' }, inChannel(bot, COORDINATOR, RC_TEAM), RC_TEAM);
    expect(after).toContain(say(sv.consultation.queue.title, { centre: GBG_NAME }));
    expect(after).toContain(say(sv.consultation.channel.claimedBy, { name: COORDINATOR.name }));

    const told = bot.stub.calls.filter((c) => c.method === 'POST' && c.conversationId === SARA);
    expect(told).toHaveLength(1);
    const notice = cardTexts(bot.cardsIn(told[0]?.body)[0]).join('\n');
    expect(notice).toContain(say(sv.consultation.receipt.claimed, { centre: GBG_NAME, reference: 'GBG-2026-0002' }));
    expect(notice).not.toContain(COORDINATOR.name);
    // The posted channel card shows the claim too.
    expect(bot.stub.calls.some((c) => c.method === 'PUT' && c.conversationId === RC_TEAM.channel)).toBe(true);

    // A second click changes nothing and tells nobody again.
    bot.stub.clear();
    await execute(bot, 'consultation.claim', { rcId: GBG, id: record!.id, from: 'queue' }, inChannel(bot, COORDINATOR, RC_TEAM), RC_TEAM);
    expect(bot.stub.calls.filter((c) => c.method === 'POST' && c.conversationId === SARA)).toEqual([]);

    // In personal chat the coordinator sees the cases they took.
    const mine = await say_(bot, 'öppna ärenden', COORDINATOR);
    expect(mine.text).toContain(sv.consultation.queue.mineTitle);
    expect(mine.text).toContain('GBG-2026-0002');
    expect(mine.text).not.toContain('GBG-2026-0001');
  });

  it('is refused to anyone who is not the RC’s coordinator', async () => {
    const bot = await start();
    await bindRc(bot);
    await submit(bot);
    const elsewhere = await say_(bot, 'öppna ärenden', COORDINATOR, { team: '19:team-other', channel: '19:other@thread.tacv2' });
    expect(elsewhere.text).toContain(sv.refusals.not_coordinator);
    expect(elsewhere.text).not.toContain('GBG-2026-0001');
    const asker = await say_(bot, 'öppna ärenden', SOCIAL_WORKER);
    expect(asker.text).toContain(sv.consultation.queue.mineEmpty);
  });
});

describe('an old receipt’s buttons', () => {
  it('answers withdraw with where the case stands now', async () => {
    const bot = await start();
    await bindRc(bot);
    await submit(bot);
    const [record] = await bot.app.consultations.listMine(SOCIAL_WORKER.id);
    const coordinator = actor(COORDINATOR, { coordinatorOf: [GBG] });
    await bot.app.consultations.claim(coordinator, GBG, record!.id);
    const whileTaken = await execute(bot, 'consultation.withdraw', { rcId: GBG, id: record!.id }, inPersonal(bot));
    expect(whileTaken).toContain(sv.refusals.already_claimed_withdraw);
    await bot.app.consultations.answer(coordinator, GBG, record!.id, { answer: 'Gör en orosanmälan och en riskbedömning.', outcomes: 'risk_assessment' });
    const afterAnswer = await execute(bot, 'consultation.withdraw', { rcId: GBG, id: record!.id }, inPersonal(bot));
    expect(afterAnswer).toContain(sv.refusals.already_answered_withdraw);
    expect(afterAnswer).not.toContain(sv.consultation.receipt.next);
    const mine = await execute(bot, 'consultation.mine', {}, inPersonal(bot));
    expect(mine).toContain(`GBG-2026-0001 · ${sv.codes.status.answered}`);
  });
});

describe('response targets', () => {
  it('re-announces an untaken urgent request after one working hour, telling the coordinators personally, and sends it to the national channel after two, once across two instances', async () => {
    const clock = new FakeClock(START);
    const store = await stores.open('sqlite');
    const first = await start(store, clock);
    const second = await start(store, clock);
    await bindRc(first);
    await bindNational(first);
    // The coordinator has a personal chat with the bot and has acted in the RC's channel.
    await say_(first, 'hej', COORDINATOR);
    await say_(first, 'öppna ärenden', COORDINATOR, RC_TEAM);
    await submit(first, { urgent: 'true' });
    const run = async () => {
      await Promise.all([first.app.jobs.runDueNow(), second.app.jobs.runDueNow()]);
      await Promise.all([first.app.jobs.runDueNow(), second.app.jobs.runDueNow()]);
    };
    const both = (channel: string) => [...postedTo(first, channel), ...postedTo(second, channel)];
    const reminder = say(sv.consultation.channel.reannounced, { target: 1 });
    const personal = () => [...first.stub.calls, ...second.stub.calls].filter((c) => c.method === 'POST' && c.conversationId === `a:personal-${COORDINATOR.id}`);
    const overdue = say(sv.consultation.queue.overdueNotice, { reference: 'GBG-2026-0001', centre: GBG_NAME, target: 1 });
    first.stub.clear();

    clock.set('2026-03-02T08:59:00Z');
    await run();
    expect(both(RC_TEAM.channel)).toEqual([]);

    clock.set('2026-03-02T09:00:00Z');
    await run();
    expect(both(RC_TEAM.channel).map((p) => p.texts.includes(reminder))).toEqual([true]);
    expect(both(NATIONAL_TEAM.channel)).toEqual([]);
    expect(personal().map((c) => cardTexts(first.cardsIn(c.body)[0]).includes(overdue))).toEqual([true]);

    clock.set('2026-03-02T10:00:00Z');
    await run();
    expect(both(RC_TEAM.channel)).toHaveLength(2);
    expect(personal()).toHaveLength(2);
    const escalated = both(NATIONAL_TEAM.channel);
    expect(escalated).toHaveLength(1);
    expect(escalated[0]?.texts).toContain(say(sv.consultation.channel.national.escalated, { centre: GBG_NAME }));
    expect(escalated[0]?.texts).toContain(say(sv.consultation.channel.timing, { waited: 2, target: 1 }));
  });
});

describe('the administrators’ daily list', () => {
  it('lists RCs whose requests wait for a channel in the national channel once a working day, until the channel is bound', async () => {
    const clock = new FakeClock(START);
    const store = await stores.open('sqlite');
    const first = await start(store, clock);
    const second = await start(store, clock);
    await bindNational(first);
    await submit(first);
    await submit(first);
    const digests = () =>
      [...postedTo(first, NATIONAL_TEAM.channel), ...postedTo(second, NATIONAL_TEAM.channel)].filter((p) => p.texts.includes(sv.consultation.digest.title));
    const run = () => Promise.all([first.app.jobs.runDueNow(), second.app.jobs.runDueNow()]);

    clock.set('2026-03-02T08:10:00Z'); // Monday 09:10
    await run();
    await run();
    expect(digests()).toHaveLength(1);
    expect(digests()[0]?.texts).toContain(GBG_NAME);
    expect(digests()[0]?.texts).toMatch(new RegExp(say(sv.consultation.digest.row, { count: 2, when: 'XX' }).split('XX')[0]!));

    clock.set('2026-03-03T06:59:00Z'); // Tuesday 07:59
    await run();
    expect(digests()).toHaveLength(1);
    clock.set('2026-03-03T07:00:00Z'); // Tuesday 08:00
    await run();
    expect(digests()).toHaveLength(2);

    await bindRc(first);
    clock.set('2026-03-04T07:00:00Z'); // Wednesday 08:00: nothing waits any more
    await run();
    expect(digests()).toHaveLength(2);
  });
});

describe('response targets set by an administrator', () => {
  it('are set from "svarsmål" and decide when an urgent request comes back', async () => {
    const clock = new FakeClock(START);
    const bot = await start(undefined, clock);
    await bindRc(bot);
    const form = await say_(bot, 'svarsmål', ADMIN);
    expect(form.text).toContain(sv.consultation.targets.title);
    const refused = await execute(bot, 'centre.targets.submit', { centreId: GBG, normalHours: '8', urgentHours: '2' }, inPersonal(bot, COORDINATOR));
    expect(refused).toContain(sv.refusals.not_admin);
    const wrong = await execute(bot, 'centre.targets.submit', { centreId: GBG, normalHours: '8', urgentHours: '12' }, inPersonal(bot, ADMIN));
    expect(wrong).toContain(sv.consultation.targets.errors.out_of_range);
    const saved = await execute(bot, 'centre.targets.submit', { centreId: GBG, normalHours: '8', urgentHours: '2' }, inPersonal(bot, ADMIN));
    expect(saved).toContain(say(sv.consultation.targets.saved, { centre: GBG_NAME, normal: 8, urgent: 2 }));

    await submit(bot, { urgent: 'true' });
    bot.stub.clear();
    clock.set('2026-03-02T09:00:00Z'); // one working hour: the default would have come back now
    await bot.app.jobs.runDueNow();
    expect(postedTo(bot, RC_TEAM.channel)).toEqual([]);
    clock.set('2026-03-02T10:00:00Z');
    await bot.app.jobs.runDueNow();
    const reminders = postedTo(bot, RC_TEAM.channel);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.texts).toContain(say(sv.consultation.channel.reannounced, { target: 2 }));
  });
});
