// Network sessions through /api/messages: an administrator creates a network, its lead adds
// organisations and plans a holiday-aware series, a member books and sends a question, the
// deputy finds the place taken, the lead marks the question discussed and records attendance.
// Each test builds the network it needs (fixtures.ts) on a fresh bot.
import { describe, expect, it } from 'vitest';
import { matching, say, sayCount, sv } from '../helpers/catalogue.js';
import {
  ADMIN, cardsPostedTo, createNetworkWithMember, execute, greet, inChannel, inPersonal, inputValue, KARIM, LEAD, MEETING, NETWORK_CHANNEL, NILS, personalChat,
  planSessions, SARA, text, useBot,
} from './fixtures.js';

const bot = useBot({ members: [ADMIN, LEAD, SARA, KARIM, NILS] });
const s = sv.sessions;
const channel = (from: typeof LEAD) => inChannel(bot(), from, NETWORK_CHANNEL);
const NETWORK = 'Nätverket Norrbotten';

describe('setting up a network', () => {
  it('an administrator creates a network in a channel, choosing its lead among the team', async () => {
    const form = await execute(bot(), 'network.create.open', {}, channel(ADMIN));
    expect(JSON.stringify(form)).toContain(`"title":"${LEAD.name}"`);
    const done = await execute(bot(), 'network.create.submit', { rcId: 'una-norrbotten', name: NETWORK, meetingUrl: MEETING, leads: LEAD.id }, channel(ADMIN));
    expect(text(done)).toContain(say(s.network.created, { name: NETWORK }));
    const [network] = await bot().app.networks.networksOf(LEAD.id);
    expect(network?.name).toBe(NETWORK);
  });

  it('a member cannot add organisations; the lead adds one more', async () => {
    const { networkId } = await createNetworkWithMember(bot());
    const refused = await execute(bot(), 'network.addOrganisation.open', {}, channel(SARA));
    expect(text(refused)).toContain(s.network.noNetworks);
    const added = await execute(bot(), 'network.addOrganisation.submit', { networkId, name: 'Skolan Luleå', type: 'school', municipality: '2580', member: ADMIN.id }, channel(LEAD));
    expect(text(added)).toContain(say(s.network.added, { org: 'Skolan Luleå', network: NETWORK }));
    expect((await bot().app.networks.network(networkId))!.organisations.map((o) => o.name)).toContain('Skolan Luleå');
  });

  it('the lead names a co-lead among the team, who can then plan sessions too; a member cannot', async () => {
    const { networkId } = await createNetworkWithMember(bot());
    const done = await execute(bot(), 'network.addCoLead.submit', { networkId, person: ADMIN.id }, channel(LEAD));
    expect(text(done)).toContain(say(s.network.coLeadAdded, { name: ADMIN.name, network: NETWORK }));
    const network = await bot().app.networks.network(networkId);
    expect(bot().app.networks.roleOf(network!, ADMIN.id)).toBe('lead');
    const refused = await execute(bot(), 'network.addCoLead.submit', { networkId, person: KARIM.id }, channel(SARA));
    expect(text(refused)).toContain(s.network.noNetworks);
    expect(bot().app.networks.roleOf((await bot().app.networks.network(networkId))!, KARIM.id)).not.toBe('lead');
  });

  it('the lead binds the network to a channel, where a new series is then announced', async () => {
    const { networkId } = await createNetworkWithMember(bot());
    const bound = await execute(bot(), 'network.bindChannel.submit', { networkId }, channel(LEAD));
    expect(text(bound)).toContain(say(s.network.channelBound, { network: NETWORK }));
    bot().stub.clear();
    await execute(bot(), 'session.series.submit', {
      networkId, firstDate: '2026-12-10', startTime: '13:00', durationMinutes: '120', cadenceWeeks: '2', endKind: 'count', count: '2', holidayPolicy: 'move', meetingUrl: '',
    }, inPersonal(bot(), LEAD));
    const announced = bot().stub.calls.find((c) => c.method === 'POST' && c.conversationId === NETWORK_CHANNEL);
    expect(String(announced?.body?.text)).toMatch(matching(s.network.channelSeries, { network: NETWORK, dates: /[\s\S]*13:00[\s\S]*/ }));
    // One date a line, as a list: 10 Dec and 28 Dec (julafton moved).
    expect(String(announced?.body?.text).split('\n').filter((l) => /^- .* 13:00$/.test(l))).toHaveLength(2);
  });
});

describe('planning and holding sessions', () => {
  it('the lead plans a fortnightly series; julafton moves to the next working day and the card says why', async () => {
    const { networkId } = await createNetworkWithMember(bot());
    const created = await execute(bot(), 'session.series.submit', {
      networkId, firstDate: '2026-12-10', startTime: '13:00', durationMinutes: '120', cadenceWeeks: '2', endKind: 'count', count: '4', holidayPolicy: 'move', meetingUrl: '',
    }, inPersonal(bot(), LEAD));
    expect(text(created)).toContain(sayCount(sv, s.series.created, 4));
    expect(text(created)).toMatch(matching(s.series.movedTo, { date: /.*24 dec.*/, to: /.*28 dec.*/, reason: 'julafton' }));
    expect(await bot().app.networks.sessionsOf(networkId)).toHaveLength(4);
  });

  it("a member books the organisation's place; the deputy then finds it taken", async () => {
    const { networkId } = await createNetworkWithMember(bot());
    const [sessionId] = await planSessions(bot(), networkId);
    const list = await execute(bot(), 'session.list', {}, inPersonal(bot(), SARA));
    expect(text(list)).toContain(NETWORK);
    const booked = await execute(bot(), 'session.book', { networkId, sessionId }, inPersonal(bot(), SARA));
    expect(text(booked)).toContain(say(s.booking.booked, { org: 'Socialtjänsten Luleå' }));
    const deputy = await execute(bot(), 'session.book', { networkId, sessionId }, inPersonal(bot(), KARIM));
    expect(text(deputy)).toContain(say(sv.refusals.already_booked, { name: SARA.name }));
  });

  it('the lead moves a session; the member who booked is told at once in personal chat', async () => {
    const { networkId } = await createNetworkWithMember(bot());
    const [sessionId] = await planSessions(bot(), networkId);
    await greet(bot(), SARA);
    await bot().app.networks.book(SARA, networkId, sessionId!);
    bot().stub.clear();
    const moved = await execute(bot(), 'session.reschedule.submit', { networkId, sessionId, date: '2026-12-10', startTime: '14:30', meetingUrl: '' }, inPersonal(bot(), LEAD));
    expect(text(moved)).toContain(sayCount(sv, s.reschedule.done, 1));
    const told = bot().stub.calls.find((c) => c.method === 'POST' && c.conversationId === personalChat(SARA));
    expect(String(told?.body?.text)).toMatch(matching(s.reschedule.notice, { network: NETWORK, start: '14:30' }));
  });

  it('a member sends a de-identified question; an identifying one is stopped with every value kept', async () => {
    const { networkId } = await createNetworkWithMember(bot());
    const [sessionId] = await planSessions(bot(), networkId);
    const base = { networkId, sessionId, questionType: 'case_handling', ageBand: '13-17', violence: 'control', deidentified: 'true' };
    const stopped = await execute(bot(), 'session.question.send', { ...base, question: 'Ring mamman på 070-123 45 67 om flickan.' }, inPersonal(bot(), SARA));
    expect(text(stopped)).toMatch(matching(sv.consultation.errors.identifying, { kinds: new RegExp(`.*${sv.consultation.findingKinds.phone_number}.*`) }));
    expect(inputValue(stopped, 'questionType')).toBe('case_handling');
    expect(inputValue(stopped, 'question')).toBe('Ring mamman på 070-123 45 67 om flickan.');
    const sent = await execute(bot(), 'session.question.send', { ...base, question: 'Hur samverkar vi med skolan när en elev riskerar att föras utomlands?' }, inPersonal(bot(), SARA));
    expect(text(sent)).toMatch(matching(s.question.sent));
  });

  it('the lead sees the question on the agenda and marks it discussed; a member may not see the agenda', async () => {
    const { networkId } = await createNetworkWithMember(bot());
    const [sessionId] = await planSessions(bot(), networkId);
    const question = 'Hur samverkar vi med skolan när en elev riskerar att föras utomlands?';
    await bot().app.networks.submitQuestion(SARA, networkId, sessionId!, { questionType: 'case_handling', ageBand: '13-17', violence: 'control', question, deidentified: 'true' });
    const agenda = await execute(bot(), 'session.agenda.show', { networkId, sessionId }, inPersonal(bot(), LEAD));
    expect(text(agenda)).toContain(question);
    const entries = await bot().app.networks.agenda(LEAD, networkId, sessionId!);
    const questionId = entries.ok ? entries.entries[0]!.id : '';
    const discussed = await execute(bot(), 'session.agenda.discussed', { networkId, sessionId, questionId }, inPersonal(bot(), LEAD));
    expect(text(discussed)).toContain(s.agenda.statuses.discussed);
    const memberRefused = await execute(bot(), 'session.agenda.show', { networkId, sessionId }, inPersonal(bot(), SARA));
    expect(text(memberRefused)).toContain(sv.refusals.not_lead);
  });

  it('attendance waits until the session has started; then the members present are asked how it was', async () => {
    const { networkId, orgIds } = await createNetworkWithMember(bot());
    const [sessionId] = await planSessions(bot(), networkId);
    await greet(bot(), SARA);
    const early = await execute(bot(), 'session.attendance.save', { networkId, sessionId, [`org_${orgIds[0]}`]: 'true' }, inPersonal(bot(), LEAD));
    expect(text(early)).toContain(sv.refusals.not_started);

    bot().clock.set('2026-12-10T15:00:00Z');
    bot().stub.clear();
    const saved = await execute(bot(), 'session.attendance.save', { networkId, sessionId, [`org_${orgIds[0]}`]: 'true', [`org_${orgIds[1]}`]: 'false' }, inPersonal(bot(), LEAD));
    expect(text(saved)).toContain(sayCount(sv, s.attendance.saved, 0));
    const [asked] = cardsPostedTo(bot(), personalChat(SARA));
    expect(text(asked)).toMatch(matching(s.rating.question));
  });

  it('offers the session as a calendar file with a stable UID', async () => {
    const { networkId } = await createNetworkWithMember(bot());
    const [sessionId] = await planSessions(bot(), networkId);
    const token = await bot().app.networks.feedToken(SARA, networkId);
    expect(token.ok).toBe(true);
    const res = await fetch(`${bot().botUrl}/calendar/${token.ok ? token.token : ''}/${encodeURIComponent(sessionId!)}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const body = (await res.text()).replace(/\r\n[ \t]/g, ''); // unfold iCalendar's 75-byte lines
    expect(body).toContain(`UID:${sessionId}@rc-bot`);
    expect(body).toContain('DTSTART;TZID=Europe/Stockholm:20261210T130000');
    expect((await fetch(`${bot().botUrl}/calendar/not-a-token.ics`)).status).toBe(404);
  });
});
