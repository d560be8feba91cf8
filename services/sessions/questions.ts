// Questions sent in advance and the lead's agenda. Members and deputies send and withdraw
// their own organisation's questions; only leads see, order and work through the agenda.
// Question text and agenda titles pass the identifier check before anything is stored.

import { randomUUID } from 'node:crypto';
import type { FormInput } from '../consultation/fields.js';
import { agendaEntries, checkOrder, type AgendaEntry } from './agenda.js';
import { closedFor } from './booking-rules.js';
import { nextSession } from './carry-over.js';
import { asLead, invalid, NOT_FOUND, NOT_MEMBER, nowIso, type Conflict, type Invalid, type NotFound, type NotLead, type NotMember, type SessionsContext } from './context.js';
import { parseAgendaItem, parseQuestionInput, type AgendaItemField, type QuestionField } from './inputs.js';
import type { AgendaItem, Person, Question, Session } from './model.js';
import * as rules from './question-rules.js';
import { actingFor, orgRolesOf } from './roles.js';

type Closed = { ok: false; reason: 'cancelled' | 'past' };
export type SubmitQuestionResult =
  | { ok: true; question: Question; duplicate: boolean }
  | Invalid<QuestionField>
  | NotFound
  | NotMember
  | Closed
  /** The card's key belongs to another organisation's question (a forwarded card). */
  | { ok: false; reason: 'key_conflict' };
export type QuestionChange<F> = { ok: true; question: Question } | NotFound | Conflict | F;
export type AgendaResult = { ok: true; session: Session; entries: AgendaEntry[] } | NotFound | NotLead;

export async function submitQuestion(ctx: SessionsContext, user: Person, networkId: string, sessionId: string, raw: FormInput<QuestionField>): Promise<SubmitQuestionResult> {
  const parsed = parseQuestionInput(raw);
  if (!parsed.ok) return invalid(parsed.errors, parsed.privacy);
  const network = await ctx.repo.network(networkId);
  if (!network) return NOT_FOUND;
  const role = actingFor(network.item, user.id);
  if (!role) return NOT_MEMBER;
  const session = await ctx.repo.session(networkId, sessionId);
  if (!session) return NOT_FOUND;
  const now = nowIso(ctx);
  const closed = closedFor(session.item, now);
  if (closed) return { ok: false, reason: closed };

  const { submissionKey, ...fields } = parsed.value;
  const question: Question = {
    id: `question:${submissionKey ?? randomUUID()}`,
    kind: 'question',
    networkId,
    sessionId,
    orgId: role.org.id,
    submittedBy: user,
    ...fields,
    status: 'submitted',
    history: [{ at: now, event: 'submitted', status: 'submitted', sessionId, by: user.id }],
    times: { submitted: now, updated: now },
  };
  if (await ctx.repo.createIfAbsent(question)) return { ok: true, question, duplicate: false };
  const existing = await ctx.repo.question(networkId, question.id);
  if (!existing || existing.item.orgId !== role.org.id) return { ok: false, reason: 'key_conflict' };
  return { ok: true, question: existing.item, duplicate: true };
}

export async function withdrawQuestion(ctx: SessionsContext, user: Person, networkId: string, questionId: string): Promise<QuestionChange<NotMember | rules.WithdrawRefusal>> {
  const network = await ctx.repo.network(networkId);
  if (!network) return NOT_FOUND;
  const orgIds = orgRolesOf(network.item, user.id).map((r) => r.org.id);
  if (orgIds.length === 0) return NOT_MEMBER;
  const result = await ctx.repo.updateQuestion<object, rules.WithdrawRefusal>(networkId, questionId, (q) => rules.withdraw(q, orgIds, user.id, nowIso(ctx)));
  return result.ok ? { ok: true, question: result.item } : result;
}

export async function agenda(ctx: SessionsContext, lead: Person, networkId: string, sessionId: string): Promise<AgendaResult> {
  const access = await asLead(ctx, lead, networkId);
  if (!access.ok) return access;
  const session = await ctx.repo.session(networkId, sessionId);
  if (!session) return NOT_FOUND;
  return { ok: true, session: session.item, entries: agendaEntries(session.item, await ctx.repo.questionsOf(networkId, sessionId)) };
}

/** The lead's order; entries left out keep their default place after the ordered ones. */
export async function reorder(
  ctx: SessionsContext,
  lead: Person,
  networkId: string,
  sessionId: string,
  orderedIds: readonly string[],
): Promise<AgendaResult | Conflict | Invalid<'orderedIds'>> {
  const current = await agenda(ctx, lead, networkId, sessionId);
  if (!current.ok) return current;
  const order = checkOrder(orderedIds, current.entries);
  if (order === null) return invalid({ orderedIds: 'unknown_entry' });
  const result = await ctx.repo.updateSession<object, never>(networkId, sessionId, (s) => ({ ok: true, next: { ...s, agendaOrder: order } }));
  if (!result.ok) return result;
  return agenda(ctx, lead, networkId, sessionId);
}

/** The lead's "up" button: one agenda entry a place earlier (the first stays first). */
export async function moveUp(ctx: SessionsContext, lead: Person, networkId: string, sessionId: string, entryId: string): Promise<AgendaResult | Conflict | Invalid<'orderedIds'>> {
  const current = await agenda(ctx, lead, networkId, sessionId);
  if (!current.ok) return current;
  const order = current.entries.map((e) => e.id);
  const at = order.indexOf(entryId);
  if (at < 0) return invalid({ orderedIds: 'unknown_entry' });
  if (at > 0) [order[at - 1], order[at]] = [order[at]!, order[at - 1]!];
  return reorder(ctx, lead, networkId, sessionId, order);
}

export async function markDiscussed(
  ctx: SessionsContext,
  lead: Person,
  networkId: string,
  sessionId: string,
  questionId: string,
): Promise<QuestionChange<NotLead | rules.DiscussRefusal>> {
  const access = await asLead(ctx, lead, networkId);
  if (!access.ok) return access;
  const result = await ctx.repo.updateQuestion<object, rules.DiscussRefusal>(networkId, questionId, (q) => rules.discuss(q, sessionId, lead.id, nowIso(ctx)));
  return result.ok ? { ok: true, question: result.item } : result;
}

/**
 * Moves one question to the next scheduled session now. Also how a lead places a question
 * left carried over on a past session when no later session existed then.
 */
export async function carryOver(
  ctx: SessionsContext,
  lead: Person,
  networkId: string,
  sessionId: string,
  questionId: string,
): Promise<QuestionChange<NotLead | rules.CarryRefusal | { ok: false; reason: 'no_next_session' }>> {
  const access = await asLead(ctx, lead, networkId);
  if (!access.ok) return access;
  const session = await ctx.repo.session(networkId, sessionId);
  if (!session) return NOT_FOUND;
  const next = await nextSession(ctx, networkId, session.item);
  if (!next) return { ok: false, reason: 'no_next_session' };
  const result = await ctx.repo.updateQuestion<object, rules.CarryRefusal>(networkId, questionId, (q) =>
    rules.carry(q, sessionId, next.id, 'carried_over', lead.id, nowIso(ctx)),
  );
  return result.ok ? { ok: true, question: result.item } : result;
}

/** A non-case item: sessions run even without questions (case law, court rulings, methods). */
export async function addAgendaItem(
  ctx: SessionsContext,
  lead: Person,
  networkId: string,
  sessionId: string,
  input: { kind: string; title: string; confirmWarnings?: boolean },
): Promise<{ ok: true; session: Session; item: AgendaItem } | NotFound | NotLead | Conflict | Invalid<AgendaItemField> | { ok: false; reason: 'cancelled' | 'held' }> {
  const parsed = parseAgendaItem({ kind: input.kind, title: input.title, confirmWarnings: input.confirmWarnings ? 'true' : 'false' });
  if (!parsed.ok) return invalid(parsed.errors, parsed.privacy);
  const access = await asLead(ctx, lead, networkId);
  if (!access.ok) return access;
  const item: AgendaItem = { id: `item-${randomUUID()}`, ...parsed.value, addedBy: lead, at: nowIso(ctx) };
  const result = await ctx.repo.updateSession<object, { ok: false; reason: 'cancelled' | 'held' }>(networkId, sessionId, (s) => {
    if (s.status !== 'scheduled') return { ok: false, reason: s.status };
    return { ok: true, next: { ...s, agendaItems: [...s.agendaItems, item] } };
  });
  return result.ok ? { ok: true, session: result.item, item } : result;
}

const ERASE_BATCH = 500;

/**
 * Erases the text of questions discussed or withdrawn more than `retentionDays` ago, as
 * consultations' free text is erased. Returns how many were erased.
 */
export async function eraseExpiredQuestionText(ctx: SessionsContext, retentionDays: number): Promise<number> {
  const now = ctx.clock.now();
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  let erased = 0;
  for (const q of await ctx.repo.questionsWithTextEndedBefore(cutoff, ERASE_BATCH)) {
    const result = await ctx.repo.updateQuestion<object, never>(q.networkId, q.id, (current) => rules.eraseText(current, cutoff, now.toISOString()));
    if (result.ok && result.item.text === null && q.text !== null) erased++;
  }
  return erased;
}
