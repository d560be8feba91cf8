// Questions sent in advance and the lead's agenda, on both stores: the identifier check, one
// question per card, status transitions, and who may do what.

import { describe, expect, it } from 'vitest';
import { useStores } from '../helpers/stores.js';
import { coLead, deputyA, deputyB, lead, memberA, memberB, nth, ok, outsider, questionRaw, world } from './helpers.js';

const stores = useStores();
const DAY = 86_400_000;

describe.each(stores.kinds)('questions and agenda (%s)', (kind) => {
  it('stores a de-identified question with its codes for the member\'s organisation', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const s = nth(w, 0).id;
    const raw = questionRaw({ violence: 'marriage,control', ageBand: '18-26', questionType: 'case_handling' });
    const submitted = ok(await w.service.submitQuestion(deputyB, id, s, raw));
    expect(submitted).toMatchObject({
      duplicate: false,
      question: {
        sessionId: s,
        orgId: w.orgB.id,
        submittedBy: deputyB,
        questionType: 'case_handling',
        ageBand: '18-26',
        violence: ['control', 'marriage'],
        status: 'submitted',
        history: [{ event: 'submitted', status: 'submitted', sessionId: s, by: deputyB.id, at: '2026-03-02T08:00:00.000Z' }],
      },
    });
    // The same card twice is one question; another organisation replaying the card gets nothing.
    expect(ok(await w.service.submitQuestion(deputyB, id, s, raw))).toMatchObject({ duplicate: true, question: { id: submitted.question.id } });
    expect(await w.service.submitQuestion(memberA, id, s, raw)).toEqual({ ok: false, reason: 'key_conflict' });
  });

  it('refuses identifying text and stores nothing; asks for confirmation on a possible name', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const s = nth(w, 0).id;
    expect(await w.service.submitQuestion(memberA, id, s, questionRaw({ question: 'Flickan med personnummer 20100314-2389 är rädd.' }))).toEqual({
      ok: false,
      reason: 'invalid',
      errors: { question: 'identifying' },
      privacy: { question: { blocking: ['personal_identity_number'], warnings: [] } },
    });
    const named = questionRaw({ question: 'Vi träffade Fatima i går och hon är rädd för sin bror.' });
    expect(await w.service.submitQuestion(memberA, id, s, named)).toMatchObject({ reason: 'invalid', errors: { question: 'possibly_identifying' } });
    expect(await w.service.submitQuestion(memberA, id, s, questionRaw({ deidentified: 'false', questionType: 'x' }))).toMatchObject({
      reason: 'invalid',
      errors: { deidentified: 'not_deidentified', questionType: 'invalid' },
    });
    expect(ok(await w.service.agenda(lead, id, s)).entries).toEqual([]);
    ok(await w.service.submitQuestion(memberA, id, s, { ...named, confirmWarnings: 'true' }));
    expect(ok(await w.service.agenda(lead, id, s)).entries).toHaveLength(1);

    expect(await w.service.addAgendaItem(lead, id, s, { kind: 'court_ruling', title: 'Dom mot Ahmed Al-Rashid, tel 070-123 45 67' })).toMatchObject({
      reason: 'invalid',
      errors: { title: 'identifying' },
    });
  });

  it('keeps the agenda to leads; members and outsiders cannot read or change it', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const s = nth(w, 0).id;
    const q = ok(await w.service.submitQuestion(memberA, id, s, questionRaw())).question;
    expect(await w.service.submitQuestion(outsider, id, s, questionRaw())).toEqual({ ok: false, reason: 'not_member' });
    expect(await w.service.submitQuestion(lead, id, s, questionRaw())).toEqual({ ok: false, reason: 'not_member' });
    for (const user of [memberA, deputyA, outsider]) {
      expect(await w.service.agenda(user, id, s)).toEqual({ ok: false, reason: 'not_lead' });
      expect(await w.service.reorder(user, id, s, [q.id])).toEqual({ ok: false, reason: 'not_lead' });
      expect(await w.service.markDiscussed(user, id, s, q.id)).toEqual({ ok: false, reason: 'not_lead' });
      expect(await w.service.carryOver(user, id, s, q.id)).toEqual({ ok: false, reason: 'not_lead' });
      expect(await w.service.addAgendaItem(user, id, s, { kind: 'method', title: 'Patriark' })).toEqual({ ok: false, reason: 'not_lead' });
    }
    expect((await w.service.session(id, s))?.agendaItems).toEqual([]);
  });

  it('lets members withdraw their own organisation\'s questions only, until discussed', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const s = nth(w, 0).id;
    const q1 = ok(await w.service.submitQuestion(memberA, id, s, questionRaw())).question;
    const q2 = ok(await w.service.submitQuestion(memberA, id, s, questionRaw())).question;
    expect(await w.service.withdrawQuestion(memberB, id, q1.id)).toEqual({ ok: false, reason: 'not_yours' });
    expect(await w.service.withdrawQuestion(outsider, id, q1.id)).toEqual({ ok: false, reason: 'not_member' });
    expect(ok(await w.service.withdrawQuestion(deputyA, id, q1.id)).question).toMatchObject({ status: 'withdrawn', history: [{ event: 'submitted' }, { event: 'withdrawn', by: deputyA.id }] });
    ok(await w.service.markDiscussed(lead, id, s, q2.id));
    expect(await w.service.withdrawQuestion(memberA, id, q2.id)).toEqual({ ok: false, reason: 'discussed' });
    expect(await w.service.markDiscussed(lead, id, s, q1.id)).toEqual({ ok: false, reason: 'withdrawn' });
    expect(ok(await w.service.agenda(lead, id, s)).entries.map((e) => e.id)).toEqual([q2.id]);
  });

  it('erases the text of discussed and withdrawn questions after the retention period; open ones and the codes stay', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const s0 = nth(w, 0);
    const discussed = ok(await w.service.submitQuestion(memberA, id, s0.id, questionRaw({ violence: 'marriage' }))).question;
    const withdrawn = ok(await w.service.submitQuestion(memberB, id, s0.id, questionRaw())).question;
    const open = ok(await w.service.submitQuestion(deputyA, id, nth(w, 3).id, questionRaw())).question;
    w.clock.set(s0.endsAt);
    ok(await w.service.markDiscussed(lead, id, s0.id, discussed.id));
    ok(await w.service.withdrawQuestion(memberB, id, withdrawn.id));

    w.clock.advance(179 * DAY);
    expect(await w.service.eraseExpiredQuestionText()).toBe(0);
    w.clock.advance(2 * DAY);
    expect(await w.service.eraseExpiredQuestionText()).toBe(2);
    expect(await w.service.eraseExpiredQuestionText()).toBe(0);

    const [entry] = ok(await w.service.agenda(lead, id, s0.id)).entries;
    expect(entry).toMatchObject({ kind: 'question', question: { id: discussed.id, text: null, violence: ['marriage'], status: 'discussed' } });
    const later = ok(await w.service.agenda(lead, id, nth(w, 3).id)).entries;
    expect(later).toMatchObject([{ question: { id: open.id, text: open.text } }]);
  });

  it('orders the agenda: the lead\'s order first, then carried-over questions, new ones, and items', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const [s0, s1] = [nth(w, 0).id, nth(w, 1).id];
    ok(await w.service.addCoLead(lead, id, coLead));
    const early = ok(await w.service.submitQuestion(memberA, id, s1, questionRaw())).question;
    const moving = ok(await w.service.submitQuestion(memberB, id, s0, questionRaw())).question;
    w.clock.advanceHours(1);
    const late = ok(await w.service.submitQuestion(deputyA, id, s1, questionRaw())).question;
    const ruling = ok(await w.service.addAgendaItem(coLead, id, s1, { kind: 'court_ruling', title: 'Ny dom om utreseförbud' })).item;
    expect(ruling).toBeDefined();
    expect(await w.service.markDiscussed(lead, id, s1, moving.id)).toEqual({ ok: false, reason: 'not_on_agenda' });
    const carried = ok(await w.service.carryOver(lead, id, s0, moving.id)).question;
    expect(carried).toMatchObject({ status: 'carried_over', sessionId: s1, history: [{ sessionId: s0 }, { event: 'carried_over', sessionId: s1, by: lead.id }] });

    expect(ok(await w.service.agenda(lead, id, s1)).entries.map((e) => e.id)).toEqual([moving.id, early.id, late.id, ruling.id]);
    expect(await w.service.reorder(lead, id, s1, [ruling.id, 'question:unknown'])).toMatchObject({ reason: 'invalid', errors: { orderedIds: 'unknown_entry' } });
    expect(await w.service.reorder(lead, id, s1, [ruling.id, ruling.id])).toMatchObject({ reason: 'invalid' });
    const reordered = ok(await w.service.reorder(lead, id, s1, [ruling.id, late.id]));
    expect(reordered.entries.map((e) => e.id)).toEqual([ruling.id, late.id, moving.id, early.id]);
    expect(reordered.entries[0]).toMatchObject({ kind: 'item', item: { kind: 'court_ruling', title: 'Ny dom om utreseförbud', addedBy: coLead } });

    expect(ok(await w.service.markDiscussed(lead, id, s1, moving.id)).question.status).toBe('discussed');
    expect(ok(await w.service.markDiscussed(lead, id, s1, moving.id)).question.history).toHaveLength(3);
    expect(await w.service.carryOver(lead, id, s1, moving.id)).toEqual({ ok: false, reason: 'discussed' });
  });

  it('answers a second click without a second change, and refuses carrying a withdrawn question or one from another session', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const [s0, s1] = [nth(w, 0).id, nth(w, 1).id];
    const q = ok(await w.service.submitQuestion(memberA, id, s0, questionRaw())).question;
    const other = ok(await w.service.submitQuestion(memberA, id, s0, questionRaw())).question;
    expect(await w.service.carryOver(lead, id, s1, q.id)).toEqual({ ok: false, reason: 'not_on_agenda' });
    expect(ok(await w.service.withdrawQuestion(memberA, id, q.id)).question.history).toHaveLength(2);
    expect(ok(await w.service.withdrawQuestion(memberA, id, q.id)).question).toMatchObject({ status: 'withdrawn', history: [{}, {}] });
    expect(await w.service.carryOver(lead, id, s0, q.id)).toEqual({ ok: false, reason: 'withdrawn' });
    const carried = ok(await w.service.carryOver(lead, id, s0, other.id)).question;
    expect(carried).toMatchObject({ status: 'carried_over', sessionId: s1 });
    expect(ok(await w.service.agenda(lead, id, s0)).entries).toEqual([]);
  });

  it('takes no questions for a cancelled or started session, and refuses carrying past the last session', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const last = nth(w, 3).id;
    const q = ok(await w.service.submitQuestion(memberA, id, last, questionRaw())).question;
    expect(await w.service.carryOver(lead, id, last, q.id)).toEqual({ ok: false, reason: 'no_next_session' });
    ok(await w.service.cancelSession(lead, id, nth(w, 0).id, 'Ledighet'));
    expect(await w.service.submitQuestion(memberA, id, nth(w, 0).id, questionRaw())).toEqual({ ok: false, reason: 'cancelled' });
    expect(await w.service.addAgendaItem(lead, id, nth(w, 0).id, { kind: 'other', title: 'Info' })).toEqual({ ok: false, reason: 'cancelled' });
    w.clock.set(nth(w, 1).startsAt);
    expect(await w.service.submitQuestion(memberA, id, nth(w, 1).id, questionRaw())).toEqual({ ok: false, reason: 'past' });
  });
});
