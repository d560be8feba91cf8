// A consultation end to end through /api/messages: the social worker's request, the card in the
// RC's channel, twenty coordinators claiming at once, the answer, and its proactive delivery.
import { say, sv } from '../helpers/catalogue.js';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PLAYGROUND_ADMIN_ID } from '../../services/config.js';
import { executeActivity, postActivity, SOCIAL_WORKER, type Person } from '../helpers/activities.js';
import { startBotUnderTest, type BotUnderTest } from '../helpers/bot-under-test.js';
import { cardTexts, checkCard } from '../helpers/card-validator.js';

let bot: BotUnderTest;
const ADMIN: Person = { id: '29:admin', name: 'Olle Administratör', aadObjectId: PLAYGROUND_ADMIN_ID };
const CHANNEL = '19:koordinatorer@thread.tacv2';
const coordinator = (n: number): Person => ({ id: `29:coordinator-${n}`, name: `Koordinator ${n}`, aadObjectId: `00000000-0000-0000-0000-0000000001${String(n).padStart(2, '0')}` });

const inChannel = (from: Person) => ({ serviceUrl: bot.stub.url, from, conversationType: 'channel' as const, conversationId: `${CHANNEL};messageid=1` });
const inPersonal = (from: Person = SOCIAL_WORKER) => ({ serviceUrl: bot.stub.url, from, conversationId: 'a:personal-sara' });

async function execute(verb: string, data: Record<string, unknown>, options: ReturnType<typeof inPersonal>) {
  const res = await postActivity(bot.botUrl, executeActivity(verb, data, options));
  expect(res.status).toBe(200);
  const card = (res.body as { value: unknown }).value;
  expect(checkCard(card).problems).toEqual([]);
  return card;
}
const text = (card: unknown) => cardTexts(card).join('\n');

const request = (overrides: Record<string, string> = {}) => ({
  municipality: '1480',
  sector: 'school',
  gender: 'girl_woman',
  ageBand: '13-17',
  violence: 'control,abduction',
  perpetrators: 'parents,siblings',
  questionType: 'hrv',
  urgent: 'false',
  question: 'Flicka 15 år. Familjen planerar en resa i sommar och skolan oroar sig för bortförande. Hur går vi vidare?',
  deidentified: 'true',
  submissionKey: randomUUID(),
  ...overrides,
});

beforeAll(async () => {
  bot = await startBotUnderTest();
  const bound = await execute('centre.bindChannel', { step: 'bind', centreId: 'resursteam-heder-goteborg' }, inChannel(ADMIN));
  expect(text(bound)).toContain('Kanalen är nu kopplad till Resursteam heder, Göteborgs Stad');
});
afterAll(async () => {
  await bot.close();
});
beforeEach(() => bot.stub.clear());

describe('a social worker asks for a consultation', () => {
  it('opens the guided card with every field the statistics need', async () => {
    const form = await execute('consultation.start', {}, inPersonal());
    const ids = JSON.stringify(form);
    for (const field of ['municipality', 'sector', 'gender', 'ageBand', 'violence', 'perpetrators', 'questionType', 'urgent', 'question', 'deidentified']) {
      expect(ids).toContain(`"id":"${field}"`);
    }
  });

  it('is stopped before anything is stored when the question identifies someone, and keeps every value', async () => {
    const typed = request({ question: 'Amina 150314-1236 går på Kvarnbyskolan och ska resa i sommar.' });
    const again = await execute('consultation.submit', typed, inPersonal());
    expect(text(again)).toMatch(/Texten innehåller uppgifter som kan identifiera någon: .*personnummer/);
    expect(JSON.stringify(again)).toContain('"value":"control,abduction"');
    expect(JSON.stringify(again)).toContain(typed.question);
    expect(bot.stub.calls).toEqual([]);
    expect(await bot.app.consultations.listMine(SOCIAL_WORKER.id)).toEqual([]);
    expect(bot.logLines.join('')).not.toContain('150314');
  });

  it('gets a receipt with the reference, the duty-to-report reminder for a child, and the request reaches the RC channel', async () => {
    const receipt = await execute('consultation.submit', request(), inPersonal());
    expect(text(receipt)).toMatch(/GBG-\d{4}-0001/);
    expect(text(receipt)).toContain('orosanmälan');
    const posted = bot.stub.calls.filter((c) => c.method === 'POST');
    expect(posted).toHaveLength(1);
    expect(posted[0]?.conversationId).toBe(CHANNEL);
    const card = bot.cardsIn(posted[0]?.body)[0];
    expect(text(card)).toMatch(/Ny konsultation GBG-\d{4}-0001/);
    expect(text(card)).toContain('Skola/elevhälsa');
  });

  it('a double click stores one request', async () => {
    const same = request();
    const [a, b] = await Promise.all([execute('consultation.submit', same, inPersonal()), execute('consultation.submit', same, inPersonal())]);
    const refs = [text(a), text(b)].map((t) => /GBG-\d{4}-\d{4}/.exec(t)?.[0]);
    expect(refs[0]).toBe(refs[1]);
    expect(bot.stub.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('an urgent request says at once what to do now', async () => {
    const receipt = await execute('consultation.submit', request({ urgent: 'true' }), inPersonal());
    expect(text(receipt)).toContain('Är någon i akut fara: ring 112.');
    const card = bot.cardsIn(bot.stub.sent()[0])[0];
    expect(text(card)).toContain('BRÅDSKANDE');
  });
});

describe('coordinators in the RC channel', () => {
  it('twenty claim at once: exactly one takes it, the others see who did; the answer reaches the social worker', async () => {
    await execute('consultation.submit', request(), inPersonal());
    const mine = await bot.app.consultations.listMine(SOCIAL_WORKER.id);
    const record = mine.find((r) => r.status === 'new' && !r.urgent)!;
    const ids = { rcId: record.rcId, id: record.id };
    bot.stub.clear();

    const cards = await Promise.all(Array.from({ length: 20 }, (_, i) => execute('consultation.claim', ids, inChannel(coordinator(i)))));
    const winners = cards.filter((c) => !text(c).includes(say(sv.refusals.already_claimed, { name: '' }).trim()));
    expect(winners).toHaveLength(1);
    const winnerName = /Tagen av (Koordinator \d+)/.exec(text(winners[0]))?.[1];
    expect(winnerName).toBeDefined();
    for (const loser of cards.filter((c) => c !== winners[0])) expect(text(loser)).toContain(say(sv.refusals.already_claimed, { name: winnerName! }));
    expect(bot.stub.calls.some((c) => c.method === 'PUT' && c.conversationId === CHANNEL)).toBe(true);

    const winner = coordinator(Number(winnerName!.split(' ')[1]));
    const form = await execute('consultation.answer', ids, inChannel(winner));
    expect(text(form)).toContain('Ditt råd');
    bot.stub.clear();
    const answered = await execute('consultation.answer', { ...ids, step: 'submit', answer: 'Gör en orosanmälan och kontakta oss för en riskbedömning.', outcomes: 'report_of_concern,risk_assessment' }, inChannel(winner));
    expect(text(answered)).toContain(`Besvarad av ${winnerName}`);
    expect(text(answered)).toContain('Svaret är skickat till frågeställaren.');
    const toSara = bot.stub.calls.find((c) => c.method === 'POST' && c.conversationId === 'a:personal-sara');
    expect(toSara).toBeDefined();
    const answerCard = bot.cardsIn(toSara?.body)[0];
    expect(text(answerCard)).toContain('Gör en orosanmälan och kontakta oss för en riskbedömning.');
    expect(text(answerCard)).toContain('Var rådet till hjälp?');

    const rated = await execute('consultation.rate', { ...ids, rating: 4 }, inPersonal());
    expect(text(rated)).toContain('Tack!');
  });

  it('keeps the answer in "Mina konsultationer" when the social worker can no longer be reached', async () => {
    const karim: Person = { id: '29:karim', name: 'Karim', aadObjectId: '00000000-0000-0000-0000-0000000000b2' };
    const fromKarim = { ...inPersonal(karim), conversationId: 'a:personal-karim' };
    await execute('consultation.submit', request(), fromKarim);
    const [record] = await bot.app.consultations.listMine(karim.id);
    const ids = { rcId: record!.rcId, id: record!.id };
    await execute('consultation.claim', ids, inChannel(coordinator(7)));
    bot.stub.refuse('a:personal-karim');
    const answered = await execute('consultation.answer', { ...ids, step: 'submit', answer: 'Kontakta socialtjänsten i dag.', outcomes: '' }, inChannel(coordinator(7)));
    expect(text(answered)).toContain('Frågeställaren kunde inte nås just nu.');
    const mine = await execute('consultation.mine', {}, fromKarim);
    expect(text(mine)).toContain('Svar: Kontakta socialtjänsten i dag.');
  });

  it('refuses a claim from outside the bound channel', async () => {
    await execute('consultation.submit', request(), inPersonal());
    const record = (await bot.app.consultations.listMine(SOCIAL_WORKER.id)).find((r) => r.status === 'new')!;
    const card = await execute('consultation.claim', { rcId: record.rcId, id: record.id }, inPersonal(coordinator(99)));
    expect(text(card)).toContain(sv.refusals.not_coordinator);
  });

  it('lets the social worker withdraw until it is claimed, and the channel card says so', async () => {
    await execute('consultation.submit', request(), inPersonal());
    const record = (await bot.app.consultations.listMine(SOCIAL_WORKER.id)).find((r) => r.status === 'new')!;
    bot.stub.clear();
    const done = await execute('consultation.withdraw', { rcId: record.rcId, id: record.id }, inPersonal());
    expect(text(done)).toContain(`Frågan ${record.reference} är återkallad.`);
    const update = bot.stub.calls.find((c) => c.method === 'PUT');
    expect(text(bot.cardsIn(update?.body)[0])).toContain('Återkallad av frågeställaren');
  });

  it('logs a phone consultation with the same codes, closed at once', async () => {
    const logged = await execute('consultation.log', { ...request(), step: 'submit', channel: 'phone', outcomes: 'conversation_advice' }, inChannel(coordinator(1)));
    expect(text(logged)).toMatch(/Konsultationen GBG-\d{4}-\d{4} är loggad\./);
  });

  it('lists the social worker\'s own requests with their state', async () => {
    const mine = await execute('consultation.mine', {}, inPersonal());
    expect(text(mine)).toContain('Mina konsultationer');
    expect(text(mine)).toMatch(/GBG-\d{4}-0001 · /);
  });
});
