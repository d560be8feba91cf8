// Handing a case on through /api/messages, on both stores: a transfer between two RCs'
// channels (the receiving channel gets the card, the sending card says where it went, the
// requester is told which centre has it and never by whom), to the national channel when the
// receiving RC has none, and two coordinators releasing and passing the same case at once.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { PLAYGROUND_ADMIN_ID } from '../../services/config.js';
import type { DocumentStore } from '../../services/storage/port.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { executeActivity, messageActivity, postActivity, SOCIAL_WORKER, type Person } from '../helpers/activities.js';
import { startBotUnderTest, type BotUnderTest } from '../helpers/bot-under-test.js';
import { cardTexts, checkCard } from '../helpers/card-validator.js';
import { say, sv } from '../helpers/catalogue.js';
import { overriding, useStores } from '../helpers/stores.js';

const stores = useStores();
const GBG = 'resursteam-heder-goteborg';
const FYR = 'resurscentrum-barnahus-fyrbodal';
const UNA = 'una-norrbotten';
const ADMIN: Person = { id: '29:admin', name: 'Olle Administratör', aadObjectId: PLAYGROUND_ADMIN_ID };
const ONE = { id: '29:coordinator-1', name: 'Koordinator Ett', aadObjectId: '00000000-0000-0000-0000-000000000101' };
const TWO = { id: '29:coordinator-2', name: 'Koordinator Två', aadObjectId: '00000000-0000-0000-0000-000000000102' };
const THREE = { id: '29:coordinator-3', name: 'Koordinator Tre', aadObjectId: '00000000-0000-0000-0000-000000000103' };
const GBG_TEAM = { team: '19:team-gbg', channel: '19:gbg@thread.tacv2' };
const FYR_TEAM = { team: '19:team-fyr', channel: '19:fyr@thread.tacv2' };
const NATIONAL_TEAM = { team: '19:team-nch', channel: '19:nch@thread.tacv2' };
const ASKER_CHAT = 'a:personal-sara';
const START = '2026-03-02T08:00:00Z';
type Where = { team: string; channel: string };

const bots: BotUnderTest[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.close();
});

async function start(store: DocumentStore, clock = new FakeClock(START)): Promise<BotUnderTest> {
  const bot = await startBotUnderTest({ clock, store, members: [ONE, TWO, THREE] });
  bots.push(bot);
  return bot;
}

async function execute(bot: BotUnderTest, verb: string, data: Record<string, unknown>, from: Person, where?: Where): Promise<string> {
  const options = where
    ? { serviceUrl: bot.stub.url, from, conversationType: 'channel' as const, conversationId: `${where.channel};messageid=1` }
    : { serviceUrl: bot.stub.url, from, conversationId: ASKER_CHAT };
  const activity = executeActivity(verb, data, options);
  const sent = where ? { ...activity, channelData: { ...activity.channelData, team: { id: where.team }, channel: { id: where.channel } } } : activity;
  const res = await postActivity(bot.botUrl, sent);
  expect(res.status).toBe(200);
  const card = (res.body as { value: unknown }).value;
  expect(checkCard(card).problems).toEqual([]);
  return cardTexts(card).join('\n');
}

const bind = (bot: BotUnderTest, rcId: string, where: Where) => execute(bot, 'centre.bindChannel.submit', { centreId: rcId }, ADMIN, where);
const posts = (bot: BotUnderTest, conversationId: string, method: 'POST' | 'PUT' = 'POST') =>
  bot.stub.calls.filter((c) => c.method === method && c.conversationId === conversationId).map((c) => cardTexts(bot.cardsIn(c.body)[0]).join('\n'));

async function submittedAndClaimed(bot: BotUnderTest): Promise<{ rcId: string; id: string }> {
  await execute(bot, 'consultation.submit', {
    municipality: '1480', sector: 'school', gender: 'girl_woman', ageBand: '18-26', violence: 'control', perpetrators: 'parents',
    questionType: 'hrv', urgent: 'false', question: 'Ung kvinna 19 år, familjen kontrollerar henne. Hur stöttar skolan?', deidentified: 'true',
    submissionKey: randomUUID(),
  }, SOCIAL_WORKER);
  const [record] = await bot.app.consultations.listMine(SOCIAL_WORKER.id);
  if (!record) throw new Error('the request was not stored');
  await execute(bot, 'consultation.claim', { rcId: GBG, id: record.id }, ONE, GBG_TEAM);
  return { rcId: GBG, id: record.id };
}

describe.each(stores.kinds)('handing a case on over HTTP (%s)', (kind) => {
  it('transfers a case to another RC: its channel gets the card, the sending card says where it went, the asker is told the centre but no name', async () => {
    const bot = await start(await stores.open(kind));
    await bind(bot, GBG, GBG_TEAM);
    await bind(bot, FYR, FYR_TEAM);
    const ref = await submittedAndClaimed(bot);

    const form = await execute(bot, 'consultation.handover.open', ref, ONE, GBG_TEAM);
    expect(form).toContain(say(sv.caseWork.handover.title, { reference: 'GBG-2026-0001' }));
    expect(form).toContain(say(sv.caseWork.handover.heldBy, { name: ONE.name }));
    expect(form).toContain(TWO.name);
    expect(form).toContain('Resurscentrum Barnahus Fyrbodal');

    bot.stub.clear();
    const after = await execute(bot, 'consultation.transfer', { ...ref, holder: ONE.id, toRcId: FYR, reason: 'other_area' }, ONE, GBG_TEAM);
    const fyrName = bot.app.directory.current().centre(FYR)!.name;
    expect(after).toContain(say(sv.caseWork.handover.transferred, { centre: fyrName, reference: 'FYR-2026-0001' }));
    expect(after).toContain(say(sv.caseWork.handover.sentTo, { centre: fyrName, reference: 'FYR-2026-0001', reason: sv.caseWork.codes.transferReason.other_area }));

    const received = posts(bot, FYR_TEAM.channel);
    expect(received).toHaveLength(1);
    expect(received[0]).toContain(say(sv.consultation.channel.newRequest, { reference: 'FYR-2026-0001' }));
    expect(received[0]).toContain('Ung kvinna 19 år');
    expect(received[0]).toContain(say(sv.caseWork.handover.cameFrom, { centre: bot.app.directory.current().centre(GBG)!.name, reference: 'GBG-2026-0001' }));
    // The sending channel's card is updated in place to say where the case went.
    expect(posts(bot, GBG_TEAM.channel, 'PUT').at(-1)).toContain(say(sv.caseWork.handover.sentTo, { centre: fyrName, reference: 'FYR-2026-0001', reason: sv.caseWork.codes.transferReason.other_area }));

    const told = posts(bot, ASKER_CHAT);
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(say(sv.caseWork.handover.toldRequester, { from: 'GBG-2026-0001', centre: fyrName, reference: 'FYR-2026-0001' }));
    expect(told[0]).not.toContain(ONE.name);

    // Pressed again: nothing posted or told twice, and the receiving RC can take it.
    bot.stub.clear();
    await execute(bot, 'consultation.transfer', { ...ref, holder: ONE.id, toRcId: FYR, reason: 'other_area' }, ONE, GBG_TEAM);
    expect(posts(bot, FYR_TEAM.channel)).toEqual([]);
    expect(posts(bot, ASKER_CHAT)).toEqual([]);
    const taken = await execute(bot, 'consultation.claim', { rcId: FYR, id: 'FYR-2026-0001' }, THREE, FYR_TEAM);
    expect(taken).toContain(say(sv.consultation.channel.claimedBy, { name: THREE.name }));
    // The sending RC can no longer answer it.
    expect(await execute(bot, 'consultation.answer.submit', { ...ref, answer: 'Gör en riskbedömning.', outcomes: 'risk_assessment' }, ONE, GBG_TEAM)).toContain(sv.refusals.transferred);
  });

  it("shows a transferred case once in the asker's list: where it is now, where it started, and only what can be done now", async () => {
    const bot = await start(await stores.open(kind));
    await bind(bot, GBG, GBG_TEAM);
    await bind(bot, FYR, FYR_TEAM);
    const ref = await submittedAndClaimed(bot);
    await execute(bot, 'consultation.transfer', { ...ref, holder: ONE.id, toRcId: FYR, reason: 'other_area' }, ONE, GBG_TEAM);
    const directory = bot.app.directory.current();
    const [gbgName, fyrName] = [directory.centre(GBG)!.name, directory.centre(FYR)!.name];

    const mine = await execute(bot, 'consultation.mine', {}, SOCIAL_WORKER);
    expect(mine).toContain(`FYR-2026-0001 · ${sv.codes.status.new}`);
    expect(mine).not.toContain('GBG-2026-0001 ·');
    expect(mine).not.toContain(sv.codes.status.transferred);
    expect(mine).toContain(say(sv.caseWork.handover.mineHandedOn, { centre: fyrName, from: gbgName, reference: 'GBG-2026-0001' }));
    expect(mine.split('Ung kvinna 19 år')).toHaveLength(2);
    // Untaken at the receiving RC: it can still be withdrawn there.
    expect(mine).toContain(sv.consultation.receipt.withdraw);

    await execute(bot, 'consultation.claim', { rcId: FYR, id: 'FYR-2026-0001' }, THREE, FYR_TEAM);
    const taken = await execute(bot, 'consultation.mine', {}, SOCIAL_WORKER);
    expect(taken).toContain(`FYR-2026-0001 · ${sv.codes.status.claimed}`);
    expect(taken).not.toContain(sv.consultation.receipt.withdraw);
    expect(taken).not.toContain(THREE.name);
  });

  it('releases a case back to the queue and passes it to a colleague; two at once: one wins, the other is told', async () => {
    const bot = await start(await stores.open(kind));
    await bind(bot, GBG, GBG_TEAM);
    const ref = await submittedAndClaimed(bot);

    const [released, passed] = await Promise.all([
      execute(bot, 'consultation.release', { ...ref, holder: ONE.id }, TWO, GBG_TEAM),
      execute(bot, 'consultation.pass', { ...ref, holder: ONE.id, to: THREE.id }, ONE, GBG_TEAM),
    ]);
    const wins = [released.includes(sv.caseWork.handover.released), passed.includes(say(sv.caseWork.handover.passed, { name: THREE.name }))];
    expect(wins.filter(Boolean)).toHaveLength(1);
    expect([released, passed].filter((t) => t.includes(sv.refusals.handed_on))).toHaveLength(1);

    const stored = (await bot.app.consultations.get(GBG, ref.id))?.record;
    expect(stored?.handovers).toHaveLength(1);
    // The history shows on the card, with whoever won.
    const card = await execute(bot, 'consultation.view', ref, TWO, GBG_TEAM);
    expect(card).toContain(sv.caseWork.handover.history);

    // Whatever happened, the case can be handed on from the card as it is now; the history grows.
    const holder = stored?.claimedBy?.id ?? '';
    const next = await execute(bot, 'consultation.pass', { ...ref, holder, to: TWO.id }, ONE, GBG_TEAM);
    expect(next).toContain(say(sv.caseWork.handover.passed, { name: TWO.name }));
    expect(next).toContain(say(sv.consultation.channel.claimedBy, { name: TWO.name }));
    expect((await bot.app.consultations.get(GBG, ref.id))?.record.handovers).toHaveLength(2);
    const releasedNow = await execute(bot, 'consultation.release', { ...ref, holder: TWO.id }, TWO, GBG_TEAM);
    expect(releasedNow).toContain(sv.caseWork.handover.released);
    expect(releasedNow).toContain(sv.consultation.channel.claim);
  });
});

describe('passing a case to a colleague', () => {
  it('tells the colleague in their personal chat, once, with the reference and a link to the channel card, and nothing of the case', async () => {
    const bot = await start(await stores.open('sqlite'));
    await bind(bot, GBG, GBG_TEAM);
    // TWO has a personal chat with the bot; THREE has never written to it.
    const twoChat = 'a:personal-two';
    expect((await postActivity(bot.botUrl, messageActivity('hej', { serviceUrl: bot.stub.url, from: TWO, conversationId: twoChat }))).status).toBe(200);
    const ref = await submittedAndClaimed(bot);
    bot.stub.clear();

    expect(await execute(bot, 'consultation.pass', { ...ref, holder: ONE.id, to: TWO.id }, ONE, GBG_TEAM)).toContain(say(sv.caseWork.handover.passed, { name: TWO.name }));
    const told = bot.stub.calls.filter((c) => c.method === 'POST' && c.conversationId === twoChat);
    expect(told).toHaveLength(1);
    const card = bot.cardsIn(told[0]!.body)[0];
    expect(checkCard(card).problems).toEqual([]);
    const text = cardTexts(card).join('\n');
    expect(text).toContain(say(sv.caseWork.handover.passedToYou, { by: ONE.name, reference: 'GBG-2026-0001' }));
    expect(text).not.toContain('Ung kvinna');
    const links = JSON.stringify(card).match(/https:\/\/teams\.microsoft\.com\/l\/message\/[^"]+/g) ?? [];
    expect(links).toHaveLength(1);
    expect(links[0]).toContain(encodeURIComponent(GBG_TEAM.channel));
    expect(JSON.stringify(card)).toContain(sv.caseWork.handover.openCase);

    // A second click changes nothing and tells no one again; a colleague the bot cannot reach still gets the case.
    bot.stub.clear();
    await execute(bot, 'consultation.pass', { ...ref, holder: TWO.id, to: TWO.id }, ONE, GBG_TEAM);
    expect(bot.stub.calls.filter((c) => c.conversationId === twoChat)).toEqual([]);
    expect(await execute(bot, 'consultation.pass', { ...ref, holder: TWO.id, to: THREE.id }, TWO, GBG_TEAM)).toContain(say(sv.consultation.channel.claimedBy, { name: THREE.name }));
  });
});

describe('transfer to an RC without a channel', () => {
  it('goes to the national channel, as a new request would', async () => {
    const store = await stores.open('sqlite');
    const bot = await start(store);
    await bind(bot, GBG, GBG_TEAM);
    await execute(bot, 'centre.bindNational.submit', {}, ADMIN, NATIONAL_TEAM);
    const ref = await submittedAndClaimed(bot);
    bot.stub.clear();
    await execute(bot, 'consultation.transfer', { ...ref, holder: ONE.id, toRcId: UNA, reason: 'requester_moved' }, ONE, GBG_TEAM);
    const national = posts(bot, NATIONAL_TEAM.channel);
    expect(national).toHaveLength(1);
    expect(national[0]).toContain(say(sv.consultation.channel.newRequest, { reference: 'UNA-2026-0001' }));
    expect(posts(bot, ASKER_CHAT)).toHaveLength(1);
  });

  it('asks for the colleague, centre and reason when the form is sent without them, and refuses someone outside the team', async () => {
    const store = await stores.open('sqlite');
    const bot = await start(store);
    await bind(bot, GBG, GBG_TEAM);
    const ref = await submittedAndClaimed(bot);
    expect(await execute(bot, 'consultation.pass', { ...ref, holder: ONE.id }, ONE, GBG_TEAM)).toContain(sv.caseWork.handover.required);
    expect(await execute(bot, 'consultation.transfer', { ...ref, holder: ONE.id, toRcId: FYR }, ONE, GBG_TEAM)).toContain(sv.caseWork.handover.required);
    expect(await execute(bot, 'consultation.pass', { ...ref, holder: ONE.id, to: '29:someone-else' }, ONE, GBG_TEAM)).toContain(sv.refusals.not_colleague);
    expect(await execute(bot, 'consultation.release', { ...ref, holder: ONE.id }, ONE, { team: '19:team-other', channel: '19:other@thread.tacv2' })).toContain(sv.refusals.not_coordinator);
    expect((await bot.app.consultations.get(GBG, ref.id))?.record.handovers).toBeUndefined();
  });
});

describe('a transfer the store broke off half way', () => {
  it('leaves the sending card with one button that finishes it, posting and telling once', async () => {
    let failOnce = true;
    const store = overriding(await stores.open('sqlite'), 'consultations', (real) => ({
      create: async (doc) => {
        if (failOnce && doc.kind === 'consultation' && doc.rcId === FYR) {
          failOnce = false;
          throw new Error('the store went away');
        }
        return real.create(doc);
      },
    }));
    const clock = new FakeClock(START);
    const bot = await start(store, clock);
    await bind(bot, GBG, GBG_TEAM);
    await bind(bot, FYR, FYR_TEAM);
    const ref = await submittedAndClaimed(bot);
    bot.stub.clear();
    expect(await execute(bot, 'consultation.transfer', { ...ref, holder: ONE.id, toRcId: FYR, reason: 'capacity' }, ONE, GBG_TEAM)).toContain(sv.failures.generic);
    expect(posts(bot, FYR_TEAM.channel)).toEqual([]);

    const card = await execute(bot, 'consultation.view', ref, TWO, GBG_TEAM);
    const fyrName = bot.app.directory.current().centre(FYR)!.name;
    expect(card).toContain(say(sv.caseWork.handover.sentToPending, { centre: fyrName, reason: sv.caseWork.codes.transferReason.capacity }));
    expect(card).toContain(sv.caseWork.handover.finishTransfer);

    // Once the half-made attempt has gone stale, the button finishes the transfer.
    clock.advance(60_000);
    const finished = await execute(bot, 'consultation.transfer', { ...ref, holder: '', toRcId: FYR, reason: 'capacity' }, TWO, GBG_TEAM);
    expect(finished).toContain(say(sv.caseWork.handover.transferred, { centre: fyrName, reference: 'FYR-2026-0001' }));
    expect(posts(bot, FYR_TEAM.channel)).toHaveLength(1);
    expect(posts(bot, ASKER_CHAT)).toHaveLength(1);
    expect((await bot.app.consultations.get(GBG, ref.id))?.record).toMatchObject({ question: null, transferredTo: { reference: 'FYR-2026-0001' } });
  });
});
