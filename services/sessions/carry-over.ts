// Questions still waiting when a session is held or cancelled move to the next scheduled
// session of the network, status carried_over, history kept. Each question is its own
// conditional write, so a question the lead marks discussed at the same moment is either
// discussed or moved, never both; running this twice moves nothing twice.

import type { QuestionEvent } from './codes.js';
import { nowIso, type SessionsContext } from './context.js';
import type { Session } from './model.js';
import { carry, isOpen } from './question-rules.js';

export interface CarryOverResult {
  /** Where each moved question went. */
  moved: Array<{ questionId: string; toSessionId: string }>;
  /** No later session is scheduled: these stay on `from`, carried over, until the lead moves them. */
  unplaced: string[];
}

/** The first scheduled session after `from` that has not started yet. */
export async function nextSession(ctx: SessionsContext, networkId: string, from: Pick<Session, 'id' | 'startsAt'>): Promise<Session | undefined> {
  const now = nowIso(ctx);
  const after = from.startsAt > now ? from.startsAt : now;
  const candidates = await ctx.repo.scheduledAfter(networkId, after, 2);
  return candidates.find((s) => s.id !== from.id);
}

export async function carryOpenQuestions(ctx: SessionsContext, networkId: string, from: Session, event: QuestionEvent): Promise<CarryOverResult> {
  const open = (await ctx.repo.questionsOf(networkId, from.id)).filter(isOpen);
  const result: CarryOverResult = { moved: [], unplaced: [] };
  if (open.length === 0) return result;
  const target = (await nextSession(ctx, networkId, from))?.id ?? null;
  for (const question of open) {
    const updated = await ctx.repo.updateQuestion(networkId, question.id, (q) => carry(q, from.id, target, event, null, nowIso(ctx)));
    // Refused: discussed or withdrawn meanwhile, which is what the lead meant.
    if (!updated.ok) continue;
    if (target === null) result.unplaced.push(question.id);
    else result.moved.push({ questionId: question.id, toSessionId: target });
  }
  return result;
}
