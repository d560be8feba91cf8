// A lead's series of sessions, and changes to one session of it. The planner turns the rule
// into occurrences (holidays included); this module stores one session document per
// occurrence and keeps every later change a conditional write on that document. Cancelling
// and rescheduling bump the session's iCalendar SEQUENCE and return who must be told.

import { randomUUID } from 'node:crypto';
import { collect, optionalUuid, toggle, type FormInput } from '../consultation/fields.js';
import { zonedParts, zonedToInstant } from '../time/zoned-time.js';
import { MAX_SESSIONS_PER_SERIES } from './codes.js';
import { carryOpenQuestions, type CarryOverResult } from './carry-over.js';
import { asLead, invalid, nowIso, type Conflict, type Invalid, type NotFound, type NotLead, type SessionsContext } from './context.js';
import { capacityReading, parseReason, parseReschedule, type RescheduleField } from './inputs.js';
import type { Booking, Person, Series, Session, WaitEntry } from './model.js';
import { computeOccurrences, validateSeriesRule, type AffectedDate, type Occurrence } from './occurrences.js';

export type CreateSeriesResult =
  | { ok: true; seriesId: string; sessions: Session[]; affected: AffectedDate[]; duplicate: boolean }
  | NotFound
  | NotLead
  | Invalid
  | { ok: false; reason: 'no_sessions' }
  | { ok: false; reason: 'too_many_sessions'; max: number };

/** The people to tell at once: booked organisations' bookers, and those waiting for a place. */
export interface Notify {
  booked: Booking[];
  waiting: WaitEntry[];
}

type SessionClosed = { ok: false; reason: 'cancelled' | 'held' | 'past' };
export type CancelResult = { ok: true; session: Session; notify: Notify; questions: CarryOverResult } | NotFound | NotLead | Conflict | SessionClosed | Invalid<'reason'>;
export type RescheduleResult = { ok: true; session: Session; notify: Notify; changed: boolean } | NotFound | NotLead | Conflict | SessionClosed | Invalid<RescheduleField>;

/** The series form's inputs (the card's flat end fields included). */
export const SERIES_FIELDS = [
  'firstDate', 'startTime', 'durationMinutes', 'cadenceWeeks', 'endKind', 'lastDate', 'endDate', 'count',
  'holidayPolicy', 'meetingUrl', 'capacity', 'allowMultiplePerOrg', 'submissionKey',
] as const;
export type SeriesField = (typeof SERIES_FIELDS)[number];

export async function createSeries(ctx: SessionsContext, lead: Person, networkId: string, raw: FormInput<SeriesField>): Promise<CreateSeriesResult> {
  const access = await asLead(ctx, lead, networkId);
  if (!access.ok) return access;
  const own = collect({ capacity: capacityReading(raw), allowMultiplePerOrg: toggle(raw, 'allowMultiplePerOrg'), submissionKey: optionalUuid(raw, 'submissionKey') });
  const planned = validateSeriesRule(raw);
  if (!own.ok || !planned.ok) return invalid({ ...(planned.ok ? {} : planned.errors), ...(own.ok ? {} : own.errors) });

  const { occurrences, affected } = computeOccurrences(planned.rule);
  if (occurrences.length === 0) return { ok: false, reason: 'no_sessions' };
  if (occurrences.length > MAX_SESSIONS_PER_SERIES) return { ok: false, reason: 'too_many_sessions', max: MAX_SESSIONS_PER_SERIES };
  const first = occurrences[0];
  if (first && first.start <= nowIso(ctx)) return invalid({ firstDate: 'out_of_range' });

  // The card's key makes the series id, so the same card sent twice makes one series.
  const seriesId = own.value.submissionKey ?? randomUUID();
  const series: Series = {
    id: `series:${seriesId}`,
    kind: 'series',
    networkId,
    seriesId,
    rule: planned.rule,
    capacity: own.value.capacity,
    allowMultiplePerOrg: own.value.allowMultiplePerOrg,
    occurrences,
    durationMinutes: planned.rule.durationMinutes,
    affected,
    createdBy: lead,
    times: { created: nowIso(ctx) },
  };
  const created = await ctx.repo.createIfAbsent(series);
  const stored = created ? series : (await ctx.repo.series(networkId, series.id))?.item;
  if (!stored) throw new Error(`sessions/${networkId}: series ${seriesId} exists but cannot be read`);
  // A retry finishes what a crash left out: session ids are fixed by series and index.
  for (const occurrence of stored.occurrences) await ctx.repo.createIfAbsent(sessionFor(ctx, stored, occurrence));
  return {
    ok: true,
    seriesId,
    sessions: await ctx.repo.sessionsOfSeries(networkId, seriesId),
    affected: stored.affected as AffectedDate[],
    duplicate: !created,
  };
}

export function sessionId(networkId: string, seriesId: string, index: number): string {
  return `${networkId}:${seriesId}:${index}`;
}

function sessionFor(ctx: SessionsContext, series: Series, occurrence: Pick<Occurrence, 'index' | 'date' | 'start' | 'end' | 'scheduledDate' | 'movedFrom' | 'holiday'>): Session {
  return {
    id: sessionId(series.networkId, series.seriesId, occurrence.index),
    kind: 'session',
    networkId: series.networkId,
    seriesId: series.seriesId,
    index: occurrence.index,
    date: occurrence.date,
    start: wallClock(occurrence.start),
    end: wallClock(occurrence.end),
    durationMinutes: series.durationMinutes,
    startsAt: occurrence.start,
    endsAt: occurrence.end,
    scheduledDate: occurrence.scheduledDate,
    movedFrom: occurrence.movedFrom,
    holiday: occurrence.holiday,
    status: 'scheduled',
    sequence: 0,
    meetingUrl: null,
    capacity: series.capacity,
    allowMultiplePerOrg: series.allowMultiplePerOrg,
    bookings: [],
    waitingList: [],
    agendaItems: [],
    agendaOrder: [],
    attendance: [],
    ratings: [],
    cancelReason: null,
    times: { created: nowIso(ctx), cancelled: null, rescheduled: null, held: null },
  };
}

/** Stockholm wall-clock start → instants; the end follows from the duration (elapsed time, as occurrences.ts does). */
function timesOf(date: Session['date'], start: string, durationMinutes: number): { startsAt: string; endsAt: string; end: string } {
  const begins = zonedToInstant(date, start);
  const ends = new Date(begins.getTime() + durationMinutes * 60_000);
  return { startsAt: begins.toISOString(), endsAt: ends.toISOString(), end: wallClock(ends.toISOString()) };
}

/** "HH:mm" in Stockholm of an instant. */
function wallClock(instant: string): string {
  const { hour, minute } = zonedParts(new Date(instant));
  return `${pad(hour)}:${pad(minute)}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Why a session can no longer be changed, or null while it is still ahead. */
function closed(session: Session, now: string): SessionClosed | null {
  if (session.status === 'cancelled') return { ok: false, reason: 'cancelled' };
  if (session.status === 'held') return { ok: false, reason: 'held' };
  return session.startsAt <= now ? { ok: false, reason: 'past' } : null;
}

const notifyOf = (session: Session): Notify => ({ booked: session.bookings, waiting: session.waitingList });

/**
 * Cancels a session that has not started. The reason is shown to members, so it goes through
 * the identifier check; its open questions move on to the next session.
 */
export async function cancelSession(
  ctx: SessionsContext,
  lead: Person,
  networkId: string,
  id: string,
  reason: string,
  options: { confirmWarnings?: boolean } = {},
): Promise<CancelResult> {
  const parsed = parseReason({ reason, confirmWarnings: options.confirmWarnings ? 'true' : 'false' });
  if (!parsed.ok) return invalid(parsed.errors, parsed.privacy);
  const access = await asLead(ctx, lead, networkId);
  if (!access.ok) return access;
  const result = await ctx.repo.updateSession<object, SessionClosed>(networkId, id, (session) => {
    const now = nowIso(ctx);
    const refusal = closed(session, now);
    if (refusal) return refusal;
    const next: Session = { ...session, status: 'cancelled', cancelReason: parsed.value.reason, sequence: session.sequence + 1, times: { ...session.times, cancelled: now } };
    return { ok: true, next };
  });
  if (!result.ok) return result;
  const questions = await carryOpenQuestions(ctx, networkId, result.item, 'session_cancelled');
  return { ok: true, session: result.item, notify: notifyOf(result.item), questions };
}

/** New date, start time and/or meeting link for one session; the duration stays. */
export async function rescheduleSession(ctx: SessionsContext, lead: Person, networkId: string, id: string, raw: FormInput<RescheduleField>): Promise<RescheduleResult> {
  const parsed = parseReschedule(raw);
  if (!parsed.ok) return invalid(parsed.errors, parsed.privacy);
  const access = await asLead(ctx, lead, networkId);
  if (!access.ok) return access;
  const change = parsed.value;
  const result = await ctx.repo.updateSession<{ changed: boolean }, SessionClosed | Invalid<RescheduleField>>(networkId, id, (session) => {
    const now = nowIso(ctx);
    const refusal = closed(session, now);
    if (refusal) return refusal;
    const date = change.date ?? session.date;
    const start = change.startTime ?? session.start;
    const meetingUrl = change.meetingUrl ?? session.meetingUrl;
    if (date === session.date && start === session.start && meetingUrl === session.meetingUrl) return { ok: true, next: session, changed: false };
    const times = timesOf(date, start, session.durationMinutes);
    if (times.startsAt <= now) return invalid({ [change.date ? 'date' : 'startTime']: 'out_of_range' });
    const next: Session = {
      ...session,
      date,
      start,
      ...times,
      meetingUrl,
      sequence: session.sequence + 1,
      times: { ...session.times, rescheduled: now },
    };
    return { ok: true, next, changed: true };
  });
  if (!result.ok) return result;
  return { ok: true, session: result.item, notify: notifyOf(result.item), changed: result.changed };
}
