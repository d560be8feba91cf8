// A consultation end to end through /api/messages: the social worker's request, the card in the
// RC's channel, twenty coordinators claiming at once, the answer, and its proactive delivery.
// Each test starts from an empty store and binds the channel itself.
import { describe, expect, it } from 'vitest';
import { SOCIAL_WORKER, type Person } from '../helpers/activities.js';
import { matching, say, sv } from '../helpers/catalogue.js';
import { cardTexts } from '../helpers/card-validator.js';
import {
  bindChannel, cardsPostedTo, claim, coordinator, execute, inChannel, inPersonal, inputValue, personalChat, RC_CHANNEL, request, submitRequest, text, useBot,
} from './fixtures.js';

const bot = useBot();
const c = sv.consultation;
const sector = sv.codes.sector;

describe('a social worker asks for a consultation', () => {
  it('opens the guided card with every field the statistics need', async () => {
    const form = await execute(bot(), 'consultation.start', {}, inPersonal(bot()));
    for (const field of ['municipality', 'sector', 'gender', 'ageBand', 'violence', 'perpetrators', 'questionType', 'urgent', 'question', 'deidentified']) {
      expect(JSON.stringify(form)).toContain(`"id":"${field}"`);
    }
  });

  it('is stopped before anything is stored when the question identifies someone, and keeps every value', async () => {
    await bindChannel(bot());
    bot().stub.clear();
    const typed = request({ question: 'Amina 150314-1236 går på Kvarnbyskolan och ska resa i sommar.' });
    const again = await execute(bot(), 'consultation.submit', typed, inPersonal(bot()));
    expect(text(again)).toMatch(matching(c.errors.identifying, { kinds: new RegExp(`.*${c.findingKinds.personal_identity_number}.*`) }));
    expect(inputValue(again, 'violence')).toBe('control,abduction');
    expect(inputValue(again, 'question')).toBe(typed.question);
    expect(bot().stub.calls).toEqual([]);
    expect(await bot().app.consultations.listMine(SOCIAL_WORKER.id)).toEqual([]);
    expect(bot().logLines.join('')).not.toContain('150314');
  });

  it('gets a receipt with the reference, the duty-to-report reminder for a child, and the request reaches the RC channel', async () => {
    await bindChannel(bot());
    bot().stub.clear();
    const receipt = await execute(bot(), 'consultation.submit', request(), inPersonal(bot()));
    const [record] = await bot().app.consultations.listMine(SOCIAL_WORKER.id);
    expect(record!.reference).toMatch(/^GBG-\d{4}-0001$/);
    expect(cardTexts(receipt)).toContain(record!.reference);
    expect(text(receipt)).toContain(c.receipt.childDuty);
    const posted = cardsPostedTo(bot(), RC_CHANNEL);
    expect(posted).toHaveLength(1);
    expect(text(posted[0])).toContain(say(c.channel.newRequest, { reference: record!.reference }));
    expect(text(posted[0])).toContain(sector.school);
  });

  it('a double click stores one request', async () => {
    await bindChannel(bot());
    bot().stub.clear();
    const same = request();
    await Promise.all([execute(bot(), 'consultation.submit', same, inPersonal(bot())), execute(bot(), 'consultation.submit', same, inPersonal(bot()))]);
    expect(await bot().app.consultations.listMine(SOCIAL_WORKER.id)).toHaveLength(1);
    expect(cardsPostedTo(bot(), RC_CHANNEL)).toHaveLength(1);
  });

  it('an urgent request says at once what to do now', async () => {
    await bindChannel(bot());
    bot().stub.clear();
    const receipt = await execute(bot(), 'consultation.submit', request({ urgent: 'true' }), inPersonal(bot()));
    expect(text(receipt)).toContain(c.receipt.urgent112);
    expect(text(cardsPostedTo(bot(), RC_CHANNEL)[0])).toContain(c.channel.urgent);
  });
});

describe('coordinators in the RC channel', () => {
  it('twenty claim at once: exactly one takes it, the others see who did; the answer reaches the social worker', async () => {
    await bindChannel(bot());
    const record = await submitRequest(bot());
    const ids = { rcId: record.rcId, id: record.id };
    bot().stub.clear();

    const cards = await Promise.all(Array.from({ length: 20 }, (_, i) => claim(bot(), ids, coordinator(i))));
    const stored = await bot().app.consultations.get(record.rcId, record.id);
    const winnerName = stored!.record.claimedBy!.name ?? '';
    const winners = cards.filter((card) => text(card).includes(say(c.channel.claimedBy, { name: winnerName })) && !text(card).includes(say(sv.refusals.already_claimed, { name: winnerName })));
    expect(winners).toHaveLength(1);
    for (const loser of cards.filter((card) => card !== winners[0])) expect(text(loser)).toContain(say(sv.refusals.already_claimed, { name: winnerName }));
    expect(bot().stub.calls.some((call) => call.method === 'PUT' && call.conversationId === RC_CHANNEL)).toBe(true);

    const winner: Person = coordinator(Number(winnerName.split(' ')[1]));
    const form = await execute(bot(), 'consultation.answer.open', ids, inChannel(bot(), winner));
    expect(cardTexts(form)).toContain(c.channel.answerText);
    bot().stub.clear();
    const advice = 'Gör en orosanmälan och kontakta oss för en riskbedömning.';
    const answered = await execute(bot(), 'consultation.answer.submit', { ...ids, answer: advice, outcomes: 'report_of_concern,risk_assessment' }, inChannel(bot(), winner));
    expect(text(answered)).toContain(say(c.channel.answeredBy, { name: winnerName }));
    expect(text(answered)).toContain(c.channel.answerSent);
    const [answerCard] = cardsPostedTo(bot(), personalChat(SOCIAL_WORKER));
    expect(text(answerCard)).toContain(advice);
    expect(text(answerCard)).toContain(c.answer.helpful);

    const rated = await execute(bot(), 'consultation.rate', { ...ids, rating: 4 }, inPersonal(bot()));
    expect(text(rated)).toContain(c.answer.thanks);
  });

  it('keeps the answer in "Mina konsultationer" when the social worker can no longer be reached', async () => {
    const karim: Person = { id: '29:karim', name: 'Karim', aadObjectId: '00000000-0000-0000-0000-0000000000b2' };
    await bindChannel(bot());
    const record = await submitRequest(bot(), {}, karim);
    const ids = { rcId: record.rcId, id: record.id };
    await claim(bot(), ids, coordinator(7));
    bot().stub.refuse(personalChat(karim));
    const advice = 'Kontakta socialtjänsten i dag.';
    const answered = await execute(bot(), 'consultation.answer.submit', { ...ids, answer: advice, outcomes: '' }, inChannel(bot(), coordinator(7)));
    expect(text(answered)).toContain(c.channel.answerKept);
    const mine = await execute(bot(), 'consultation.mine', {}, inPersonal(bot(), karim));
    expect(text(mine)).toContain(`${c.mine.answer}: ${advice}`);
  });

  it('refuses a claim from outside the bound channel', async () => {
    await bindChannel(bot());
    const record = await submitRequest(bot());
    const card = await execute(bot(), 'consultation.claim', { rcId: record.rcId, id: record.id }, inPersonal(bot(), coordinator(99)));
    expect(text(card)).toContain(sv.refusals.not_coordinator);
    expect((await bot().app.consultations.get(record.rcId, record.id))!.record.status).toBe('new');
  });

  it('lets the social worker withdraw until it is claimed, and the channel card says so', async () => {
    await bindChannel(bot());
    const record = await submitRequest(bot());
    bot().stub.clear();
    const done = await execute(bot(), 'consultation.withdraw', { rcId: record.rcId, id: record.id }, inPersonal(bot()));
    expect(text(done)).toContain(say(c.receipt.withdrawn, { reference: record.reference }));
    const update = bot().stub.calls.find((call) => call.method === 'PUT');
    expect(text(bot().cardsIn(update?.body)[0])).toContain(c.channel.withdrawn);
  });

  it('logs a phone consultation with the same codes, closed at once', async () => {
    await bindChannel(bot());
    const logged = await execute(bot(), 'consultation.log.submit', { ...request(), channel: 'phone', outcomes: 'conversation_advice' }, inChannel(bot(), coordinator(1)));
    expect(text(logged)).toMatch(matching(c.log.saved, { reference: /GBG-\d{4}-0001/ }));
  });

  it("lists the social worker's own requests with their state", async () => {
    await bindChannel(bot());
    const record = await submitRequest(bot());
    const mine = await execute(bot(), 'consultation.mine', {}, inPersonal(bot()));
    expect(text(mine)).toContain(c.mine.title);
    expect(text(mine)).toContain(`${record.reference} · ${sv.codes.status.new}`);
  });
});
