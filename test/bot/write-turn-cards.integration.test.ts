// A claim and an answer in the RC's channel build the request's card once, for the clicker
// (the invoke response) and for everyone else (the update of the posted card), and the claim's
// notice to the professional goes out beside that update: what each person sees is unchanged.
import { describe, expect, it } from 'vitest';
import { SOCIAL_WORKER } from '../helpers/activities.js';
import { say, sv } from '../helpers/catalogue.js';
import { cardTexts } from '../helpers/card-validator.js';
import { bindChannel, cardsPostedTo, claim, coordinator, execute, inChannel, personalChat, RC_CHANNEL, submitRequest, text, useBot } from './fixtures.js';

const bot = useBot();
const c = sv.consultation;
const GBG_NAME = 'Resursteam heder, Göteborgs Stad';

/** The cards the bot put in place of the posted one in a conversation, in order. */
const updatesIn = (conversationId: string) =>
  bot().stub.calls.filter((call) => call.method === 'PUT' && call.conversationId === conversationId).map((call) => bot().cardsIn(call.body)[0]);

describe('a write turn in the RC channel', () => {
  it('a claim shows the clicker exactly the card everyone else now sees, and tells the professional which centre took it', async () => {
    await bindChannel(bot());
    const record = await submitRequest(bot());
    bot().stub.clear();

    const clicked = await claim(bot(), record, coordinator(3));

    const updates = updatesIn(RC_CHANNEL);
    expect(updates).toHaveLength(1);
    expect(updates[0]).toEqual(clicked);
    expect(text(clicked)).toContain(say(c.channel.claimedBy, { name: coordinator(3).name }));
    const told = cardsPostedTo(bot(), personalChat(SOCIAL_WORKER));
    expect(told).toHaveLength(1);
    expect(cardTexts(told[0]).join('\n')).toContain(say(c.receipt.claimed, { centre: GBG_NAME, reference: record.reference }));
  });

  it('a claim whose professional cannot be reached still takes the case and updates the channel card', async () => {
    await bindChannel(bot());
    const record = await submitRequest(bot());
    bot().stub.refuse(personalChat(SOCIAL_WORKER));
    bot().stub.clear();

    const clicked = await claim(bot(), record, coordinator(4));

    expect(text(clicked)).toContain(say(c.channel.claimedBy, { name: coordinator(4).name }));
    expect(updatesIn(RC_CHANNEL)).toEqual([clicked]);
    expect((await bot().app.consultations.get(record.rcId, record.id))!.record.status).toBe('claimed');
  });

  it('an answer shows the clicker exactly the updated channel card, saying whether it reached the professional', async () => {
    await bindChannel(bot());
    const record = await submitRequest(bot());
    const ids = { rcId: record.rcId, id: record.id };
    await claim(bot(), ids, coordinator(5));
    bot().stub.clear();

    const answered = await execute(bot(), 'consultation.answer.submit', { ...ids, answer: 'Kontakta oss för en riskbedömning.', outcomes: 'risk_assessment' }, inChannel(bot(), coordinator(5)));

    expect(text(answered)).toContain(c.channel.answerSent);
    expect(updatesIn(RC_CHANNEL)).toEqual([answered]);
    expect(cardsPostedTo(bot(), personalChat(SOCIAL_WORKER))).toHaveLength(1);
  });
});
