// Training events: planned by the RC's coordinators (from a request or on their own), taken
// by professionals with a waiting list, cancelled or moved with notice. Places follow the
// session booking rules, one place per person; the organisation of a registration is the
// municipality the person registers for, which is what an invited-only event checks.
import type { FormInput } from '../consultation/fields.js';
import { personOf, type Actor } from '../rights/actor.js';
import * as rules from '../sessions/booking-rules.js';
import type { Booking, WaitEntry } from '../sessions/model.js';
import type { Conflict } from '../storage/optimistic-update.js';
import { zonedToInstant } from '../time/zoned-time.js';
import { asCoordinator, closedDay, invalid, NOT_FOUND, nowIso, type Invalid, type NotCoordinator, type NotFound, type TrainingContext } from './context.js';
import { parseEvent, parseReason, parseRegistration, parseReschedule, type EventField, type ReasonField, type RegisterField, type TrainingRescheduleField } from './inputs.js';
import type { TrainingEvent } from './model.js';
import { markPlanned } from './requests.js';

type Access = NotFound | Conflict;
export type NotInvited = { ok: false; reason: 'not_invited' };
export type EventClosed = { ok: false; reason: rules.ClosedReason };

export type PlanResult = { ok: true; event: TrainingEvent } | NotCoordinator | Invalid<EventField>;
export type RegisterResult = { ok: true; event: TrainingEvent; booking: Booking; duplicate: boolean } | rules.BookRefusal | NotInvited | Invalid<RegisterField> | Access;
export type WaitResult = { ok: true; event: TrainingEvent; position: number } | rules.WaitRefusal | NotInvited | Invalid<RegisterField> | Access;
export type UnregisterResult = { ok: true; event: TrainingEvent; promoted: Booking[] } | rules.UnbookRefusal | Access;
export type LeaveWaitResult = { ok: true; event: TrainingEvent } | { ok: false; reason: 'not_waiting' } | Access;
/** Who is told: everyone registered or waiting. */
export type Notify = { booked: Booking[]; waiting: WaitEntry[] };
export type CancelResult = { ok: true; event: TrainingEvent; notify: Notify } | NotCoordinator | EventClosed | Invalid<ReasonField> | Access;
export type RescheduleResult = { ok: true; event: TrainingEvent; changed: boolean; notify: Notify } | NotCoordinator | EventClosed | Invalid<TrainingRescheduleField> | Access;

/** One place per person, whatever municipality: the rules' organisation count is unused then. */
const PER_PERSON = 1;

export async function planEvent(ctx: TrainingContext, by: Actor, rcId: string, raw: FormInput<EventField>): Promise<PlanResult> {
  const refused = asCoordinator(by, rcId);
  if (refused) return refused;
  const parsed = parseEvent(raw, ctx.municipalityExists);
  if (!parsed.ok) return invalid(parsed.errors, parsed.privacy);
  const v = parsed.value;
  const closed = closedDay(v.date);
  if (closed) return invalid<EventField>({ date: closed });
  const startsAt = zonedToInstant(v.date, v.startTime).toISOString();
  if (startsAt <= nowIso(ctx)) return invalid<EventField>({ date: 'in_past' });
  if (v.requestId) {
    const request = await ctx.repo.request(rcId, v.requestId);
    if (!request || request.item.status === 'declined' || request.item.status === 'planned') return invalid<EventField>({ requestId: 'unknown_request' });
  }
  const now = nowIso(ctx);
  const event: TrainingEvent = {
    id: `event:${ctx.newId()}`,
    kind: 'event',
    rcId,
    requestId: v.requestId,
    title: v.title,
    topic: v.topic,
    trainingKind: v.trainingKind,
    date: v.date,
    start: v.startTime,
    end: v.endTime,
    startsAt,
    endsAt: zonedToInstant(v.date, v.endTime).toISOString(),
    place: v.place,
    meetingUrl: v.meetingUrl,
    municipality: v.municipality,
    audience: v.audience,
    invitedMunicipalities: v.audience === 'invited' ? v.invited : [],
    status: 'scheduled',
    sequence: 0,
    capacity: v.capacity,
    allowMultiplePerOrg: true,
    bookings: [],
    waitingList: [],
    participants: null,
    evaluations: [],
    cancelReason: null,
    calendarToken: ctx.newId(),
    createdBy: personOf(by),
    times: { created: now, updated: now, held: null },
  };
  await ctx.repo.create(event);
  if (v.requestId) await markPlanned(ctx, rcId, v.requestId, event.id);
  return { ok: true, event };
}

function holder(by: Actor, municipality: string): rules.Holder {
  return { org: { id: municipality }, person: personOf(by) };
}

function invitedRefusal(event: TrainingEvent, municipality: string): NotInvited | null {
  return event.audience === 'invited' && !event.invitedMunicipalities.includes(municipality) ? { ok: false, reason: 'not_invited' } : null;
}

export async function register(ctx: TrainingContext, by: Actor, rcId: string, id: string, raw: FormInput<RegisterField>): Promise<RegisterResult> {
  const parsed = parseRegistration(raw, ctx.municipalityExists);
  if (!parsed.ok) return invalid(parsed.errors, parsed.privacy);
  const { municipality } = parsed.value;
  const result = await ctx.repo.updateEvent<{ booking: Booking; duplicate: boolean }, rules.BookRefusal | NotInvited>(rcId, id, (e) =>
    invitedRefusal(e, municipality) ?? rules.book(e, holder(by, municipality), PER_PERSON, nowIso(ctx)),
  );
  return result.ok ? { ok: true, event: result.item, booking: result.booking, duplicate: result.duplicate } : result;
}

export async function joinWaitingList(ctx: TrainingContext, by: Actor, rcId: string, id: string, raw: FormInput<RegisterField>): Promise<WaitResult> {
  const parsed = parseRegistration(raw, ctx.municipalityExists);
  if (!parsed.ok) return invalid(parsed.errors, parsed.privacy);
  const { municipality } = parsed.value;
  const result = await ctx.repo.updateEvent<{ position: number }, rules.WaitRefusal | NotInvited>(rcId, id, (e) =>
    invitedRefusal(e, municipality) ?? rules.joinWaitingList(e, holder(by, municipality), PER_PERSON, nowIso(ctx)),
  );
  return result.ok ? { ok: true, event: result.item, position: result.position } : result;
}

/** Frees the person's place; the first waiting moves in in the same write. */
export async function unregister(ctx: TrainingContext, by: Actor, rcId: string, id: string): Promise<UnregisterResult> {
  const result = await ctx.repo.updateEvent<{ promoted: Booking[] }, rules.UnbookRefusal>(rcId, id, (e) => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a training holds one place per person, so the rules look up the asker's own booking whatever this finds; it only supplies the municipality.
    const mine = e.bookings.find((b) => b.person.id === by.id);
    if (!mine) return rules.closedFor(e, nowIso(ctx)) ? { ok: false, reason: rules.closedFor(e, nowIso(ctx)) as rules.ClosedReason } : { ok: false, reason: 'not_booked' };
    const decision = rules.unbook(e, holder(by, mine.orgId), PER_PERSON, nowIso(ctx));
    return decision.ok ? { ok: true, next: decision.next, promoted: decision.promoted } : decision;
  });
  return result.ok ? { ok: true, event: result.item, promoted: result.promoted } : result;
}

export async function leaveWaitingList(ctx: TrainingContext, by: Actor, rcId: string, id: string): Promise<LeaveWaitResult> {
  const result = await ctx.repo.updateEvent<object, { ok: false; reason: 'not_waiting' }>(rcId, id, (e) => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: as in unregister, the rules look up the asker's own entry; this only supplies the municipality.
    const entry = e.waitingList.find((w) => w.person.id === by.id);
    return entry ? rules.leaveWaitingList(e, holder(by, entry.orgId)) : { ok: false, reason: 'not_waiting' };
  });
  return result.ok ? { ok: true, event: result.item } : result;
}

export async function cancelEvent(ctx: TrainingContext, by: Actor, rcId: string, id: string, raw: FormInput<ReasonField>): Promise<CancelResult> {
  const refused = asCoordinator(by, rcId);
  if (refused) return refused;
  const parsed = parseReason(raw);
  if (!parsed.ok) return invalid(parsed.errors, parsed.privacy);
  const result = await ctx.repo.updateEvent<object, EventClosed>(rcId, id, (e) => {
    const now = nowIso(ctx);
    const closed = rules.closedFor(e, now);
    if (closed) return { ok: false, reason: closed };
    return { ok: true, next: { ...e, status: 'cancelled', cancelReason: parsed.value.reason, sequence: e.sequence + 1, times: { ...e.times, updated: now } } };
  });
  return result.ok ? { ok: true, event: result.item, notify: notifyOf(result.item) } : result;
}

/** New date, times, place or link; the registered are told, the waiting list stays as it was. */
export async function rescheduleEvent(ctx: TrainingContext, by: Actor, rcId: string, id: string, raw: FormInput<TrainingRescheduleField>): Promise<RescheduleResult> {
  const refused = asCoordinator(by, rcId);
  if (refused) return refused;
  const parsed = parseReschedule(raw);
  if (!parsed.ok) return invalid(parsed.errors, parsed.privacy);
  const change = parsed.value;
  if (change.date && closedDay(change.date)) return invalid<TrainingRescheduleField>({ date: 'holiday' });
  const result = await ctx.repo.updateEvent<{ changed: boolean }, EventClosed | Invalid<TrainingRescheduleField>>(rcId, id, (e) => {
    const now = nowIso(ctx);
    const closed = rules.closedFor(e, now);
    if (closed) return { ok: false, reason: closed };
    const date = change.date ?? e.date;
    const start = change.startTime ?? e.start;
    const end = change.endTime ?? e.end;
    const place = change.place ?? e.place;
    const meetingUrl = change.meetingUrl ?? e.meetingUrl;
    if (date === e.date && start === e.start && end === e.end && place === e.place && meetingUrl === e.meetingUrl) return { ok: true, next: e, changed: false };
    if (end <= start) return invalid<TrainingRescheduleField>({ endTime: 'before_start' });
    const startsAt = zonedToInstant(date, start).toISOString();
    if (startsAt <= now) return invalid<TrainingRescheduleField>({ [change.date ? 'date' : 'startTime']: 'in_past' });
    const endsAt = zonedToInstant(date, end).toISOString();
    return { ok: true, next: { ...e, date, start, end, startsAt, endsAt, place, meetingUrl, sequence: e.sequence + 1, times: { ...e.times, updated: now } }, changed: true };
  });
  return result.ok ? { ok: true, event: result.item, changed: result.changed, notify: notifyOf(result.item) } : result;
}

export async function event(ctx: TrainingContext, rcId: string, id: string): Promise<TrainingEvent | undefined> {
  return (await ctx.repo.event(rcId, id))?.item;
}

/** Scheduled events ahead (an RC's, or every RC's open ones for a professional), earliest first. */
export async function upcoming(ctx: TrainingContext, options: { rcId?: string; from?: Date; limit?: number } = {}): Promise<TrainingEvent[]> {
  const from = (options.from ?? ctx.clock.now()).toISOString();
  const until = new Date(Date.parse(from) + 400 * 24 * 3_600_000).toISOString();
  const events = await ctx.repo.eventsStartingBetween(from, until, options.rcId, 200);
  return events.filter((e) => e.status !== 'cancelled').slice(0, options.limit ?? 10);
}

export function notifyOf(event: TrainingEvent): Notify {
  return { booked: event.bookings, waiting: event.waitingList };
}

export function freePlaces(event: TrainingEvent): number {
  return rules.freePlaces(event, PER_PERSON);
}

export { NOT_FOUND };
