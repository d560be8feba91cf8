// The thread's rules: who may write on a case in which status, and the professional's new
// contact on a closed case. Pure functions of the record as read, run inside the repository's
// read-check-write cycle like the rules in transitions.ts.
//
//   claimed / answered ──message──> same status, one message longer
//   closed ──new contact (the asker, within the RC's period)──> claimed, one contact more

import type { Decision } from './consultation-repository.js';
import type { ConsultationRecord, Person } from './record.js';
import type { CoordinatorKind, ThreadKind, ThreadMessage } from './thread-message.js';

/** A case is a conversation, not an archive: beyond this the RC should talk by phone or meet. */
export const MAX_THREAD_MESSAGES = 100;
/** How long after closing the asker may reopen, until the RC sets its own period. */
export const DEFAULT_REOPEN_DAYS = 30;
const DAY_MS = 86_400_000;

type Refusal<R extends string> = { ok: false; reason: R };
const refuse = <R extends string>(reason: R): Refusal<R> => ({ ok: false, reason });

/** Who writes: a coordinator of the case's RC, or (anyone else) someone who must be its asker. */
export type Author = { role: 'coordinator'; person: Person; kind: CoordinatorKind } | { role: 'requester'; id: string };

type ThreadFull = { ok: false; reason: 'thread_full'; max: number };
const THREAD_FULL: ThreadFull = { ok: false, reason: 'thread_full', max: MAX_THREAD_MESSAGES };

export type MessageRefusal = Refusal<'not_yours' | 'not_claimed' | 'closed' | 'withdrawn'> | ThreadFull;

/** A clarifying question the asker has not replied to yet: the asker's next message is the reply. */
export function awaitsReply(record: ConsultationRecord): boolean {
  const last = [...record.thread].reverse().find((m) => m.kind !== 'info');
  return last?.kind === 'question';
}

function message(record: ConsultationRecord, author: Author, kind: ThreadKind, text: string, now: string): ThreadMessage {
  const by = author.role === 'coordinator' ? { id: author.person.id, ...(author.person.name ? { name: author.person.name } : {}) } : null;
  return { at: now, from: author.role, kind, rcId: record.rcId, by, text };
}

/** Once taken and until closed, both sides may write; a closed case is reopened first. */
export function addMessage(record: ConsultationRecord, author: Author, text: string, now: string): Decision<MessageRefusal> {
  if (author.role === 'requester' && record.requester?.id !== author.id) return refuse('not_yours');
  if (record.status === 'withdrawn') return refuse('withdrawn');
  if (record.status === 'new') return refuse('not_claimed');
  if (record.status === 'closed') return refuse('closed');
  if (record.thread.length >= MAX_THREAD_MESSAGES) return THREAD_FULL;
  const kind: ThreadKind = author.role === 'coordinator' ? author.kind : awaitsReply(record) ? 'reply' : 'info';
  return { ok: true, next: { ...record, thread: [...record.thread, message(record, author, kind, text, now)] } };
}

export type NewContactRefusal =
  | Refusal<'not_yours' | 'withdrawn' | 'not_closed'>
  | ThreadFull
  | { ok: false; reason: 'reopen_period_over'; max: number };

/**
 * "Ny kontakt i samma ärende": the asker reopens a closed case with a message, within the
 * RC's period after closing. The same coordinator keeps it (the RC stays with the case), it
 * counts as one more contact, and the retention clock stops until it is closed again.
 */
export function newContact(record: ConsultationRecord, requesterId: string, text: string, now: string, periodDays: number): Decision<NewContactRefusal> {
  if (record.requester?.id !== requesterId) return refuse('not_yours');
  if (record.status === 'withdrawn') return refuse('withdrawn');
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a closed case always has its closing time and no other case has one (the transitions set and clear them together); the time check is for the compiler.
  if (record.status !== 'closed' || record.times.closed === null) return refuse('not_closed');
  if (Date.parse(now) - Date.parse(record.times.closed) > periodDays * DAY_MS) return { ok: false, reason: 'reopen_period_over', max: periodDays };
  if (record.thread.length >= MAX_THREAD_MESSAGES) return THREAD_FULL;
  const entry = message(record, { role: 'requester', id: requesterId }, 'new_contact', text, now);
  return {
    ok: true,
    next: { ...record, status: 'claimed', contacts: record.contacts + 1, thread: [...record.thread, entry], times: { ...record.times, closed: null } },
  };
}

/** Whether the asker may still reopen the case now (the button is shown only then). */
export function mayStartNewContact(record: ConsultationRecord, now: Date, periodDays: number): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: as in newContact, the status and the closing time go together; the time check is for the compiler.
  return record.status === 'closed' && record.times.closed !== null && now.getTime() - Date.parse(record.times.closed) <= periodDays * DAY_MS;
}

/** Retention: every message's text goes with the question; who wrote, when and what kind stay. */
export function withoutThreadText(thread: readonly ThreadMessage[]): ThreadMessage[] {
  return thread.map((m) => ({ ...m, text: null }));
}

export function hasThreadText(record: ConsultationRecord): boolean {
  return record.thread.some((m) => m.text !== null);
}
