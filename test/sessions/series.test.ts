// Series and single sessions on both stores: one document per occurrence with stable ids,
// holidays reported, the same card twice makes one series, and cancel/reschedule bump the
// calendar sequence and return whom to tell at once.

import { actor } from '../helpers/actors.js';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { UNA } from '../fixtures/directory.js';
import { useStores } from '../helpers/stores.js';
import { admin, deputyA, harness, lead, MEETING_URL, memberA, memberB, memberC, nth, ok, OTHER_MEETING_URL, questionRaw, seriesRaw, world } from './helpers.js';

const stores = useStores();

describe.each(stores.kinds)('series and sessions (%s)', (kind) => {
  it('stores one session per occurrence with stable ids, Stockholm times and the holidays it skipped', async () => {
    const { service } = harness(await stores.open(kind));
    const id = ok(await service.createNetwork(actor(admin, { admin: true }), { rcId: UNA, name: 'Nätverk', leads: [lead], meetingUrl: MEETING_URL })).network.networkId;
    // Fortnightly Thursdays from 19 March; 14 May 2026 is Kristi himmelsfärds dag and is skipped.
    const key = randomUUID();
    const raw = seriesRaw({ firstDate: '2026-03-19', count: '5', submissionKey: key });
    const created = ok(await service.createSeries(lead, id, raw));
    expect(created.seriesId).toBe(key);
    expect(created.sessions.map((s) => s.id)).toEqual([0, 1, 2, 3, 4].map((i) => `${id}:${key}:${i}`));
    expect(created.sessions.map((s) => s.date)).toEqual(['2026-03-19', '2026-04-02', '2026-04-16', '2026-04-30', '2026-05-28']);
    expect(created.affected).toEqual([{ scheduledDate: '2026-05-14', action: 'skipped', movedTo: null, reason: expect.stringMatching(/himmel/i) }]);
    expect(created.sessions[0]).toMatchObject({
      status: 'scheduled',
      sequence: 0,
      start: '13:00',
      end: '15:00',
      startsAt: '2026-03-19T12:00:00.000Z', // CET
      capacity: null,
      allowMultiplePerOrg: false,
      bookings: [],
    });
    // After the clocks change on 29 March, 13:00 stays 13:00 (CEST).
    expect(created.sessions[1]).toMatchObject({ start: '13:00', startsAt: '2026-04-02T11:00:00.000Z', endsAt: '2026-04-02T13:00:00.000Z' });

    // The same card again: the same series, nothing doubled.
    const again = ok(await service.createSeries(lead, id, raw));
    expect(again).toMatchObject({ duplicate: true, seriesId: key });
    expect(again.sessions).toEqual(created.sessions);
    expect(await service.sessionsOf(id)).toHaveLength(5);
  });

  it('refuses members, invalid rules, and a series starting in the past; takes capacity from the card', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    expect(await w.service.createSeries(memberA, id, seriesRaw())).toEqual({ ok: false, reason: 'not_lead' });
    expect(await w.service.createSeries(lead, id, seriesRaw({ firstDate: '2026-03-14', startTime: '25:00', capacity: 'many' }))).toMatchObject({
      ok: false,
      reason: 'invalid',
      errors: { firstDate: 'invalid', startTime: 'invalid', capacity: 'invalid' },
    });
    expect(await w.service.createSeries(lead, id, seriesRaw({ firstDate: '2026-02-24' }))).toMatchObject({ reason: 'invalid', errors: { firstDate: 'out_of_range' } });
    const limited = ok(await w.service.createSeries(lead, id, seriesRaw({ firstDate: '2026-03-11', capacity: '2', allowMultiplePerOrg: 'true', count: '1' })));
    expect(limited.sessions[0]).toMatchObject({ capacity: 2, allowMultiplePerOrg: true });
  });

  it('cancels with a checked reason, bumps the sequence, returns the booked and moves open questions on', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const [first, second] = [nth(w, 0), nth(w, 1)];
    ok(await w.service.book(memberA, id, first.id));
    ok(await w.service.book(deputyA, id, second.id));
    const question = ok(await w.service.submitQuestion(memberB, id, first.id, questionRaw())).question;

    expect(await w.service.cancelSession(memberA, id, first.id, 'Sjukdom')).toEqual({ ok: false, reason: 'not_lead' });
    expect(await w.service.cancelSession(lead, id, first.id, '  ')).toMatchObject({ reason: 'invalid', errors: { reason: 'required' } });
    expect(await w.service.cancelSession(lead, id, first.id, 'Ring samordnaren på 070-123 45 67')).toMatchObject({
      reason: 'invalid',
      errors: { reason: 'identifying' },
      privacy: { reason: { blocking: ['phone_number'] } },
    });
    expect((await w.service.session(id, first.id))?.status).toBe('scheduled');

    const cancelled = ok(await w.service.cancelSession(lead, id, first.id, 'Samordnaren är sjuk'));
    expect(cancelled.session).toMatchObject({ status: 'cancelled', sequence: 1, cancelReason: 'Samordnaren är sjuk', times: { cancelled: '2026-03-02T08:00:00.000Z' } });
    expect(cancelled.notify.booked.map((b) => b.person)).toEqual([memberA]);
    expect(cancelled.questions).toEqual({ moved: [{ questionId: question.id, toSessionId: second.id }], unplaced: [] });
    expect(await w.service.cancelSession(lead, id, first.id, 'Igen')).toEqual({ ok: false, reason: 'cancelled' });
    expect(await w.service.book(memberC, id, first.id)).toEqual({ ok: false, reason: 'cancelled' });
  });

  it('reschedules date, time or link, bumping the sequence only on a change, and returns the booked', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const first = nth(w, 0);
    ok(await w.service.book(memberA, id, first.id));
    ok(await w.service.book(memberB, id, first.id));
    expect(await w.service.rescheduleSession(memberA, id, first.id, { date: '2026-03-11' })).toEqual({ ok: false, reason: 'not_lead' });
    expect(await w.service.rescheduleSession(lead, id, first.id, {})).toMatchObject({ reason: 'invalid', errors: { date: 'required' } });
    expect(await w.service.rescheduleSession(lead, id, first.id, { date: '2026-02-30', meetingUrl: 'https://evil.example/' })).toMatchObject({
      reason: 'invalid',
      errors: { date: 'invalid', meetingUrl: 'not_teams_meeting' },
    });
    expect(await w.service.rescheduleSession(lead, id, first.id, { date: '2026-03-01' })).toMatchObject({ reason: 'invalid', errors: { date: 'out_of_range' } });

    const moved = ok(await w.service.rescheduleSession(lead, id, first.id, { date: '2026-03-11', startTime: '09:30' }));
    expect(moved).toMatchObject({ changed: true, session: { date: '2026-03-11', start: '09:30', end: '11:30', startsAt: '2026-03-11T08:30:00.000Z', sequence: 1 } });
    expect(moved.notify.booked.map((b) => b.person.id)).toEqual([memberA.id, memberB.id]);
    const linked = ok(await w.service.rescheduleSession(lead, id, first.id, { meetingUrl: OTHER_MEETING_URL }));
    expect(linked.session).toMatchObject({ meetingUrl: OTHER_MEETING_URL, sequence: 2, date: '2026-03-11' });
    const same = ok(await w.service.rescheduleSession(lead, id, first.id, { startTime: '09:30' }));
    expect(same).toMatchObject({ changed: false, session: { sequence: 2 } });

    w.clock.set('2026-03-11T09:00:00Z'); // under way
    expect(await w.service.rescheduleSession(lead, id, first.id, { startTime: '14:00' })).toEqual({ ok: false, reason: 'past' });
    expect(await w.service.cancelSession(lead, id, first.id, 'För sent')).toEqual({ ok: false, reason: 'past' });
  });
});
