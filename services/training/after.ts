// After the event: the RC records how many took part per profession and sector (counts only:
// no names are kept for statistics), which marks the event held; each registered person is
// then asked once for a short evaluation, which they can give once.
import type { FormInput } from '../consultation/fields.js';
import type { Actor } from '../rights/actor.js';
import type { Conflict } from '../storage/optimistic-update.js';
import { asCoordinator, invalid, nowIso, type Invalid, type NotCoordinator, type NotFound, type TrainingContext } from './context.js';
import { parseEvaluation, parseParticipants, type EvaluationField } from './inputs.js';
import type { TrainingEvent } from './model.js';

type Refused<R extends string> = { ok: false; reason: R };
export type RecordResult =
  | { ok: true; event: TrainingEvent; firstTime: boolean }
  | NotCoordinator
  | Refused<'not_started' | 'cancelled'>
  | Invalid<string>
  | NotFound
  | Conflict;
export type EvaluateResult = { ok: true; event: TrainingEvent } | Refused<'not_booked' | 'not_held' | 'already_rated'> | Invalid<EvaluationField> | NotFound | Conflict;

/** Counts may be corrected later; `firstTime` says whether evaluations are still to be asked for. */
export async function recordParticipants(ctx: TrainingContext, by: Actor, rcId: string, id: string, raw: Readonly<Record<string, string | undefined>>): Promise<RecordResult> {
  const refused = asCoordinator(by, rcId);
  if (refused) return refused;
  const parsed = parseParticipants(raw);
  if (!parsed.ok) return invalid(parsed.errors, parsed.privacy);
  const result = await ctx.repo.updateEvent<{ firstTime: boolean }, Refused<'not_started' | 'cancelled'>>(rcId, id, (e) => {
    const now = nowIso(ctx);
    if (e.status === 'cancelled') return { ok: false, reason: 'cancelled' };
    if (e.startsAt > now) return { ok: false, reason: 'not_started' };
    const firstTime = e.status !== 'held';
    return { ok: true, next: { ...e, status: 'held', participants: parsed.value, times: { ...e.times, updated: now, held: e.times.held ?? now } }, firstTime };
  });
  return result.ok ? { ok: true, event: result.item, firstTime: result.firstTime } : result;
}

export async function evaluate(ctx: TrainingContext, by: Actor, rcId: string, id: string, raw: FormInput<EvaluationField>): Promise<EvaluateResult> {
  const parsed = parseEvaluation(raw);
  if (!parsed.ok) return invalid(parsed.errors, parsed.privacy);
  const result = await ctx.repo.updateEvent<object, Refused<'not_booked' | 'not_held' | 'already_rated'>>(rcId, id, (e) => {
    if (!e.bookings.some((b) => b.person.id === by.id)) return { ok: false, reason: 'not_booked' };
    if (e.status !== 'held') return { ok: false, reason: 'not_held' };
    if (e.evaluations.some((x) => x.userId === by.id)) return { ok: false, reason: 'already_rated' };
    const evaluation = { userId: by.id, rating: parsed.value.rating, different: parsed.value.different, at: nowIso(ctx) };
    return { ok: true, next: { ...e, evaluations: [...e.evaluations, evaluation] } };
  });
  return result.ok ? { ok: true, event: result.item } : result;
}

/** The claim key of one person's evaluation question: asked once across instances. */
export function evaluationKey(eventId: string, userId: string): string {
  return `training-evaluation:${eventId}:${userId}`;
}
