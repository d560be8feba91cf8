// Further contacts on a case through /api/messages, on both stores: a call logged from the
// channel card's "Kontakter och skede" form is one more contact on the same case, and the
// statistics (the card in the channel and its CSV) count one case and two contacts.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { PLAYGROUND_ADMIN_ID } from '../../services/config.js';
import type { DocumentStore } from '../../services/storage/port.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { executeActivity, postActivity, SOCIAL_WORKER, type Person } from '../helpers/activities.js';
import { startBotUnderTest, type BotUnderTest } from '../helpers/bot-under-test.js';
import { cardTexts, checkCard } from '../helpers/card-validator.js';
import { indicatorName } from '../../cards/i18n/indicator-labels.js';
import { say, sv } from '../helpers/catalogue.js';
import { useStores } from '../helpers/stores.js';
import { updateOf } from './fixtures.js';

const stores = useStores();
const GBG = 'resursteam-heder-goteborg';
const ADMIN: Person = { id: '29:admin', name: 'Olle Administratör', aadObjectId: PLAYGROUND_ADMIN_ID };
const ONE = { id: '29:coordinator-1', name: 'Koordinator Ett', aadObjectId: '00000000-0000-0000-0000-000000000101' };
const GBG_TEAM = { team: '19:team-gbg', channel: '19:gbg@thread.tacv2' };
// Tuesday 3 March 2026, 10:00 in Stockholm.
const START = '2026-03-03T09:00:00Z';

const bots: BotUnderTest[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.close();
});

async function execute(bot: BotUnderTest, verb: string, data: Record<string, unknown>, from: Person, inChannel = true): Promise<{ text: string; card: unknown; cardId: string }> {
  const options = inChannel
    ? { serviceUrl: bot.stub.url, from, conversationType: 'channel' as const, conversationId: `${GBG_TEAM.channel};messageid=1` }
    : { serviceUrl: bot.stub.url, from, conversationId: 'a:personal-sara' };
  const cardId = `card-${randomUUID()}`;
  const activity = { ...executeActivity(verb, data, options), replyToId: cardId };
  const sent = inChannel ? { ...activity, channelData: { ...activity.channelData, team: { id: GBG_TEAM.team }, channel: { id: GBG_TEAM.channel } } } : activity;
  const res = await postActivity(bot.botUrl, sent);
  expect(res.status).toBe(200);
  const card = (res.body as { value: unknown }).value;
  expect(checkCard(card).problems).toEqual([]);
  return { text: cardTexts(card).join('\n'), card, cardId };
}

/** The data of the card's button with this title (what Teams sends back with the inputs). */
function buttonData(card: unknown, title: string): Record<string, unknown> {
  const found = JSON.stringify(card).match(new RegExp(`"title":"${title}","verb":"[^"]+","data":(\\{[^}]*\\})`));
  if (!found?.[1]) throw new Error(`no button ${title}`);
  return JSON.parse(found[1]) as Record<string, unknown>;
}

async function start(store: DocumentStore): Promise<BotUnderTest> {
  const bot = await startBotUnderTest({ clock: new FakeClock(START), store });
  bots.push(bot);
  await execute(bot, 'centre.bindChannel.submit', { centreId: GBG }, ADMIN);
  return bot;
}

describe.each(stores.kinds)('contacts on a case over HTTP (%s)', (kind) => {
  it('logs a phone call on the case, and the statistics count one case with two contacts', async () => {
    const bot = await start(await stores.open(kind));
    await execute(bot, 'consultation.submit', {
      municipality: '1480', sector: 'school', gender: 'girl_woman', ageBand: '18-26', violence: 'control', perpetrators: 'parents',
      questionType: 'hrv', urgent: 'false', question: 'Ung kvinna 19 år, familjen kontrollerar henne. Hur stöttar skolan?', deidentified: 'true',
      submissionKey: randomUUID(),
    }, SOCIAL_WORKER, false);
    const [record] = await bot.app.consultations.listMine(SOCIAL_WORKER.id);
    const ref = { rcId: GBG, id: record!.id };

    // Not before someone has taken the case.
    const early = await execute(bot, 'consultation.contact.add', { ...ref, channel: 'phone', on: '2026-03-03', contactKey: 'k0' }, ONE);
    expect(early.text).toContain(sv.refusals.not_claimed);
    await execute(bot, 'consultation.claim', ref, ONE);

    const form = await execute(bot, 'consultation.contacts.open', ref, ONE);
    expect(form.text).toContain(say(sv.caseWork.contacts.count, { count: 1 }));
    const add = buttonData(form.card, sv.caseWork.contacts.add);
    const future = await execute(bot, 'consultation.contact.add', { ...add, channel: 'phone', on: '2026-03-04' }, ONE);
    expect(future.text).toContain(sv.caseWork.contacts.errors.future);
    // The same form sent twice (a retry, a double click) is one contact.
    const added = await execute(bot, 'consultation.contact.add', { ...add, channel: 'phone', on: '2026-03-03' }, ONE);
    expect(added.text).toContain(say(sv.caseWork.contacts.added, { count: 2 }));
    await execute(bot, 'consultation.contact.add', { ...add, channel: 'phone', on: '2026-03-03' }, ONE);
    const staged = await execute(bot, 'consultation.stage.set', { ...ref, stage: 'investigation_under_way' }, ONE);
    expect(staged.text).toContain(sv.caseWork.contacts.stageSaved);

    // The channel card shows the contacts and the stage.
    const channelCard = await execute(bot, 'consultation.view', ref, ONE);
    expect(channelCard.text).toContain(say(sv.caseWork.contacts.stageLine, { stage: sv.caseWork.codes.stage.investigation_under_way }));
    expect(channelCard.text).toContain(say(sv.caseWork.contacts.count, { count: 2 }));

    // The figures replace the "counting" card the invoke answered with.
    const counted = await updateOf(bot, (await execute(bot, 'stats.show', { period: 'quarter:2026:1' }, ONE)).cardId);
    const stats = { text: cardTexts(counted).join('\n'), card: counted };
    expect(stats.text).toContain(`${indicatorName('sv', 'ga2.cases')}\n1\n`);
    expect(stats.text).toContain(`${indicatorName('sv', 'ga2.contacts')}\n2\n`);
    expect(stats.text).toContain(`${indicatorName('sv', 'ga2.contacts.mean')}\n2,0\n`);
    const path = JSON.stringify(stats.card).match(/"url":"http:\/\/[^/"]+(\/api\/stats\/export\/[^"]+\.csv)"/)?.[1];
    const csv = await (await fetch(`${bot.botUrl}${path}`)).text();
    expect(csv).toMatch(/ga2\.contacts;[^;\r\n]+;2\r\n/);
    expect(csv).toMatch(/ga2\.contacts\.by_channel\.phone;[^;\r\n]+;1\r\n/);
    expect(csv).toMatch(/ga2\.contacts\.by_channel\.teams;[^;\r\n]+;1\r\n/);
    expect(csv).toMatch(/ga2\.contacts_per_case\.2_4;[^;\r\n]+;1\r\n/);
    expect(csv).toMatch(/ga2\.stage\.investigation_under_way;[^;\r\n]+;1\r\n/);
  });
});
