// A professional's request for a training, and the coordinators' answers: take it, propose
// dates, or decline with a reason. Each step is one conditional write on the request.
import type { FormInput } from '../consultation/fields.js';
import { personOf, type Actor } from '../rights/actor.js';
import { zonedToInstant } from '../time/zoned-time.js';
import { asCoordinator, closedDay, invalid, NOT_FOUND, nowIso, type Invalid, type NotCoordinator, type NotFound, type TrainingContext } from './context.js';
import { parseProposals, parseReason, parseRequest, type ProposalField, type ReasonField, type RequestField } from './inputs.js';
import type { Proposal, TrainingRequest } from './model.js';
import { AlreadyExistsError } from '../storage/errors.js';
import type { Conflict } from '../storage/optimistic-update.js';

export type Closed = { ok: false; reason: 'closed' };
export type AlreadyTaken = { ok: false; reason: 'already_claimed'; by: { name?: string } };
const CLOSED: Closed = { ok: false, reason: 'closed' };

export type RequestResult = { ok: true; request: TrainingRequest; duplicate: boolean } | Invalid<RequestField>;
export type StepResult<F extends string = never> = { ok: true; request: TrainingRequest } | NotCoordinator | NotFound | Conflict | Closed | AlreadyTaken | Invalid<F>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Open to every professional; the RC is the one covering the chosen municipality. The form's
 * submission key becomes the id, so a second click on "send" stores nothing new.
 */
export async function requestTraining(ctx: TrainingContext, by: Actor, raw: FormInput<RequestField>, conversation: unknown, submissionKey?: string): Promise<RequestResult> {
  const parsed = parseRequest(raw, ctx.municipalityExists);
  if (!parsed.ok) return invalid(parsed.errors, parsed.privacy);
  const v = parsed.value;
  const rcId = ctx.centresFor(v.municipality)[0];
  if (!rcId) return invalid<RequestField>({ municipality: 'no_centre_for_municipality' });
  const now = nowIso(ctx);
  const request: TrainingRequest = {
    id: `request:${submissionKey && UUID.test(submissionKey) ? submissionKey.toLowerCase() : ctx.newId()}`,
    kind: 'request',
    rcId,
    requester: personOf(by),
    requesterConversation: conversation ?? null,
    topic: v.topic,
    trainingKind: v.trainingKind,
    professions: v.professions,
    participants: v.participants,
    from: v.from,
    to: v.to,
    format: v.format,
    municipality: v.municipality,
    text: v.text,
    status: 'new',
    takenBy: null,
    proposals: [],
    declineReason: null,
    eventId: null,
    channelActivityId: null,
    times: { created: now, updated: now },
  };
  try {
    await ctx.repo.create(request);
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
    const stored = await ctx.repo.request(rcId, request.id);
    // Only the same person's retry gets the stored order back; anyone else sends a new one.
    if (stored?.item.requester.id === by.id) return { ok: true, request: stored.item, duplicate: true };
    return requestTraining(ctx, by, raw, conversation);
  }
  return { ok: true, request, duplicate: false };
}

const open = (r: TrainingRequest) => r.status === 'new' || r.status === 'taken' || r.status === 'proposed';

export async function takeRequest(ctx: TrainingContext, by: Actor, rcId: string, id: string): Promise<StepResult> {
  const refused = asCoordinator(by, rcId);
  if (refused) return refused;
  const result = await ctx.repo.updateRequest<object, Closed | AlreadyTaken>(rcId, id, (r) => {
    if (!open(r)) return CLOSED;
    if (r.takenBy?.id === by.id) return { ok: true, next: r };
    if (r.takenBy) return { ok: false, reason: 'already_claimed', by: { ...(r.takenBy.name ? { name: r.takenBy.name } : {}) } };
    return { ok: true, next: { ...r, status: r.status === 'new' ? 'taken' : r.status, takenBy: personOf(by), times: { ...r.times, updated: nowIso(ctx) } } };
  });
  return result.ok ? { ok: true, request: result.item } : result;
}

export async function proposeDates(ctx: TrainingContext, by: Actor, rcId: string, id: string, raw: FormInput<ProposalField>): Promise<StepResult<ProposalField>> {
  const refused = asCoordinator(by, rcId);
  if (refused) return refused;
  const parsed = parseProposals(raw);
  if (!parsed.ok) return invalid(parsed.errors, parsed.privacy);
  const bad = checkDates(parsed.value, ctx.clock.now());
  if (bad) return bad;
  const result = await ctx.repo.updateRequest<object, Closed>(rcId, id, (r) => {
    if (!open(r)) return CLOSED;
    return { ok: true, next: { ...r, status: 'proposed', takenBy: r.takenBy ?? personOf(by), proposals: parsed.value, times: { ...r.times, updated: nowIso(ctx) } } };
  });
  return result.ok ? { ok: true, request: result.item } : result;
}

export async function declineRequest(ctx: TrainingContext, by: Actor, rcId: string, id: string, raw: FormInput<ReasonField>): Promise<StepResult<ReasonField>> {
  const refused = asCoordinator(by, rcId);
  if (refused) return refused;
  const parsed = parseReason(raw);
  if (!parsed.ok) return invalid(parsed.errors, parsed.privacy);
  const result = await ctx.repo.updateRequest<object, Closed>(rcId, id, (r) => {
    if (!open(r)) return CLOSED;
    return { ok: true, next: { ...r, status: 'declined', takenBy: r.takenBy ?? personOf(by), declineReason: parsed.value.reason, times: { ...r.times, updated: nowIso(ctx) } } };
  });
  return result.ok ? { ok: true, request: result.item } : result;
}

/** The event planned from a request closes it; called by planEvent in the same operation. */
export async function markPlanned(ctx: TrainingContext, rcId: string, id: string, eventId: string): Promise<TrainingRequest | undefined> {
  const result = await ctx.repo.updateRequest<object, Closed>(rcId, id, (r) =>
    r.status === 'declined' || r.status === 'planned' ? CLOSED : { ok: true, next: { ...r, status: 'planned', eventId, times: { ...r.times, updated: nowIso(ctx) } } },
  );
  return result.ok ? result.item : undefined;
}

export async function setChannelActivity(ctx: TrainingContext, rcId: string, id: string, activityId: string | undefined): Promise<void> {
  if (!activityId) return;
  await ctx.repo.updateRequest<object, never>(rcId, id, (r) => ({ ok: true, next: { ...r, channelActivityId: activityId } }));
}

export async function request(ctx: TrainingContext, rcId: string, id: string): Promise<TrainingRequest | undefined> {
  return (await ctx.repo.request(rcId, id))?.item;
}

export async function openRequests(ctx: TrainingContext, by: Actor, rcId: string): Promise<{ ok: true; requests: TrainingRequest[] } | NotCoordinator> {
  const refused = asCoordinator(by, rcId);
  if (refused) return refused;
  return { ok: true, requests: await ctx.repo.openRequests(rcId) };
}

function checkDates(proposals: readonly Proposal[], now: Date): Invalid<ProposalField> | null {
  for (const [i, p] of proposals.entries()) {
    const field = `date${i + 1}` as ProposalField;
    const closed = closedDay(p.date);
    if (closed) return invalid<ProposalField>({ [field]: closed });
    if (zonedToInstant(p.date, p.start).getTime() <= now.getTime()) return invalid<ProposalField>({ [field]: 'in_past' });
  }
  return null;
}

export { NOT_FOUND };
