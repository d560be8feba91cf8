// The life of a consultation: which change is allowed in which status and by whom. Pure
// functions of the record as read; the repository runs them inside its read-check-write
// cycle, so a rule is always checked against the version that gets replaced.
//
//   new ──claim──> claimed ──answer──> answered ──close──> closed
//    │                │ └──────────────close───────────────────┘ │
//    └─withdraw─> withdrawn      claimed <──reopen── answered / closed

import type { AdviceFollowed, Outcome } from './codes.js';
import type { Decision } from './consultation-repository.js';
import type { ConsultationRecord, Person } from './record.js';
import { hasThreadText, withoutThreadText } from './thread-rules.js';

type Refusal<R extends string> = { ok: false; reason: R };
const refuse = <R extends string>(reason: R): Refusal<R> => ({ ok: false, reason });
const write = (next: ConsultationRecord) => ({ ok: true as const, next });
/** Already in the wanted state: succeed without writing (a double click is not an error). */
const unchanged = (record: ConsultationRecord) => ({ ok: true as const, next: record });

export type ClaimRefusal = Refusal<'withdrawn' | 'not_claimable' | 'transferred'> | { ok: false; reason: 'already_claimed'; by: Person };

export function claim(record: ConsultationRecord, coordinator: Person, now: string): Decision<ClaimRefusal> {
  if (record.status === 'withdrawn') return refuse('withdrawn');
  if (record.status === 'transferred') return refuse('transferred');
  if (record.status === 'new') {
    return write({ ...record, status: 'claimed', claimedBy: coordinator, times: { ...record.times, claimed: now } });
  }
  const by = record.claimedBy;
  if (!by) return refuse('not_claimable');
  if (record.status === 'claimed' && by.id === coordinator.id) return unchanged(record);
  return { ok: false, reason: 'already_claimed', by };
}

export type WithdrawRefusal = Refusal<'not_yours' | 'already_claimed' | 'already_answered' | 'transferred'>;

export function withdraw(record: ConsultationRecord, requesterId: string, now: string): Decision<WithdrawRefusal> {
  if (record.requester?.id !== requesterId) return refuse('not_yours');
  if (record.status === 'withdrawn') return unchanged(record);
  if (record.status === 'transferred') return refuse('transferred');
  // An old receipt's button: say where the case stands now, not that it is still waiting.
  if (record.status === 'answered' || record.status === 'closed') return refuse('already_answered');
  if (record.status !== 'new') return refuse('already_claimed');
  return write({ ...record, status: 'withdrawn', times: { ...record.times, withdrawn: now } });
}

export type AnswerRefusal = Refusal<'not_claimed' | 'already_answered' | 'closed' | 'withdrawn' | 'transferred'>;

/** Any coordinator of the RC may answer a claimed request (colleagues cover for each other); answeredBy says who did. */
export function answer(
  record: ConsultationRecord,
  coordinator: Person,
  input: { answer: string; outcomes: Outcome[] },
  now: string,
): Decision<AnswerRefusal> {
  switch (record.status) {
    case 'new':
      return refuse('not_claimed');
    case 'answered':
      return refuse('already_answered');
    case 'closed':
      return refuse('closed');
    case 'withdrawn':
      return refuse('withdrawn');
    case 'transferred':
      return refuse('transferred');
    case 'claimed':
      return write({
        ...record,
        status: 'answered',
        answer: input.answer,
        outcomes: input.outcomes,
        answeredBy: coordinator,
        // Asked once per consultation, even when it is reopened and answered again.
        followUp: record.requester && record.followUp === 'none' ? 'pending' : record.followUp,
        times: { ...record.times, answered: now },
      });
  }
}

export type CloseRefusal = Refusal<'not_claimed' | 'withdrawn' | 'transferred'>;

export function close(record: ConsultationRecord, now: string): Decision<CloseRefusal> {
  if (record.status === 'new') return refuse('not_claimed');
  if (record.status === 'withdrawn') return refuse('withdrawn');
  if (record.status === 'transferred') return refuse('transferred');
  if (record.status === 'closed') return unchanged(record);
  return write({ ...record, status: 'closed', times: { ...record.times, closed: now } });
}

export type ReopenRefusal = Refusal<'not_closed' | 'withdrawn' | 'transferred'>;

/** The coordinator who reopens takes the case; the retention clock stops until it is closed again. */
export function reopen(record: ConsultationRecord, coordinator: Person, now: string): Decision<ReopenRefusal> {
  if (record.status === 'withdrawn') return refuse('withdrawn');
  if (record.status === 'transferred') return refuse('transferred');
  if (record.status !== 'answered' && record.status !== 'closed') return refuse('not_closed');
  return write({ ...record, status: 'claimed', claimedBy: coordinator, times: { ...record.times, claimed: now, closed: null } });
}

export type FeedbackRefusal = Refusal<'not_yours' | 'not_answered'>;

function feedback(record: ConsultationRecord, requesterId: string, change: Partial<ConsultationRecord>): Decision<FeedbackRefusal> {
  if (record.requester?.id !== requesterId) return refuse('not_yours');
  if (record.status !== 'answered' && record.status !== 'closed') return refuse('not_answered');
  return write({ ...record, ...change });
}

export function rateHelpfulness(record: ConsultationRecord, requesterId: string, rating: number): Decision<FeedbackRefusal> {
  return feedback(record, requesterId, { helpfulness: rating });
}

export function recordAdviceFollowed(record: ConsultationRecord, requesterId: string, followed: AdviceFollowed): Decision<FeedbackRefusal> {
  return feedback(record, requesterId, { adviceFollowed: followed });
}

export function markReannounced(record: ConsultationRecord, now: string): Decision<Refusal<'not_new'>> {
  if (record.status !== 'new') return refuse('not_new');
  return write({ ...record, reannouncements: record.reannouncements + 1, times: { ...record.times, reannounced: now } });
}

export function markFollowUpAsked(record: ConsultationRecord, now: string): Decision<Refusal<'not_due'>> {
  if (record.followUp === 'asked') return unchanged(record);
  if (record.followUp !== 'pending') return refuse('not_due');
  return write({ ...record, followUp: 'asked', times: { ...record.times, followUpAsked: now } });
}

/** Question, answer and the thread's texts go; the codes stay for the statistics. */
export function eraseFreeText(record: ConsultationRecord, endedBefore: Date, now: string): Decision<Refusal<'not_expired'>> {
  // Stryker disable next-line ConditionalExpression: withdrawn is final, so only a withdrawn record has times.withdrawn set; reading it unconditionally is equivalent.
  const ended = record.status === 'closed' ? record.times.closed : record.status === 'withdrawn' ? record.times.withdrawn : null;
  if (ended === null || Date.parse(ended) > endedBefore.getTime()) return refuse('not_expired');
  if (record.question === null && record.answer === null && !hasThreadText(record)) return unchanged(record);
  return write({ ...record, question: null, answer: null, thread: withoutThreadText(record.thread), times: { ...record.times, erased: now } });
}
