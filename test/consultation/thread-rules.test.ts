// Who may write on a case when, and the asker's new contact on a closed case, rule by rule:
// the refusals the service tests cannot reach cheaply (a full thread, a withdrawn case, the
// last minute of the reopening period). Pure functions of the record as read.
import { describe, expect, it } from 'vitest';
import type { ConsultationRecord } from '../../services/consultation/record.js';
import type { ThreadMessage } from '../../services/consultation/thread-message.js';
import { addMessage, hasThreadText, MAX_THREAD_MESSAGES, mayStartNewContact, newContact, withoutThreadText } from '../../services/consultation/thread-rules.js';
import { CLEAN_ANSWER, consultationRecord, coordinator, requester } from '../fixtures/consultations.js';

const CREATED = '2026-03-10T09:00:00.000Z';
const CLOSED = '2026-03-12T09:00:00.000Z';
const NOW = '2026-03-13T09:00:00.000Z';
const DAY_MS = 86_400_000;
const asker = { role: 'requester', id: requester.id } as const;
const rc = (kind: 'question' | 'info' = 'info', person = coordinator(1)) => ({ role: 'coordinator', person, kind }) as const;

const record = (overrides: Partial<ConsultationRecord> = {}) => consultationRecord(CREATED, overrides);
const claimed = (overrides: Partial<ConsultationRecord> = {}) =>
  record({ status: 'claimed', claimedBy: coordinator(1), times: { ...record().times, claimed: CREATED }, ...overrides });
const closed = (overrides: Partial<ConsultationRecord> = {}) =>
  claimed({ status: 'closed', answer: CLEAN_ANSWER, times: { ...record().times, claimed: CREATED, answered: CLOSED, closed: CLOSED }, ...overrides });
const said = (from: 'coordinator' | 'requester', kind: ThreadMessage['kind']): ThreadMessage =>
  ({ at: CREATED, from, kind, rcId: 'gbg', by: from === 'coordinator' ? { id: coordinator(1).id } : null, text: 'Tack.' });
const full = (n = MAX_THREAD_MESSAGES) => Array.from({ length: n }, () => said('coordinator', 'info'));
const kindOfNext = (thread: ThreadMessage[]) => {
  const result = addMessage(claimed({ thread }), asker, 'Ja.', NOW);
  return result.ok ? result.next.thread.at(-1)?.kind : result.reason;
};

describe('writing on a case', () => {
  it('the asker\'s message answers the RC\'s last question, even with the RC\'s information after it', () => {
    expect(kindOfNext([said('coordinator', 'question')])).toBe('reply');
    expect(kindOfNext([said('coordinator', 'question'), said('coordinator', 'info')])).toBe('reply');
    expect(kindOfNext([said('coordinator', 'question'), said('requester', 'reply')])).toBe('info');
    expect(kindOfNext([])).toBe('info');
  });

  it('an answered case is still open to both sides; the coordinator is named, by id alone when no name is known', () => {
    const answered = claimed({ status: 'answered', answer: CLEAN_ANSWER });
    const nameless = { id: '29:coordinator-9' };
    const result = addMessage(answered, rc('question', nameless), 'Har skolan pratat med familjen?', NOW);
    expect(result.ok && result.next.thread).toEqual([
      { at: NOW, from: 'coordinator', kind: 'question', rcId: 'gbg', by: { id: '29:coordinator-9' }, text: 'Har skolan pratat med familjen?' },
    ]);
    expect(result.ok && result.next.status).toBe('answered');
    expect(addMessage(answered, asker, 'Ja.', NOW).ok).toBe(true);
  });

  it('a case logged by the RC after a call has no asker: nobody writes on it as one', () => {
    const logged = claimed({ channel: 'phone', requester: null });
    expect(addMessage(logged, asker, 'Hej.', NOW)).toEqual({ ok: false, reason: 'not_yours' });
    expect(addMessage(logged, rc(), 'Anteckning efter samtalet.', NOW).ok).toBe(true);
  });

  it('a withdrawn case takes no message from anyone', () => {
    const withdrawn = record({ status: 'withdrawn', times: { ...record().times, withdrawn: CLOSED } });
    expect(addMessage(withdrawn, asker, 'Hej igen.', NOW)).toEqual({ ok: false, reason: 'withdrawn' });
    expect(addMessage(withdrawn, rc(), 'Hej.', NOW)).toEqual({ ok: false, reason: 'withdrawn' });
  });

  it('a full thread takes no more, and says how many it holds: the RC should call or meet instead', () => {
    expect(addMessage(claimed({ thread: full() }), rc(), 'En till.', NOW)).toEqual({ ok: false, reason: 'thread_full', max: 100 });
    expect(addMessage(claimed({ thread: full() }), asker, 'En till.', NOW)).toEqual({ ok: false, reason: 'thread_full', max: 100 });
    expect(addMessage(claimed({ thread: full(99) }), asker, 'Den sista.', NOW).ok).toBe(true);
  });
});

describe('a new contact on a closed case', () => {
  it('reopens it up to the last millisecond of the period, and not after', () => {
    const lastMoment = new Date(Date.parse(CLOSED) + 30 * DAY_MS);
    const tooLate = new Date(lastMoment.getTime() + 1);
    expect(mayStartNewContact(closed(), lastMoment, 30)).toBe(true);
    expect(mayStartNewContact(closed(), tooLate, 30)).toBe(false);
    expect(newContact(closed(), requester.id, 'Nu har resan bokats.', lastMoment.toISOString(), 30).ok).toBe(true);
    expect(newContact(closed(), requester.id, 'Nu har resan bokats.', tooLate.toISOString(), 30)).toEqual({ ok: false, reason: 'reopen_period_over', max: 30 });
  });

  it('is offered only on a closed case', () => {
    expect(mayStartNewContact(claimed(), new Date(NOW), 30)).toBe(false);
    expect(mayStartNewContact(record({ status: 'withdrawn', times: { ...record().times, withdrawn: CLOSED } }), new Date(NOW), 30)).toBe(false);
  });

  it('is refused on a withdrawn case, on a logged one nobody asked, and when the thread is full', () => {
    const withdrawn = record({ status: 'withdrawn', times: { ...record().times, withdrawn: CLOSED } });
    expect(newContact(withdrawn, requester.id, 'Hej igen.', NOW, 30)).toEqual({ ok: false, reason: 'withdrawn' });
    expect(newContact(closed({ channel: 'phone', requester: null }), requester.id, 'Hej igen.', NOW, 30)).toEqual({ ok: false, reason: 'not_yours' });
    expect(newContact(closed({ thread: full() }), requester.id, 'Hej igen.', NOW, 30)).toEqual({ ok: false, reason: 'thread_full', max: 100 });
  });

  it('keeps the thread and adds the new contact last, from the asker', () => {
    const result = newContact(closed({ thread: [said('coordinator', 'question')] }), requester.id, 'Nu har resan bokats.', NOW, 30);
    expect(result.ok && result.next.thread).toEqual([
      said('coordinator', 'question'),
      { at: NOW, from: 'requester', kind: 'new_contact', rcId: 'gbg', by: null, text: 'Nu har resan bokats.' },
    ]);
  });
});

describe('retention of the thread', () => {
  it('lets go of every message\'s text and keeps who wrote when and what kind; then no text is left', () => {
    const thread = [said('coordinator', 'question'), said('requester', 'reply')];
    expect(hasThreadText(claimed({ thread }))).toBe(true);
    const erased = withoutThreadText(thread);
    expect(erased).toEqual([{ ...said('coordinator', 'question'), text: null }, { ...said('requester', 'reply'), text: null }]);
    expect(hasThreadText(claimed({ thread: erased }))).toBe(false);
    expect(hasThreadText(claimed({ thread: [erased[0]!, said('requester', 'info')] }))).toBe(true);
    expect(hasThreadText(claimed())).toBe(false);
  });
});
