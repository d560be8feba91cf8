// Working time as the resource centres keep it: weekdays in Europe/Stockholm, minus public
// holidays and the eves offices close on. Rules such as "a consultation request unclaimed
// after 24 working hours is re-announced" are expressed with addWorkingHours.

import { addDays, isWeekend, parseLocalTime, type LocalDate } from './local-date.js';
import { swedishHolidayOn, type SwedishHoliday } from './swedish-holidays.js';
import { zonedDate, zonedToInstant } from './zoned-time.js';

export type { HolidayKind, SwedishHoliday } from './swedish-holidays.js';

export interface OfficeHours {
  /** "HH:mm" Stockholm time. */
  dayStart: string;
  dayEnd: string;
}

/**
 * 08:00–17:00, nine hours a day: the span in which someone at a resource centre can be
 * expected to see a request (core office time plus a margin for early and late starters).
 * Lunch is not subtracted, so 24 working hours are two full days and six hours of a third.
 */
export const DEFAULT_OFFICE_HOURS: OfficeHours = { dayStart: '08:00', dayEnd: '17:00' };

/** The public holiday or closed eve falling on this date, if any. */
export function isPublicHolidayOrClosedEve(date: LocalDate): SwedishHoliday | undefined {
  return swedishHolidayOn(date);
}

/** Monday to Friday, and neither a public holiday nor a closed eve. */
export function isWorkingDay(date: LocalDate): boolean {
  return !isWeekend(date) && swedishHolidayOn(date) === undefined;
}

/** The first working day on or after `date`. */
export function nextWorkingDay(date: LocalDate): LocalDate {
  let day = date;
  // Sweden never has more than a handful of closed days in a row (the Christmas/Easter weeks).
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * The instant at which `hours` working hours have elapsed after `start`, counting only office
 * hours on working days in Europe/Stockholm. Time before the office opens, after it closes,
 * and on closed days does not count; a start outside office hours begins counting at the next
 * opening. The answer can be exactly closing time: 9 hours from Monday 08:00 is Monday 17:00,
 * not Tuesday 08:00. Zero hours is `start` itself.
 * Elapsed time is real time, and each day's window is placed with zonedToInstant, so a
 * weekend with a DST change in it neither gains nor loses an hour.
 */
export function addWorkingHours(start: Date, hours: number, options: Partial<OfficeHours> = {}): Date {
  const startMs = start.getTime();
  if (!Number.isFinite(startMs)) throw new RangeError('addWorkingHours: invalid start');
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`addWorkingHours: hours must be ≥ 0, got ${hours}`);
  const { dayStart, dayEnd } = { ...DEFAULT_OFFICE_HOURS, ...options };
  if (parseLocalTime(dayStart) >= parseLocalTime(dayEnd)) {
    throw new RangeError(`addWorkingHours: dayStart ${dayStart} must be before dayEnd ${dayEnd}`);
  }
  if (hours === 0) return new Date(startMs);

  let remaining = Math.round(hours * 3_600_000);
  let cursor = startMs;
  for (let day = zonedDate(start); ; day = addDays(day, 1)) {
    if (!isWorkingDay(day)) continue;
    const opens = zonedToInstant(day, dayStart).getTime();
    const closes = zonedToInstant(day, dayEnd).getTime();
    const from = Math.max(cursor, opens);
    if (from >= closes) continue;
    if (remaining <= closes - from) return new Date(from + remaining);
    remaining -= closes - from;
    cursor = closes;
  }
}

/**
 * Working hours (office hours on working days) elapsed from `start` to `end`; 0 when `end` is
 * not after `start`. The inverse of addWorkingHours: "waited 5 working hours" on the queue.
 */
export function workingHoursBetween(start: Date, end: Date, options: Partial<OfficeHours> = {}): number {
  const { dayStart, dayEnd } = { ...DEFAULT_OFFICE_HOURS, ...options };
  const startMs = start.getTime();
  const endMs = end.getTime();
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs)) throw new RangeError('workingHoursBetween: invalid instant');
  let total = 0;
  for (let day = zonedDate(start); zonedToInstant(day, dayStart).getTime() < endMs; day = addDays(day, 1)) {
    if (!isWorkingDay(day)) continue;
    const from = Math.max(startMs, zonedToInstant(day, dayStart).getTime());
    const to = Math.min(endMs, zonedToInstant(day, dayEnd).getTime());
    if (to > from) total += to - from;
  }
  return total / 3_600_000;
}
