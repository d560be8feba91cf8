// The life of a question sent in advance. Pure functions of the question as read; the
// repository runs them inside its read-check-write cycle, so a rule is always checked
// against the version that gets replaced (carry-over and "discussed" cannot both apply).
//
//   submitted ──discuss──> discussed
//      │ └──carry──> carried_over ──discuss──> discussed
//      │                 │ └─carry─┘ (again, to the next session)
//      └──withdraw──> withdrawn <──withdraw──┘

import type { QuestionEvent, QuestionStatus } from './codes.js';
import { OPEN_QUESTION_STATUSES } from './codes.js';
import type { Question } from './model.js';
import type { Decision } from './sessions-repository.js';

type Refusal<R extends string> = { ok: false; reason: R };
const refuse = <R extends string>(reason: R): Refusal<R> => ({ ok: false, reason });
type Change = Decision<Question, object, never>;

export const isOpen = (q: Pick<Question, 'status'>): boolean => OPEN_QUESTION_STATUSES.includes(q.status);

function move(q: Question, status: QuestionStatus, sessionId: string, event: QuestionEvent, by: string | null, now: string): Change {
  return {
    ok: true,
    next: { ...q, status, sessionId, history: [...q.history, { at: now, event, status, sessionId, by }], times: { ...q.times, updated: now } },
  };
}

export type DiscussRefusal = Refusal<'not_on_agenda' | 'withdrawn'>;

/** The lead marks a question on this session's agenda as discussed; twice is not an error. */
export function discuss(q: Question, sessionId: string, leadId: string, now: string): Change | DiscussRefusal {
  if (q.sessionId !== sessionId) return refuse('not_on_agenda');
  if (q.status === 'withdrawn') return refuse('withdrawn');
  if (q.status === 'discussed') return { ok: true, next: q };
  return move(q, 'discussed', sessionId, 'discussed', leadId, now);
}

export type CarryRefusal = Refusal<'not_on_agenda' | 'discussed' | 'withdrawn'>;

/**
 * To the next session, by the lead or because the session was held or cancelled. Without a
 * next session the question stays where it is, marked carried over, until the lead moves it.
 */
export function carry(
  q: Question,
  fromSessionId: string,
  toSessionId: string | null,
  event: QuestionEvent,
  by: string | null,
  now: string,
): Change | CarryRefusal {
  if (q.sessionId !== fromSessionId) return refuse('not_on_agenda');
  if (q.status === 'withdrawn') return refuse('withdrawn');
  if (q.status === 'discussed') return refuse('discussed');
  if (toSessionId === null && q.status === 'carried_over') return { ok: true, next: q };
  return move(q, 'carried_over', toSessionId ?? fromSessionId, event, by, now);
}

export type WithdrawRefusal = Refusal<'not_yours' | 'discussed'>;

/** Members and deputies withdraw their own organisation's questions (`orgIds`: those they act for), until discussed. */
export function withdraw(q: Question, orgIds: readonly string[], userId: string, now: string): Change | WithdrawRefusal {
  if (!orgIds.includes(q.orgId)) return refuse('not_yours');
  if (q.status === 'withdrawn') return { ok: true, next: q };
  if (q.status === 'discussed') return refuse('discussed');
  return move(q, 'withdrawn', q.sessionId, 'withdrawn', userId, now);
}

/**
 * Retention: a question's text goes once it has been discussed or withdrawn and nothing has
 * happened to it since the cutoff. Open questions keep theirs, however old: they are still
 * waiting for a session. The codes and the history stay for the statistics.
 */
export function eraseText(q: Question, cutoff: string, now: string): Change {
  if (q.text === null || isOpen(q) || Date.parse(q.times.updated) > Date.parse(cutoff)) return { ok: true, next: q };
  return { ok: true, next: { ...q, text: null, times: { ...q.times, erased: now } } };
}
