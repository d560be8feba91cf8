// Issue #16 through /api/messages, on both stores: a consultation is a conversation. The RC
// asks a clarifying question from its channel card, the professional gets it in personal chat
// and replies (a reply naming someone comes back in its form, the text kept), the channel's
// card shows the thread with a short message under it; "Mina konsultationer" shows what the
// case was about and the buttons allowed now; a closed case reopens within the RC's period.
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../services/time/fake-clock.js';
import { SOCIAL_WORKER } from '../helpers/activities.js';
import { startBotUnderTest, type BotUnderTest } from '../helpers/bot-under-test.js';
import { cardTexts } from '../helpers/card-validator.js';
import { say, sv } from '../helpers/catalogue.js';
import { useStores } from '../helpers/stores.js';
import { bindChannel, cardsPostedTo, claim, coordinator, execute, inChannel, inPersonal, inputValue, messageAfter, personalChat, RC_CHANNEL, submitRequest, text } from './fixtures.js';

const stores = useStores();
const t = sv.caseThread;
const GBG_NAME = 'Resursteam heder, Göteborgs Stad';
const DAY_MS = 86_400_000;
const QUESTION = 'Har skolan redan pratat med socialtjänsten om resan?';
const REPLY = 'Ja, en orosanmälan gjordes i förra veckan.';
const KOORDINATOR = coordinator(1);

const bots: BotUnderTest[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.close();
});

describe.each(stores.kinds)('a case is a conversation (%s)', (kind) => {
  const start = async () => {
    const clock = new FakeClock('2026-12-01T09:00:00Z');
    const bot = await startBotUnderTest({ store: await stores.open(kind), clock });
    bots.push(bot);
    await bindChannel(bot);
    const record = await submitRequest(bot);
    await claim(bot, record, KOORDINATOR);
    return { bot, clock, ids: { rcId: record.rcId, id: record.id } };
  };
  const updatesOfChannelCard = (bot: BotUnderTest) => bot.stub.calls.filter((c) => c.method === 'PUT' && c.conversationId === RC_CHANNEL).map((c) => cardTexts(bot.cardsIn(c.body)[0]).join('\n'));

  it('goes back and forth between the channel and the professional: question, a refused reply kept, the reply, both cards in order', async () => {
    const { bot, ids } = await start();
    const form = await execute(bot, 'consultation.thread.open', { ...ids, kind: 'question' }, inChannel(bot, KOORDINATOR));
    expect(text(form)).toContain(say(t.forms.question, { reference: ids.id }));
    bot.stub.clear();

    const asked = await execute(bot, 'consultation.thread.submit', { ...ids, kind: 'question', text: QUESTION }, inChannel(bot, KOORDINATOR));
    expect(text(asked)).toContain(t.sentToRequester);
    // In the RC's own channel the coordinator's name goes with the message.
    expect(text(asked)).toContain(`${t.kinds.question} · ${say(t.coordinator, { name: KOORDINATOR.name!, centre: GBG_NAME })} · `);
    expect(text(asked)).toContain(QUESTION);
    expect(updatesOfChannelCard(bot).at(-1)).toContain(QUESTION);

    // The professional gets it in personal chat, from the centre: never the coordinator's name.
    const [delivered] = cardsPostedTo(bot, personalChat(SOCIAL_WORKER));
    expect(text(delivered)).toContain(say(t.incoming.question, { centre: GBG_NAME, reference: ids.id }));
    expect(text(delivered)).toContain(QUESTION);
    expect(JSON.stringify(delivered)).not.toContain(KOORDINATOR.name);

    const replyForm = await execute(bot, 'consultation.thread.open', ids, inPersonal(bot));
    expect(text(replyForm)).toContain(say(t.forms.reply, { centre: GBG_NAME, reference: ids.id }));
    const identifying = 'Elevens personnummer är 20100314-2389.';
    const blocked = await execute(bot, 'consultation.thread.submit', { ...ids, text: identifying }, inPersonal(bot));
    expect(inputValue(blocked, 'text')).toBe(identifying);
    expect(messageAfter(blocked, 'text')).toBe(say(sv.consultation.errors.identifying, { kinds: sv.consultation.findingKinds.personal_identity_number }));
    expect((await bot.app.consultations.get(ids.rcId, ids.id))!.record.thread).toHaveLength(1);
    bot.stub.clear();

    const replied = await execute(bot, 'consultation.thread.submit', { ...ids, text: REPLY }, inPersonal(bot));
    expect(text(replied)).toContain(say(t.sentToCentre, { centre: GBG_NAME }));
    expect(text(replied)).toContain(`${t.kinds.reply} · ${t.you}`);
    expect(text(replied)).toContain(`${t.kinds.question} · ${say(t.centreRole, { centre: GBG_NAME })}`);
    expect(JSON.stringify(replied)).not.toContain(KOORDINATOR.name);

    // The channel: the card updated in place with the thread in order, and a short message under it.
    const card = updatesOfChannelCard(bot).at(-1)!;
    expect(card.indexOf(QUESTION)).toBeLessThan(card.indexOf(REPLY));
    expect(card).toContain(`${t.kinds.reply} · ${say(t.requester, { sector: sv.codes.sector.school })}`);
    const { channelActivityId } = (await bot.app.consultations.get(ids.rcId, ids.id))!.record;
    const underCard = cardsPostedTo(bot, `${RC_CHANNEL};messageid=${channelActivityId}`);
    expect(text(underCard[0])).toContain(say(t.channelReply, { reference: ids.id }));
  });

  it('shows the case in "Mina konsultationer": what it was about, its status, the thread and only what can be done now', async () => {
    const { bot, ids } = await start();
    await execute(bot, 'consultation.thread.submit', { ...ids, kind: 'question', text: QUESTION }, inChannel(bot, KOORDINATOR));
    const mine = await execute(bot, 'consultation.mine', {}, inPersonal(bot));
    const question = (await bot.app.consultations.get(ids.rcId, ids.id))!.record.question!;
    expect(text(mine)).toContain(question.slice(0, 60));
    expect(text(mine)).toContain(`${ids.id} · ${sv.codes.status.claimed}`);
    expect(text(mine)).toContain(QUESTION);
    expect(text(mine)).toContain(t.reply);
    expect(text(mine)).toContain(t.show);
    expect(text(mine)).not.toContain(sv.consultation.receipt.withdraw);
    expect(text(mine)).not.toContain(t.newContact);

    const shown = await execute(bot, 'consultation.case.show', ids, inPersonal(bot));
    expect(text(shown)).toContain(t.awaitingReply);
    // Someone else's case is not theirs to see.
    const other = await execute(bot, 'consultation.case.show', ids, inPersonal(bot, { id: '29:someone-else', name: 'Annan', aadObjectId: '00000000-0000-0000-0000-0000000000e1' }));
    expect(text(other)).toContain(sv.refusals.not_yours);
  });

  it('reopens a closed case with "Ny kontakt i samma ärende" within 30 days, and the channel hears of it', async () => {
    const { bot, clock, ids } = await start();
    await execute(bot, 'consultation.answer.submit', { ...ids, answer: 'Gör en orosanmälan och kontakta oss igen.', outcomes: '' }, inChannel(bot, KOORDINATOR));
    await execute(bot, 'consultation.close', ids, inChannel(bot, KOORDINATOR));
    clock.advance(29 * DAY_MS);
    const shown = await execute(bot, 'consultation.case.show', ids, inPersonal(bot));
    expect(text(shown)).toContain(t.newContact);
    const form = await execute(bot, 'consultation.newContact.open', ids, inPersonal(bot));
    expect(text(form)).toContain(say(t.forms.new_contact, { reference: ids.id }));
    bot.stub.clear();

    const reopened = await execute(bot, 'consultation.newContact.submit', { ...ids, text: 'Familjen har nu bokat resan till juli.' }, inPersonal(bot));
    expect(text(reopened)).toContain(say(t.reopened, { centre: GBG_NAME }));
    expect(text(reopened)).toContain(`${t.status}: ${sv.codes.status.claimed}`);
    expect((await bot.app.consultations.get(ids.rcId, ids.id))!.record).toMatchObject({ status: 'claimed', contacts: 2, claimedBy: { id: KOORDINATOR.id } });
    expect(updatesOfChannelCard(bot).at(-1)).toContain('Familjen har nu bokat resan till juli.');
    const { channelActivityId } = (await bot.app.consultations.get(ids.rcId, ids.id))!.record;
    expect(text(cardsPostedTo(bot, `${RC_CHANNEL};messageid=${channelActivityId}`)[0])).toContain(say(t.channelNewContact, { reference: ids.id }));
  });

  it('refuses a new contact after the period with a clear message, and stores nothing', async () => {
    const { bot, clock, ids } = await start();
    await execute(bot, 'consultation.close', ids, inChannel(bot, KOORDINATOR));
    clock.advance(31 * DAY_MS);
    const shown = await execute(bot, 'consultation.case.show', ids, inPersonal(bot));
    expect(text(shown)).not.toContain(t.newContact);
    const expired = say(sv.refusals.reopen_period_over, { max: 30 });
    expect(text(await execute(bot, 'consultation.newContact.open', ids, inPersonal(bot)))).toContain(expired);
    const before = (await bot.app.consultations.get(ids.rcId, ids.id))!.record;
    const refused = await execute(bot, 'consultation.newContact.submit', { ...ids, text: 'Familjen har bokat resan.' }, inPersonal(bot));
    expect(text(refused)).toContain(expired);
    expect((await bot.app.consultations.get(ids.rcId, ids.id))!.record).toEqual(before);
  });

  it('follows the period the RC sets in its channel: 60 days lets a case closed 45 days ago reopen', async () => {
    const { bot, clock, ids } = await start();
    await execute(bot, 'consultation.close', ids, inChannel(bot, KOORDINATOR));
    const p = sv.caseThread.period;
    const form = await execute(bot, 'consultation.reopenPeriod.open', {}, inChannel(bot, KOORDINATOR));
    expect(text(form)).toContain(say(p.title, { centre: GBG_NAME }));
    expect(inputValue(form, 'days')).toBe(30);
    const wrong = await execute(bot, 'consultation.reopenPeriod.submit', { rcId: ids.rcId, days: '900' }, inChannel(bot, KOORDINATOR));
    expect(messageAfter(wrong, 'days')).toBe(p.errors.out_of_range);
    const saved = await execute(bot, 'consultation.reopenPeriod.submit', { rcId: ids.rcId, days: '60' }, inChannel(bot, KOORDINATOR));
    expect(text(saved)).toContain(say(p.saved, { centre: GBG_NAME, days: 60 }));
    // Only the RC's coordinators, from its channel.
    expect(text(await execute(bot, 'consultation.reopenPeriod.submit', { rcId: ids.rcId, days: '365' }, inPersonal(bot)))).toContain(sv.refusals.not_coordinator);
    clock.advance(45 * DAY_MS);
    const reopened = await execute(bot, 'consultation.newContact.submit', { ...ids, text: 'Familjen har bokat resan.' }, inPersonal(bot));
    expect(text(reopened)).toContain(say(t.reopened, { centre: GBG_NAME }));
  });

  it('offers a follow-up on the same case from the delivered answer', async () => {
    const { bot, ids } = await start();
    bot.stub.clear();
    await execute(bot, 'consultation.answer.submit', { ...ids, answer: 'Gör en orosanmälan och kontakta oss igen.', outcomes: '' }, inChannel(bot, KOORDINATOR));
    const [answer] = cardsPostedTo(bot, personalChat(SOCIAL_WORKER));
    expect(text(answer)).toContain(t.write);
    const form = await execute(bot, 'consultation.thread.open', ids, inPersonal(bot));
    expect(text(form)).toContain(say(t.forms.requester_info, { centre: GBG_NAME, reference: ids.id }));
    const sent = await execute(bot, 'consultation.thread.submit', { ...ids, text: 'Tack. Vi har gjort orosanmälan i dag.' }, inPersonal(bot));
    expect(text(sent)).toContain(`${t.kinds.info} · ${t.you}`);
    expect(text(sent)).toContain(`${t.status}: ${sv.codes.status.answered}`);
  });

  it('answers a tampered message with its form, the text kept and nothing stored', async () => {
    const { bot, ids } = await start();
    const odd = await execute(bot, 'consultation.thread.submit', { ...ids, kind: 'order', text: QUESTION }, inChannel(bot, KOORDINATOR));
    expect(inputValue(odd, 'text')).toBe(QUESTION);
    expect(text(odd)).toContain(sv.consultation.errors.invalid);
    const unreadable = await execute(bot, 'consultation.thread.submit', { ...ids, text: 42 }, inPersonal(bot));
    expect(text(unreadable)).toContain(sv.consultation.errors.unreadable);
    expect((await bot.app.consultations.get(ids.rcId, ids.id))!.record.thread).toEqual([]);
  });

  it('keeps the RC\'s message for the professional when they cannot be reached, and says so in the channel', async () => {
    const { bot, ids } = await start();
    bot.stub.refuse(personalChat(SOCIAL_WORKER));
    const asked = await execute(bot, 'consultation.thread.submit', { ...ids, kind: 'info', text: 'Vi ringer er i morgon förmiddag.' }, inChannel(bot, KOORDINATOR));
    expect(text(asked)).toContain(t.keptForRequester);
    expect(text(await execute(bot, 'consultation.case.show', ids, inPersonal(bot)))).toContain('Vi ringer er i morgon förmiddag.');
  });
});
