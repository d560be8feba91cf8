// After a session, on both stores: attendance by organisation marks it held, open questions
// move to the next session on their own, and each participant rates it once.

import { describe, expect, it } from 'vitest';
import { useStores } from '../helpers/stores.js';
import { deputyA, deputyB, lead, memberA, memberB, memberC, nth, ok, outsider, questionRaw, world } from './helpers.js';

const stores = useStores();

describe.each(stores.kinds)('attendance and satisfaction (%s)', (kind) => {
  it('marks the session held, keeps attendance per organisation and carries open questions to the next session', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const [s0, s1] = [nth(w, 0), nth(w, 1)];
    const open = ok(await w.service.submitQuestion(memberA, id, s0.id, questionRaw())).question;
    const discussed = ok(await w.service.submitQuestion(memberB, id, s0.id, questionRaw())).question;
    const withdrawn = ok(await w.service.submitQuestion(memberC, id, s0.id, questionRaw())).question;
    ok(await w.service.book(deputyA, id, s0.id));
    ok(await w.service.book(memberB, id, s0.id));

    expect(await w.service.recordAttendance(lead, id, s0.id, [w.orgA.id])).toEqual({ ok: false, reason: 'not_started' });
    w.clock.set(s0.endsAt);
    ok(await w.service.markDiscussed(lead, id, s0.id, discussed.id));
    ok(await w.service.withdrawQuestion(memberC, id, withdrawn.id));
    expect(await w.service.recordAttendance(memberA, id, s0.id, [w.orgA.id])).toEqual({ ok: false, reason: 'not_lead' });
    expect(await w.service.recordAttendance(lead, id, s0.id, [w.orgA.id, 'org-elsewhere'])).toMatchObject({ reason: 'invalid', errors: { presentOrgIds: 'unknown_organisation' } });

    const held = ok(await w.service.recordAttendance(lead, id, s0.id, [w.orgA.id, w.orgC.id]));
    expect(held.session).toMatchObject({
      status: 'held',
      times: { held: s0.endsAt },
      attendance: [
        { orgId: w.orgA.id, present: true },
        { orgId: w.orgB.id, present: false },
        { orgId: w.orgC.id, present: true },
      ],
    });
    // A booked-and-present organisation is asked through whoever booked; one that came unbooked through its member.
    expect(held.participants).toEqual([
      { orgId: w.orgA.id, person: deputyA },
      { orgId: w.orgC.id, person: memberC },
    ]);
    expect(held.questions).toEqual({ moved: [{ questionId: open.id, toSessionId: s1.id }], unplaced: [] });

    const agenda = ok(await w.service.agenda(lead, id, s1.id));
    expect(agenda.entries).toHaveLength(1);
    expect(agenda.entries[0]).toMatchObject({
      kind: 'question',
      question: {
        id: open.id,
        status: 'carried_over',
        sessionId: s1.id,
        history: [
          { event: 'submitted', sessionId: s0.id },
          { event: 'session_held', status: 'carried_over', sessionId: s1.id, by: null },
        ],
      },
    });
    const left = ok(await w.service.agenda(lead, id, s0.id)).entries.map((e) => (e.kind === 'question' ? e.question.status : e.kind));
    expect(left).toEqual(['discussed']);

    // Recording again corrects attendance and moves nothing twice.
    const again = ok(await w.service.recordAttendance(lead, id, s0.id, [w.orgA.id, w.orgB.id, w.orgC.id]));
    expect(again.questions).toEqual({ moved: [], unplaced: [] });
    expect(again.participants.map((p) => p.person.id)).toEqual([deputyA.id, memberB.id, memberC.id]);
    expect(again.session.times.held).toBe(s0.endsAt);
  });

  it('carries a carried-over question on again, and keeps it on the last session when none follows', async () => {
    const w = await world(await stores.open(kind), { count: '2' });
    const id = w.network.networkId;
    const [s0, s1] = [nth(w, 0), nth(w, 1)];
    const q = ok(await w.service.submitQuestion(memberA, id, s0.id, questionRaw())).question;
    w.clock.set(s0.endsAt);
    ok(await w.service.recordAttendance(lead, id, s0.id, []));
    w.clock.set(s1.endsAt);
    const held = ok(await w.service.recordAttendance(lead, id, s1.id, [w.orgA.id]));
    expect(held.questions).toEqual({ moved: [], unplaced: [q.id] });
    const entries = ok(await w.service.agenda(lead, id, s1.id)).entries;
    expect(entries).toMatchObject([{ question: { id: q.id, status: 'carried_over', sessionId: s1.id } }]);
  });

  it('refuses attendance for a cancelled session', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    ok(await w.service.cancelSession(lead, id, nth(w, 0).id, 'Ledighet'));
    w.clock.set(nth(w, 0).endsAt);
    expect(await w.service.recordAttendance(lead, id, nth(w, 0).id, [w.orgA.id])).toEqual({ ok: false, reason: 'cancelled' });
  });

  it('takes one rating 1–5 per person from organisations that were there, even when sent twice at once', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const s = nth(w, 0);
    expect(await w.service.rateSession(memberA, id, s.id, 5)).toEqual({ ok: false, reason: 'not_held' });
    w.clock.set(s.endsAt);
    ok(await w.service.recordAttendance(lead, id, s.id, [w.orgA.id, w.orgC.id]));

    expect(await w.service.rateSession(memberA, id, s.id, 0)).toEqual({ ok: false, reason: 'invalid_rating' });
    expect(await w.service.rateSession(memberA, id, s.id, 4.5)).toEqual({ ok: false, reason: 'invalid_rating' });
    expect(await w.service.rateSession(outsider, id, s.id, 5)).toEqual({ ok: false, reason: 'not_member' });
    expect(await w.service.rateSession(lead, id, s.id, 5)).toEqual({ ok: false, reason: 'not_member' });
    expect(await w.service.rateSession(deputyB, id, s.id, 5)).toEqual({ ok: false, reason: 'not_present' });

    const twice = await Promise.all([w.service.rateSession(memberA, id, s.id, 5), w.service.rateSession(memberA, id, s.id, 4)]);
    expect(twice.filter((r) => r.ok)).toHaveLength(1);
    expect(twice.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'already_rated' }]);
    ok(await w.service.rateSession(deputyA, id, s.id, 3));
    const ratings = (await w.service.session(id, s.id))?.ratings ?? [];
    expect(ratings.map((r) => [r.userId, r.orgId])).toEqual([
      [memberA.id, w.orgA.id],
      [deputyA.id, w.orgA.id],
    ]);
    // Whoever has rated is not asked again when the lead corrects attendance.
    const corrected = ok(await w.service.recordAttendance(lead, id, s.id, [w.orgA.id, w.orgC.id]));
    expect(corrected.participants.map((p) => p.person.id)).toEqual([memberC.id]);
  });
});
