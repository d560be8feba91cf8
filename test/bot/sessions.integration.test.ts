// Network sessions through /api/messages: an administrator creates a network, its lead adds
// organisations and plans a holiday-aware series, a member books and sends a question, the
// deputy finds the place taken, the lead marks the question discussed and records attendance.
import { say, sv } from '../helpers/catalogue.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYGROUND_ADMIN_ID } from '../../services/config.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { executeActivity, messageActivity, postActivity, type Person } from '../helpers/activities.js';
import { startBotUnderTest, type BotUnderTest } from '../helpers/bot-under-test.js';
import { cardTexts, checkCard } from '../helpers/card-validator.js';

const ADMIN: Person = { id: '29:admin', name: 'Olle Administratör', aadObjectId: PLAYGROUND_ADMIN_ID };
const LEAD: Person = { id: '29:lead', name: 'Maja Ledare', aadObjectId: '00000000-0000-0000-0000-0000000000c1' };
const SARA: Person = { id: '29:sara', name: 'Sara Medlem', aadObjectId: '00000000-0000-0000-0000-0000000000c2' };
const KARIM: Person = { id: '29:karim', name: 'Karim Ersättare', aadObjectId: '00000000-0000-0000-0000-0000000000c3' };
const NILS: Person = { id: '29:nils', name: 'Nils Polis', aadObjectId: '00000000-0000-0000-0000-0000000000c4' };
const MEETING = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0';
const clock = new FakeClock('2026-12-01T09:00:00Z');
let bot: BotUnderTest;

const channel = (from: Person) => ({ serviceUrl: bot.stub.url, from, conversationType: 'channel' as const, conversationId: '19:natverk@thread.tacv2' });
const personal = (from: Person) => ({ serviceUrl: bot.stub.url, from, conversationId: `a:personal-${from.id}` });
async function execute(verb: string, data: Record<string, unknown>, options: ReturnType<typeof personal>) {
  const res = await postActivity(bot.botUrl, executeActivity(verb, data, options));
  expect(res.status).toBe(200);
  const card = (res.body as { value: unknown }).value;
  expect(checkCard(card).problems).toEqual([]);
  return card;
}
const text = (card: unknown) => cardTexts(card).join('\n');
let networkId = '';
let sessionId = '';

beforeAll(async () => {
  bot = await startBotUnderTest({ clock, members: [ADMIN, LEAD, SARA, KARIM, NILS] });
  for (const p of [SARA, KARIM, LEAD]) await postActivity(bot.botUrl, messageActivity('hej', personal(p)));
});
afterAll(async () => {
  await bot.close();
});

describe('fortnightly network sessions', () => {
  it('an administrator creates a network in a channel, choosing its lead among the team', async () => {
    const form = await execute('network.create', {}, channel(ADMIN));
    expect(JSON.stringify(form)).toContain('"title":"Maja Ledare"');
    const done = await execute('network.create', { step: 'submit', rcId: 'una-norrbotten', name: 'Nätverket Norrbotten', meetingUrl: MEETING, leads: LEAD.id }, channel(ADMIN));
    expect(text(done)).toContain('Nätverket Nätverket Norrbotten är skapat.');
    networkId = (await bot.app.networks.networksOf(LEAD.id))[0]!.networkId;
  });

  it('a member cannot add organisations; the lead adds two, one with a deputy', async () => {
    const refused = await execute('network.addOrganisation', {}, channel(SARA));
    expect(text(refused)).toContain('Du leder inget nätverk.');
    const first = await execute('network.addOrganisation', { step: 'submit', networkId, name: 'Socialtjänsten Luleå', type: 'social_services', municipality: '2580', member: SARA.id, deputy: KARIM.id }, channel(LEAD));
    expect(text(first)).toContain('Socialtjänsten Luleå är med i nätverket Nätverket Norrbotten.');
    await execute('network.addOrganisation', { step: 'submit', networkId, name: 'Polisen Norrbotten', type: 'police', municipality: '2580', member: NILS.id }, channel(LEAD));
  });

  it('the lead names a co-lead among the team, who can then plan sessions too', async () => {
    const done = await execute('network.addCoLead', { step: 'submit', networkId, person: ADMIN.id }, channel(LEAD));
    expect(text(done)).toContain('Olle Administratör leder nu också nätverket Nätverket Norrbotten.');
    const network = await bot.app.networks.network(networkId);
    expect(bot.app.networks.roleOf(network!, ADMIN.id)).toBe('lead');
    const refused = await execute('network.addCoLead', { step: 'submit', networkId, person: KARIM.id }, channel(SARA));
    expect(text(refused)).toContain('Du leder inget nätverk.');
  });

  it('the lead binds the network to a channel, where new sessions are then announced', async () => {
    const bound = await execute('network.bindChannel', { step: 'submit', networkId }, channel(LEAD));
    expect(text(bound)).toContain('meddelar nya, ändrade och inställda träffar i den här kanalen');
    bot.stub.clear();
  });

  it('the lead plans a fortnightly series; julafton moves to the next working day and the card says why', async () => {
    const created = await execute('session.series.create', {
      networkId, step: 'submit', firstDate: '2026-12-10', startTime: '13:00', durationMinutes: '120', cadenceWeeks: '2', endKind: 'count', count: '4', holidayPolicy: 'move', meetingUrl: '',
    }, personal(LEAD));
    expect(text(created)).toContain('4 träffar är planerade.');
    expect(text(created)).toMatch(/24 dec.*flyttad till.*28 dec.*\(julafton\)/i);
    const announced = bot.stub.calls.find((c) => c.method === 'POST' && c.conversationId === '19:natverk@thread.tacv2');
    expect(String(announced?.body?.text)).toMatch(/^Nya nätverksträffar i Nätverket Norrbotten: .*13:00/);
  });

  it('a member books the organisation\'s place; the deputy then finds it taken', async () => {
    const list = await execute('session.list', {}, personal(SARA));
    expect(text(list)).toContain('Nätverket Norrbotten');
    const upcoming = await bot.app.networks.upcoming(SARA.id);
    sessionId = upcoming[0]!.session.id;
    const booked = await execute('session.book', { networkId, sessionId }, personal(SARA));
    expect(text(booked)).toContain('Platsen är bokad för Socialtjänsten Luleå.');
    const deputy = await execute('session.book', { networkId, sessionId }, personal(KARIM));
    expect(text(deputy)).toContain(say(sv.refusals.already_booked, { name: 'Sara Medlem' }));
  });

  it('the lead moves a session; the member who booked is told at once in personal chat', async () => {
    const second = (await bot.app.networks.upcoming(SARA.id))[1]!.session;
    await execute('session.book', { networkId, sessionId: second.id }, personal(SARA));
    bot.stub.clear();
    const moved = await execute('session.reschedule', { networkId, sessionId: second.id, step: 'submit', date: second.date, startTime: '14:30', meetingUrl: '' }, personal(LEAD));
    expect(text(moved)).toContain('Träffen är ändrad. 1 bokade har fått besked.');
    const told = bot.stub.calls.find((c) => c.method === 'POST' && c.conversationId === `a:personal-${SARA.id}`);
    expect(String(told?.body?.text)).toContain('14:30');
  });

  it('a member sends a de-identified question; an identifying one is stopped with every value kept', async () => {
    const base = { networkId, sessionId, step: 'submit', questionType: 'case_handling', ageBand: '13-17', violence: 'control', deidentified: 'true' };
    const stopped = await execute('session.question.submit', { ...base, question: 'Ring mamman på 070-123 45 67 om flickan.' }, personal(SARA));
    expect(text(stopped)).toMatch(/telefonnummer/);
    expect(JSON.stringify(stopped)).toContain('"value":"case_handling"');
    const sent = await execute('session.question.submit', { ...base, question: 'Hur samverkar vi med skolan när en elev riskerar att föras utomlands?' }, personal(SARA));
    expect(text(sent)).toContain('Frågan är skickad');
  });

  it('the lead sees the question on the agenda, marks it discussed, records attendance, and the member is asked how it was', async () => {
    const agenda = await execute('session.agenda', { networkId, sessionId }, personal(LEAD));
    expect(text(agenda)).toContain('Hur samverkar vi med skolan');
    const questionId = (await bot.app.networks.agenda(LEAD, networkId, sessionId));
    expect(questionId.ok).toBe(true);
    const id = questionId.ok ? questionId.entries[0]!.id : '';
    const discussed = await execute('session.agenda', { networkId, sessionId, op: 'discussed', questionId: id }, personal(LEAD));
    expect(text(discussed)).toContain('Diskuterad');

    const memberRefused = await execute('session.agenda', { networkId, sessionId }, personal(SARA));
    expect(text(memberRefused)).toContain(sv.refusals.not_lead);

    const orgs = (await bot.app.networks.network(networkId))!.organisations;
    const early = await execute('session.attendance', { networkId, sessionId, step: 'submit', [`org_${orgs[0]!.id}`]: 'true' }, personal(LEAD));
    expect(text(early)).toContain(sv.refusals.not_started);

    clock.set('2026-12-10T15:00:00Z');
    bot.stub.clear();
    const saved = await execute('session.attendance', { networkId, sessionId, step: 'submit', [`org_${orgs[0]!.id}`]: 'true', [`org_${orgs[1]!.id}`]: 'false' }, personal(LEAD));
    expect(text(saved)).toContain('Närvaron är sparad.');
    const toSara = bot.stub.calls.find((c) => c.method === 'POST' && c.conversationId === `a:personal-${SARA.id}`);
    expect(text(bot.cardsIn(toSara?.body)[0])).toMatch(/Hur var nätverksträffen/);
  });

  it('offers the session as a calendar file with a stable UID', async () => {
    const token = await bot.app.networks.feedToken(SARA, networkId);
    expect(token.ok).toBe(true);
    const res = await fetch(`${bot.botUrl}/calendar/${token.ok ? token.token : ''}/${encodeURIComponent(sessionId)}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const body = (await res.text()).replace(/\r\n[ \t]/g, ''); // unfold iCalendar's 75-byte lines
    expect(body).toContain(`UID:${sessionId}@rc-bot`);
    expect(body).toContain('DTSTART;TZID=Europe/Stockholm:20261210T130000');
    expect((await fetch(`${bot.botUrl}/calendar/not-a-token.ics`)).status).toBe(404);
  });
});
