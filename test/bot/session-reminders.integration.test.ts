// Session reminders through the real bot and a fake clock: two instances share the store, and
// each booked person gets each reminder once, in their personal chat, with the meeting link.
import { describe, expect, it } from 'vitest';
import { matching, sv } from '../helpers/catalogue.js';
import { createNetworkWithMember, greet, MEETING, personalChat, planSessions, SARA, useTwoInstances } from './fixtures.js';

const instances = useTwoInstances({ now: '2026-12-01T09:00:00Z' });

describe('session reminders', () => {
  it('sends the two-day reminder once across two instances, then the one-hour reminder once', async () => {
    const { first, second, clock } = instances();
    await greet(first, SARA);
    const { networkId } = await createNetworkWithMember(first);
    const [sessionId] = await planSessions(first, networkId);
    await first.app.networks.book(SARA, networkId, sessionId!);
    first.stub.clear();
    const runJobsOnBoth = () => Promise.all([first.app.jobs.runDueNow(), second.app.jobs.runDueNow()]);
    const remindersToSara = () =>
      [...first.stub.calls, ...second.stub.calls].filter((c) => c.method === 'POST' && c.conversationId === personalChat(SARA) && matching(sv.sessions.reminders.upcoming).test(String(c.body?.text)));

    clock.set('2026-12-08T12:30:00Z'); // 13:00 on 10 Dec is 12:00Z: two days minus 30 minutes
    await runJobsOnBoth();
    await runJobsOnBoth();
    expect(remindersToSara()).toHaveLength(1);
    expect(String(remindersToSara()[0]?.body?.text)).toMatch(matching(sv.sessions.reminders.upcoming, { network: 'Nätverket Norrbotten', url: MEETING }));

    clock.set('2026-12-10T11:30:00Z'); // 30 minutes before
    await runJobsOnBoth();
    await first.app.jobs.runDueNow();
    expect(remindersToSara()).toHaveLength(2);
  });
});
