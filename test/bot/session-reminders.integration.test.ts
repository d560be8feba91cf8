// Session reminders through the real bot and a fake clock: two instances share the store, and
// each booked person gets each reminder once, in their personal chat, with the meeting link.
import { actor } from '../helpers/actors.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../services/storage/sqlite/sqlite-store.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { messageActivity, postActivity, type Person } from '../helpers/activities.js';
import { startBotUnderTest, type BotUnderTest } from '../helpers/bot-under-test.js';

const LEAD: Person = { id: '29:lead', name: 'Maja Ledare', aadObjectId: 'lead' };
const SARA: Person = { id: '29:sara', name: 'Sara Medlem', aadObjectId: 'sara' };
const MEETING = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_rem%40thread.v2/0';
const clock = new FakeClock('2026-12-01T09:00:00Z');
let first: BotUnderTest;
let second: BotUnderTest;

beforeAll(async () => {
  const store = new SqliteStore({ file: ':memory:' });
  first = await startBotUnderTest({ store, clock });
  second = await startBotUnderTest({ store, clock });
  await postActivity(first.botUrl, messageActivity('hej', { serviceUrl: first.stub.url, from: SARA, conversationId: 'a:sara' }));
  const networks = first.app.networks;
  const created = await networks.createNetwork(actor(LEAD, { admin: true }), { rcId: 'una-norrbotten', name: 'Nätverket', leads: [LEAD], meetingUrl: MEETING });
  if (!created.ok) throw new Error('network not created');
  const id = created.network.networkId;
  await networks.addOrganisation(LEAD, id, { name: 'Socialtjänsten Luleå', type: 'social_services', municipality: '2580', member: SARA });
  const series = await networks.createSeries(LEAD, id, { firstDate: '2026-12-10', startTime: '13:00', durationMinutes: '120', cadenceWeeks: '2', endKind: 'count', count: '2', holidayPolicy: 'move' });
  if (!series.ok) throw new Error('series not created');
  await networks.book(SARA, id, series.sessions[0]!.id);
  first.stub.clear();
});

afterAll(async () => {
  await first.close();
  await second.close();
});

const remindersToSara = () =>
  [...first.stub.calls, ...second.stub.calls].filter((c) => c.method === 'POST' && c.conversationId === 'a:sara' && String(c.body?.text).startsWith('Påminnelse'));

describe('session reminders', () => {
  it('sends the two-day reminder once across two instances, then the one-hour reminder once', async () => {
    clock.set('2026-12-08T12:30:00Z'); // 13:00 on 10 Dec is 12:00Z: two days minus 30 minutes
    await Promise.all([first.app.jobs.runDueNow(), second.app.jobs.runDueNow()]);
    await Promise.all([first.app.jobs.runDueNow(), second.app.jobs.runDueNow()]);
    expect(remindersToSara()).toHaveLength(1);
    expect(String(remindersToSara()[0]?.body?.text)).toContain(MEETING);

    clock.set('2026-12-10T11:30:00Z'); // 30 minutes before
    await Promise.all([first.app.jobs.runDueNow(), second.app.jobs.runDueNow()]);
    await first.app.jobs.runDueNow();
    expect(remindersToSara()).toHaveLength(2);
  });
});
