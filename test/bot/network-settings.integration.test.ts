// What a person could not do before #11 gave it a verb: leave a waiting list, take back a
// question sent to a session, change an organisation's deputy, set the network's meeting link,
// and renew the calendar link. Through /api/messages, each test on its own bot.
import { describe, expect, it } from 'vitest';
import { say, sv } from '../helpers/catalogue.js';
import { ADMIN, createNetworkWithMember, execute, inChannel, inPersonal, KARIM, LEAD, NETWORK_CHANNEL, NILS, planSessions, SARA, text, useBot } from './fixtures.js';

const bot = useBot({ members: [ADMIN, LEAD, SARA, KARIM, NILS] });
const s = sv.sessions;
const NETWORK = 'Nätverket Norrbotten';
/** The data of the card's Action.Execute with this verb (what the button sends). */
function actionData(card: unknown, verb: string): Record<string, unknown> | undefined {
  const actions: Array<{ verb?: string; data?: Record<string, unknown> }> = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as { type?: unknown; verb?: string; data?: Record<string, unknown> };
    if (o.type === 'Action.Execute') actions.push(o);
    Object.values(o).forEach(walk);
  };
  walk(card);
  return actions.find((a) => a.verb === verb)?.data;
}

const NEW_MEETING = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_new%40thread.v2/0';

describe('a member', () => {
  it('leaves the waiting list of a full session, and is told so if asked again', async () => {
    const { networkId } = await createNetworkWithMember(bot());
    // One place, taken by Sara's organisation: Nils queues, then leaves the queue.
    const series = await bot().app.networks.createSeries(LEAD, networkId, {
      firstDate: '2026-12-10', startTime: '13:00', durationMinutes: '120', cadenceWeeks: '2', endKind: 'count', count: '1', holidayPolicy: 'move', capacity: '1',
    });
    if (!series.ok) throw new Error(series.reason);
    const sessionId = series.sessions[0]!.id;
    await execute(bot(), 'session.book', { networkId, sessionId }, inPersonal(bot(), SARA));
    const queued = await execute(bot(), 'session.waitlist', { networkId, sessionId }, inPersonal(bot(), NILS));
    expect(text(queued)).toContain(say(s.booking.queued, { position: 1 }));

    const left = await execute(bot(), 'session.waitlist.leave', { networkId, sessionId }, inPersonal(bot(), NILS));
    expect(text(left)).toContain(s.booking.leftWaitlist);
    expect((await bot().app.networks.session(networkId, sessionId))!.waitingList).toEqual([]);
    const again = await execute(bot(), 'session.waitlist.leave', { networkId, sessionId }, inPersonal(bot(), NILS));
    expect(text(again)).toContain(sv.refusals.not_waiting);
  });

  it('takes back a question sent in advance, which then leaves the agenda; another organisation cannot', async () => {
    const { networkId } = await createNetworkWithMember(bot());
    const [sessionId] = await planSessions(bot(), networkId);
    const sent = await execute(bot(), 'session.question.send', {
      networkId, sessionId, question: 'Hur stöttar vi en ungdom som vill flytta hemifrån?', questionType: 'hrv', ageBand: '18-26', deidentified: 'true',
    }, inPersonal(bot(), SARA));
    const questionId = actionData(sent, 'session.question.withdraw')?.questionId;
    expect(questionId).toEqual(expect.any(String));

    const refused = await execute(bot(), 'session.question.withdraw', { networkId, questionId }, inPersonal(bot(), NILS));
    expect(text(refused)).toContain(sv.refusals.not_yours);
    const done = await execute(bot(), 'session.question.withdraw', { networkId, questionId }, inPersonal(bot(), SARA));
    expect(text(done)).toContain(s.question.withdrawn);
    const agenda = await bot().app.networks.agenda(LEAD, networkId, sessionId!);
    expect(agenda.ok && agenda.entries.map((e) => e.id)).not.toContain(questionId);
  });
});

describe('a lead', () => {
  it("changes an organisation's deputy among the team's members, or removes the deputy", async () => {
    const { networkId, orgIds } = await createNetworkWithMember(bot());
    const channel = inChannel(bot(), LEAD, NETWORK_CHANNEL);
    const form = await execute(bot(), 'network.deputy.open', {}, channel);
    expect(JSON.stringify(form)).toContain(`"value":"${orgIds[0]}"`);

    const changed = await execute(bot(), 'network.deputy.submit', { organisation: orgIds[1], deputy: ADMIN.id }, channel);
    expect(text(changed)).toContain(say(s.network.deputySaved, { org: 'Polisen Norrbotten' }));
    const removed = await execute(bot(), 'network.deputy.submit', { organisation: orgIds[0], deputy: 'none' }, channel);
    expect(text(removed)).toContain(say(s.network.deputySaved, { org: 'Socialtjänsten Luleå' }));
    const orgs = (await bot().app.networks.network(networkId))!.organisations;
    expect(orgs.map((o) => o.deputy?.id ?? null)).toEqual([null, ADMIN.id]);

    const byMember = await execute(bot(), 'network.deputy.open', {}, inChannel(bot(), SARA, NETWORK_CHANNEL));
    expect(text(byMember)).toContain(s.network.noNetworks);
  });

  it("sets the network's meeting link; a link that is not a Teams meeting comes back with the reason, as typed", async () => {
    const { networkId } = await createNetworkWithMember(bot());
    const form = await execute(bot(), 'network.meetingLink.open', { networkId }, inPersonal(bot(), LEAD));
    expect(text(form)).toContain(say(s.network.meetingLinkTitle, { network: NETWORK }));

    const wrong = await execute(bot(), 'network.meetingLink.submit', { networkId, meetingUrl: 'https://zoom.us/j/123' }, inPersonal(bot(), LEAD));
    expect(text(wrong)).toContain(sv.consultation.errors.not_teams_meeting);
    expect(text(wrong)).not.toContain(sv.consultation.errors.invalid);
    expect(JSON.stringify(wrong)).toContain('https://zoom.us/j/123');
    const saved = await execute(bot(), 'network.meetingLink.submit', { networkId, meetingUrl: NEW_MEETING }, inPersonal(bot(), LEAD));
    expect(text(saved)).toContain(say(s.network.meetingLinkSaved, { network: NETWORK }));
    expect((await bot().app.networks.network(networkId))!.meetingUrl).toBe(NEW_MEETING);

    const byMember = await execute(bot(), 'network.meetingLink.submit', { networkId, meetingUrl: NEW_MEETING }, inPersonal(bot(), SARA));
    expect(text(byMember)).toContain(sv.refusals.not_lead);
  });

  it('renews the calendar link: the old feed stops answering, the new one works', async () => {
    const { networkId } = await createNetworkWithMember(bot());
    await planSessions(bot(), networkId);
    const before = await bot().app.networks.feedToken(SARA, networkId);
    if (!before.ok) throw new Error(before.reason);
    expect((await fetch(`${bot().botUrl}/calendar/${before.token}.ics`)).status).toBe(200);

    const renewed = await execute(bot(), 'network.feed.renew', { networkId }, inPersonal(bot(), LEAD));
    expect(text(renewed)).toContain(say(s.network.feedRenewed, { network: NETWORK }));
    const after = await bot().app.networks.feedToken(SARA, networkId);
    if (!after.ok) throw new Error(after.reason);
    expect(after.token).not.toBe(before.token);
    expect((await fetch(`${bot().botUrl}/calendar/${before.token}.ics`)).status).toBe(404);
    expect((await fetch(`${bot().botUrl}/calendar/${after.token}.ics`)).status).toBe(200);

    const byMember = await execute(bot(), 'network.feed.renew', { networkId }, inPersonal(bot(), SARA));
    expect(text(byMember)).toContain(sv.refusals.not_lead);
  });
});
