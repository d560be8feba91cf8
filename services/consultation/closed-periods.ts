// When an RC is closed (a summer break, a holiday week): Una Norrbotten answers within 24 hours
// "except weekends and summer" (sources L10634–10640). Administrators set the periods, whole
// Stockholm calendar days from the first to the last, both included. During one, the RC's new
// requests go to the national channel with a receipt that says so, and the response-target clock
// stands still for that RC: a request that comes in while it is closed is due its target in
// working hours after the RC opens again, and one already waiting loses none of its time.
import { addDays, daysBetween, isLocalDate, type LocalDate } from '../time/local-date.js';
import { addWorkingHours, workingHoursBetween } from '../time/swedish-calendar.js';
import { startOfZonedDay, zonedDate } from '../time/zoned-time.js';

export interface ClosedPeriod {
  /** First closed day. */
  from: LocalDate;
  /** Last closed day: the RC opens again the next morning. */
  to: LocalDate;
}

export const CLOSED_FIELDS = ['closedFrom', 'closedTo'] as const;
export type ClosedField = (typeof CLOSED_FIELDS)[number];
export type ClosedFieldError = 'required' | 'invalid_date' | 'ends_before_start' | 'in_the_past' | 'too_long' | 'overlaps' | 'too_many';

/** A quarter is longer than any break the sources describe; longer means the RC is not running. */
export const MAX_CLOSED_DAYS = 92;
/** Kept per RC: the current and coming periods; past ones are dropped when a new one is added. */
export const MAX_CLOSED_PERIODS = 12;

/** The period the RC is closed in at `instant`, if any. */
export function closedAt(periods: readonly ClosedPeriod[] | undefined, instant: Date): ClosedPeriod | undefined {
  const today = zonedDate(instant);
  return periods?.find((p) => p.from <= today && today <= p.to);
}

/** The current period, else the next one to come: what the centre card tells a professional. */
export function currentOrNext(periods: readonly ClosedPeriod[] | undefined, instant: Date): ClosedPeriod | undefined {
  return notOver(periods, instant)[0];
}

/** The periods not yet over, oldest first. */
export function notOver(periods: readonly ClosedPeriod[] | undefined, instant: Date): ClosedPeriod[] {
  const today = zonedDate(instant);
  // Stryker disable next-line ArrayDeclaration: an element that is not a period has no last day, so the filter drops it.
  return (periods ?? []).filter((p) => p.to >= today).sort((a, b) => a.from.localeCompare(b.from));
}

/** The first day the RC is open again after a period. */
export function reopensOn(period: ClosedPeriod): LocalDate {
  return addDays(period.to, 1);
}

function interval(p: ClosedPeriod): { start: number; end: number } {
  return { start: startOfZonedDay(p.from).getTime(), end: startOfZonedDay(reopensOn(p)).getTime() };
}

/** Working hours from start to end that fall in none of the periods: the clock of a closed RC stands still. */
export function openWorkingHoursBetween(start: Date, end: Date, periods: readonly ClosedPeriod[] = []): number {
  let hours = workingHoursBetween(start, end);
  for (const p of periods) {
    const { start: s, end: e } = interval(p);
    // A period outside start–end gives an empty stretch, which has no working hours.
    hours -= workingHoursBetween(new Date(Math.max(start.getTime(), s)), new Date(Math.min(end.getTime(), e)));
  }
  return Math.max(0, hours);
}

/** The instant `hours` open working hours after `start`: closed days are skipped like weekends. */
export function addOpenWorkingHours(start: Date, hours: number, periods: readonly ClosedPeriod[] = []): Date {
  let cursor = start.getTime();
  let remaining = hours;
  // Walk the open stretches between the closed periods, in time order, spending the hours on each.
  for (const { start: closes, end: opens } of periods.map(interval).sort((a, b) => a.start - b.start)) {
    // Stryker disable next-line EqualityOperator: a period that opens exactly at the cursor moves it nowhere.
    if (opens <= cursor) continue;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: from inside a period the stretch before it is empty and spends no hours; it differs only for a target of 0 hours, and targets are at least one (SHORTEST_TARGET_HOURS).
    if (closes > cursor) {
      const open = workingHoursBetween(new Date(cursor), new Date(closes));
      if (open >= remaining) return addWorkingHours(new Date(cursor), remaining);
      remaining -= open;
    }
    cursor = opens;
  }
  return addWorkingHours(new Date(cursor), remaining);
}

/** Checks a new period against the form's strings, today and the periods already set. */
export function parseClosedPeriod(
  input: Partial<Record<ClosedField, string>>,
  today: LocalDate,
  existing: readonly ClosedPeriod[],
): { ok: true; period: ClosedPeriod } | { ok: false; errors: Partial<Record<ClosedField, ClosedFieldError>> } {
  const from = (input.closedFrom ?? '').trim();
  const to = (input.closedTo ?? '').trim();
  const errors: Partial<Record<ClosedField, ClosedFieldError>> = {};
  if (from === '') errors.closedFrom = 'required';
  else if (!isLocalDate(from)) errors.closedFrom = 'invalid_date';
  if (to === '') errors.closedTo = 'required';
  else if (!isLocalDate(to)) errors.closedTo = 'invalid_date';
  // A blank field is not a date either, so this is exactly when an error was found above.
  if (!isLocalDate(from) || !isLocalDate(to)) return { ok: false, errors };
  if (to < from) return { ok: false, errors: { closedTo: 'ends_before_start' } };
  if (to < today) return { ok: false, errors: { closedTo: 'in_the_past' } };
  if (daysBetween(from, to) + 1 > MAX_CLOSED_DAYS) return { ok: false, errors: { closedTo: 'too_long' } };
  if (existing.some((p) => p.from <= to && from <= p.to)) return { ok: false, errors: { closedFrom: 'overlaps' } };
  return { ok: true, period: { from, to } };
}
