// Reminders on both stores, driven by a FakeClock: which are due when, their stable keys, and
// that two bot instances asking at the same moment send each reminder exactly once.

import { describe, expect, it } from 'vitest';
import { OnceLedger } from '../../services/jobs/once-ledger.js';
import { NetworkService } from '../../services/sessions/network-service.js';
import { dueOffset, HOUR_MS, DAY_MS, type Reminder } from '../../services/sessions/reminders.js';
import { useStores, yieldTurn } from '../helpers/stores.js';
import { deputyB, lead, memberA, memberB, nth, ok, outsider, questionRaw, world, type World } from './helpers.js';

const stores = useStores();

const keys = (reminders: readonly Reminder[]): string[] => reminders.map((r) => r.key).sort();

describe('dueOffset', () => {
  const start = Date.parse('2026-03-10T12:00:00Z');
  const offsets = [2 * DAY_MS, HOUR_MS];
  it('opens each window at its offset and closes it when the next, shorter one opens', () => {
    expect(dueOffset(offsets, start, start - 2 * DAY_MS - 1)).toBeNull();
    expect(dueOffset(offsets, start, start - 2 * DAY_MS)).toBe(2 * DAY_MS);
    expect(dueOffset(offsets, start, start - HOUR_MS - 1)).toBe(2 * DAY_MS);
    expect(dueOffset(offsets, start, start - HOUR_MS)).toBe(HOUR_MS);
    expect(dueOffset(offsets, start, start - 1)).toBe(HOUR_MS);
    expect(dueOffset(offsets, start, start)).toBeNull();
  });
});

describe.each(stores.kinds)('session reminders (%s)', (kind) => {
  /** The first session booked by A's member and B's deputy, the second by A's member; two questions wait for the first. */
  async function booked(): Promise<World> {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const [s0, s1] = [nth(w, 0).id, nth(w, 1).id];
    ok(await w.service.book(memberA, id, s0));
    ok(await w.service.book(deputyB, id, s0));
    ok(await w.service.book(memberA, id, s1));
    ok(await w.service.submitQuestion(memberA, id, s0, questionRaw()));
    ok(await w.service.submitQuestion(memberB, id, s0, questionRaw()));
    return w;
  }

  it('is due two days and one hour before for each booker, and the day before for the leads', async () => {
    const w = await booked();
    const s0 = nth(w, 0); // Tuesday 10 March, 13:00 (12:00Z)
    expect(await w.service.dueReminders(w.clock.now())).toEqual([]);

    w.clock.set('2026-03-08T12:00:00Z');
    const twoDays = await w.service.dueReminders();
    expect(keys(twoDays)).toEqual([`session-reminder:${s0.id}:0:${deputyB.id}:2880m`, `session-reminder:${s0.id}:0:${memberA.id}:2880m`]);
    expect(twoDays[0]).toMatchObject({ kind: 'participant', networkName: 'Nätverk Norrbotten', sessionId: s0.id, startsAt: s0.startsAt, meetingUrl: w.network.meetingUrl, offsetMinutes: 2880 });

    w.clock.set('2026-03-09T12:30:00Z');
    const dayBefore = await w.service.dueReminders();
    const leadReminder = dayBefore.find((r) => r.kind === 'lead');
    expect(leadReminder).toEqual(expect.objectContaining({ key: `session-lead:${s0.id}:0`, leads: [lead], questions: { submitted: 2, carriedOver: 0 } }));
    expect(dayBefore.filter((r) => r.kind === 'participant').map((r) => r.key)).toEqual(expect.arrayContaining(keys(twoDays)));

    w.clock.set('2026-03-10T11:15:00Z');
    expect(keys((await w.service.dueReminders()).filter((r) => r.kind === 'participant'))).toEqual([
      `session-reminder:${s0.id}:0:${deputyB.id}:60m`,
      `session-reminder:${s0.id}:0:${memberA.id}:60m`,
    ]);
    w.clock.set(s0.startsAt);
    expect((await w.service.dueReminders()).filter((r) => r.sessionId === s0.id)).toEqual([]);
  });

  it('sends each reminder exactly once when two instances ask at the same moments', async () => {
    const w = await booked();
    const instances = ['bot-1', 'bot-2'].map((name) => ({
      service: new NetworkService(w.store, w.clock, { sleep: () => yieldTurn() }),
      ledger: OnceLedger.forStore(w.store, w.clock, name),
    }));
    const sent: string[] = [];
    const expected = new Set<string>();
    for (const at of ['2026-03-08T12:00:00Z', '2026-03-08T18:00:00Z', '2026-03-09T12:00:00Z', '2026-03-09T13:00:00Z', '2026-03-10T11:00:00Z', '2026-03-10T11:30:00Z']) {
      w.clock.set(at);
      for (const key of keys(await w.service.dueReminders())) expected.add(key);
      const won = await Promise.all(instances.map((i) => i.service.claimDueReminders(i.ledger)));
      for (const reminders of won) sent.push(...keys(reminders));
    }
    expect(sent.sort()).toEqual([...expected].sort());
    expect(new Set(sent).size).toBe(sent.length);
    expect(expected.size).toBe(2 + 1 + 2); // two-day ×2, the lead's, one-hour ×2
  });

  it('reminds again for a new time after a reschedule, never for a cancelled session', async () => {
    const w = await booked();
    const id = w.network.networkId;
    const [s0, s1] = [nth(w, 0), nth(w, 1)];
    const ledger = OnceLedger.forStore(w.store, w.clock, 'bot-1');
    w.clock.set('2026-03-08T12:00:00Z');
    expect(await w.service.claimDueReminders(ledger)).toHaveLength(2);
    expect(await w.service.claimDueReminders(ledger)).toEqual([]);

    ok(await w.service.rescheduleSession(lead, id, s0.id, { startTime: '11:00' }));
    const again = await w.service.claimDueReminders(ledger);
    expect(keys(again)).toEqual([`session-reminder:${s0.id}:1:${deputyB.id}:2880m`, `session-reminder:${s0.id}:1:${memberA.id}:2880m`]);
    expect(again[0]?.startsAt).toBe('2026-03-10T10:00:00.000Z');

    // Cancelled: its reminders stop, and its questions wait for the next session as carried over.
    ok(await w.service.cancelSession(lead, id, s0.id, 'Ledighet'));
    w.clock.set('2026-03-09T12:00:00Z');
    expect(await w.service.dueReminders()).toEqual([]);
    w.clock.set('2026-03-23T12:30:00Z');
    const due = await w.service.dueReminders();
    expect(due.map((r) => [r.kind, r.sessionId])).toEqual([
      ['participant', s1.id],
      ['lead', s1.id],
    ]);
    expect(due[1]).toMatchObject({ questions: { submitted: 0, carriedOver: 2 } });
  });

  it('reminds the organisation\'s member when the deputy who booked has been replaced', async () => {
    const w = await booked();
    const id = w.network.networkId;
    ok(await w.service.setDeputy(lead, id, w.orgB.id, outsider));
    w.clock.set('2026-03-08T12:00:00Z');
    const people = (await w.service.dueReminders()).flatMap((r) => (r.kind === 'participant' ? [r.person.id] : []));
    expect(people.sort()).toEqual([memberA.id, memberB.id].sort());
  });

  it('takes other offsets, and refuses nonsense ones', async () => {
    const w = await booked();
    w.clock.set('2026-03-09T12:00:00Z');
    const custom = await w.service.dueReminders(w.clock.now(), { before: [DAY_MS], leadBefore: 3 * HOUR_MS });
    expect(keys(custom)).toEqual([`session-reminder:${nth(w, 0).id}:0:${deputyB.id}:1440m`, `session-reminder:${nth(w, 0).id}:0:${memberA.id}:1440m`]);
    await expect(w.service.dueReminders(w.clock.now(), { before: [] })).rejects.toThrow(RangeError);
    await expect(w.service.dueReminders(w.clock.now(), { before: [-HOUR_MS] })).rejects.toThrow(RangeError);
  });
});
