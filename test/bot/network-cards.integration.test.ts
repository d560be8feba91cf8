// The network cards as a member and a lead read them: one calendar subscription per network,
// dates that say their year when a list runs over New Year, one date a line, the lead's counts,
// and a created network that does not leave a form inviting a second create.
import { describe, expect, it } from 'vitest';
import { en, say, sayCount, sv } from '../helpers/catalogue.js';
import { ADMIN, createNetworkWithMember, execute, inChannel, inPersonal, KARIM, LEAD, MEETING, NETWORK_CHANNEL, NILS, planSessions, SARA, text, useBot } from './fixtures.js';

const bot = useBot({ members: [ADMIN, LEAD, SARA, KARIM, NILS] });
const s = sv.sessions;

/** Every button of a card, by title and URL where it has one. */
function buttons(card: unknown): Array<{ title: string; url?: string }> {
  const found: Array<{ title: string; url?: string }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Action.')) found.push({ title: String(o.title), ...(typeof o.url === 'string' ? { url: o.url } : {}) });
    Object.values(o).forEach(walk);
  };
  walk(card);
  return found;
}

describe('network cards', () => {
  it('offer the calendar subscription once per network, not under every session', async () => {
    const { networkId } = await createNetworkWithMember(bot());
    await planSessions(bot(), networkId, 3);
    const list = await execute(bot(), 'session.list', {}, inPersonal(bot(), SARA));
    const feeds = buttons(list).filter((b) => b.url?.endsWith('.ics') && !/\/[^/]+:[^/]+\.ics$/.test(decodeURIComponent(b.url)));
    expect(feeds.map((b) => b.title)).toEqual([say(s.list.feedFor, { network: 'Nätverket Norrbotten' })]);
    expect(buttons(list).filter((b) => b.title === s.list.feed)).toEqual([]);
  });

  it('write each date with its year when the list runs over New Year, and not otherwise', async () => {
    const { networkId } = await createNetworkWithMember(bot());
    await planSessions(bot(), networkId, 3); // 10 Dec, 28 Dec (moved from julafton), 7 Jan
    const list = text(await execute(bot(), 'session.list', {}, inPersonal(bot(), SARA)));
    expect(list).toMatch(/10 dec\.? 2026/);
    expect(list).toMatch(/7 jan\.? 2027/);

    const other = await createNetworkWithMember(bot());
    const created = await execute(bot(), 'session.series.submit', {
      networkId: other.networkId, firstDate: '2027-02-04', startTime: '09:00', durationMinutes: '60', cadenceWeeks: '1', endKind: 'count', count: '3', holidayPolicy: 'move', meetingUrl: '',
    }, inPersonal(bot(), LEAD));
    expect(text(created)).not.toMatch(/2027/);
  });

  it('list the planned dates of a new series one a line, with the year across New Year', async () => {
    const { networkId } = await createNetworkWithMember(bot());
    const created = await execute(bot(), 'session.series.submit', {
      networkId, firstDate: '2026-12-10', startTime: '13:00', durationMinutes: '120', cadenceWeeks: '2', endKind: 'count', count: '3', holidayPolicy: 'move', meetingUrl: '',
    }, inPersonal(bot(), LEAD));
    const lines = text(created).split('\n');
    const dated = lines.filter((l) => / 13:00$/.test(l));
    expect(dated).toHaveLength(3);
    expect(dated[0]).toMatch(/10 dec\.? 2026 13:00$/);
    expect(dated[2]).toMatch(/7 jan\.? 2027 13:00$/);
    expect(lines.some((l) => l.includes(', '))).toBe(false);
  });

  it("show the lead each session's booked places and questions", async () => {
    const { networkId } = await createNetworkWithMember(bot());
    const [first] = await planSessions(bot(), networkId, 2);
    await bot().app.networks.book(SARA, networkId, first!);
    await bot().app.networks.submitQuestion(SARA, networkId, first!, { questionType: 'case_handling', ageBand: '13-17', violence: 'control', question: 'Hur samverkar vi med skolan vid risk för utresa?', deidentified: 'true' });
    const list = text(await execute(bot(), 'session.list', {}, inPersonal(bot(), LEAD)));
    expect(list).toContain(`${s.list.lead} · ${sayCount(sv, s.list.booked, 1)} · ${sayCount(sv, s.list.questions, 1)}`);
    expect(list).toContain(`${s.list.lead} · ${sayCount(sv, s.list.booked, 0)} · ${sayCount(sv, s.list.questions, 0)}`);
    const english = text(await execute(bot(), 'session.list', {}, { ...inPersonal(bot(), LEAD), locale: 'en-GB' }));
    expect(english).toContain(`${en.sessions.list.lead} · ${sayCount(en, en.sessions.list.booked, 1)} · ${sayCount(en, en.sessions.list.questions, 1)}`);
  });

  it('replace the create form with the result once the network exists', async () => {
    const done = await execute(bot(), 'network.create.submit', { rcId: 'una-norrbotten', name: 'Nätverket Syd', meetingUrl: MEETING, leads: LEAD.id }, inChannel(bot(), ADMIN, NETWORK_CHANNEL));
    expect(text(done)).toContain(say(s.network.created, { name: 'Nätverket Syd' }));
    expect(JSON.stringify(done)).not.toContain('Input.');
    expect(buttons(done).map((b) => b.title)).not.toContain(s.network.create);
  });
});
