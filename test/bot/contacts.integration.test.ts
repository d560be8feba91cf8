// Issue #13 item 5 through /api/messages: no card says "Ring …" without a number. The urgent
// receipt always shows 112 and a contact that exists; a centre without a phone shows no phone
// row; a phone an administrator enters appears at once; "katalogstatus" lists what is missing.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { PLAYGROUND_ADMIN_ID } from '../../services/config.js';
import { executeActivity, messageActivity, postActivity, SOCIAL_WORKER, type Person } from '../helpers/activities.js';
import { actor } from '../helpers/actors.js';
import { startBotUnderTest, type BotUnderTest } from '../helpers/bot-under-test.js';
import { cardTexts, checkCard } from '../helpers/card-validator.js';
import { say, sv } from '../helpers/catalogue.js';

const GBG = 'resursteam-heder-goteborg';
const bots: BotUnderTest[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.close();
});

async function execute(bot: BotUnderTest, verb: string, data: Record<string, unknown>, from: Person = SOCIAL_WORKER): Promise<string[]> {
  const res = await postActivity(bot.botUrl, executeActivity(verb, data, { serviceUrl: bot.stub.url, from }));
  expect(res.status).toBe(200);
  const card = (res.body as { value: unknown }).value;
  expect(checkCard(card).problems).toEqual([]);
  return cardTexts(card);
}
const urgentRequest = () => ({
  municipality: '1480', sector: 'police', gender: 'girl_woman', ageBand: '18-26', violence: 'physical', perpetrators: 'relatives',
  questionType: 'hrv', urgent: 'true', question: 'Kvinna 20 år hotas av släkten efter skilsmässa. Vad gör vi i kväll?', deidentified: 'true', submissionKey: randomUUID(),
});
const callPrefix = (template: string) => template.slice(0, template.indexOf('{'));

describe('contacts that exist', () => {
  it('the urgent receipt shows 112 and a contact that exists, never "Ring" without a number', async () => {
    const bot = await startBotUnderTest();
    bots.push(bot);
    const texts = await execute(bot, 'consultation.submit', urgentRequest());
    const receipt = texts.join('\n');
    expect(receipt).toContain(sv.consultation.receipt.urgent112);
    // The shipped directory has no numbers (the sources print none): no call rows at all.
    expect(receipt).not.toContain(callPrefix(sv.consultation.receipt.urgentCentreBy.phone));
    expect(receipt).not.toContain(callPrefix(sv.consultation.receipt.urgentNchBy.phone));
    expect(receipt).toContain(say(sv.consultation.receipt.urgentNchBy.web, { contact: 'https://www.hedersfortryck.se' }));
  });

  it('shows the number once an administrator has entered it', async () => {
    const bot = await startBotUnderTest();
    bots.push(bot);
    const admin = actor({ id: '29:admin', aadObjectId: PLAYGROUND_ADMIN_ID }, { admin: true });
    const corrected = await bot.app.directory.correctCentre(admin, GBG, { status: 'permanent', phone: '031-123 45 67', coverage: '1480', coverageNotStated: 'false' }, undefined);
    expect(corrected).toMatchObject({ ok: true });
    const receipt = (await execute(bot, 'consultation.submit', urgentRequest())).join('\n');
    expect(receipt).toContain(say(sv.consultation.receipt.urgentCentreBy.phone, { contact: '031-123 45 67' }));
  });

  it('a centre card without a phone has no phone row', async () => {
    const bot = await startBotUnderTest();
    bots.push(bot);
    const texts = await execute(bot, 'centre.lookup', { place: '2584' }); // Kiruna: Una Norrbotten
    expect(texts).toContain('Una Norrbotten – kompetensteam mot våld');
    expect(texts).not.toContain(sv.centre.channelNames.phone);
    expect(texts.join('\n')).not.toMatch(/underlaget/);
  });

  it('"katalogstatus" shows administrators what is missing, and a centre leaves the list once filled in', async () => {
    const bot = await startBotUnderTest();
    bots.push(bot);
    const ADMIN: Person = { id: '29:admin', name: 'Olle Administratör', aadObjectId: PLAYGROUND_ADMIN_ID };
    const s = sv.centreEdit.catalogueStatus;
    await postActivity(bot.botUrl, messageActivity('katalogstatus', { serviceUrl: bot.stub.url, from: ADMIN }));
    const typed = cardTexts(bot.cardsIn(bot.stub.sent().at(-1))[0]);
    expect(typed).toContain(s.title);
    expect(typed).toContain('Una Norrbotten – kompetensteam mot våld');
    expect(typed).toContain(`• ${s.gaps.no_contacts}`);
    expect(typed).toContain(`• ${s.gaps.no_channel}`);
    expect(typed.some((t) => t.includes('(NCH)'))).toBe(true);

    const gbgRow = (texts: string[]) => texts.indexOf('Resursteam heder, Göteborgs Stad');
    expect(gbgRow(typed)).toBeGreaterThan(-1);
    const admin = actor(ADMIN, { admin: true });
    await bot.app.directory.correctCentre(admin, GBG, { status: 'permanent', phone: '031-123 45 67', coverage: '1480', coverageNotStated: 'false' }, undefined);
    const res = await postActivity(bot.botUrl, executeActivity('centre.bindChannel.submit', { centreId: GBG }, { serviceUrl: bot.stub.url, from: ADMIN, conversationType: 'channel', conversationId: '19:gbg@thread.tacv2;messageid=1' }));
    expect(res.status).toBe(200);
    const after = await execute(bot, 'centre.catalogueStatus', {}, ADMIN);
    expect(gbgRow(after)).toBe(-1);

    expect(await execute(bot, 'centre.catalogueStatus', {})).toContain(sv.refusals.not_admin);
  });
});
