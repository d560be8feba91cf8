// Report periods as Stockholm calendar days turned into a half-open span of instants. A case
// counts where Sweden's calendar puts it: 2026-12-31T23:30Z is already 2027 in Stockholm, and
// a month that contains a clock change is 23 or 25 hours off a naive UTC month.

import { addDays, formatLocalDate, parseLocalDate, type LocalDate } from '../time/local-date.js';
import { startOfZonedDay } from '../time/zoned-time.js';
import type { PeriodSpec, ResolvedPeriod } from './types.js';

// Far enough back for the pilots (2018) and forward for any plausible planning view.
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** @throws RangeError for an impossible period (month 13, a range that ends before it starts). */
export function resolvePeriod(spec: PeriodSpec): ResolvedPeriod {
  const { first, last, label } = calendarSpan(spec);
  return {
    spec,
    label,
    first,
    last,
    start: startOfZonedDay(first).toISOString(),
    end: startOfZonedDay(addDays(last, 1)).toISOString(),
  };
}

function calendarSpan(spec: PeriodSpec): { first: LocalDate; last: LocalDate; label: string } {
  if (spec.kind === 'range') {
    parseLocalDate(spec.from);
    parseLocalDate(spec.to);
    // LocalDate strings sort in date order.
    if (spec.to < spec.from) throw new RangeError(`range ends (${spec.to}) before it starts (${spec.from})`);
    return { first: spec.from, last: spec.to, label: `${spec.from}–${spec.to}` };
  }
  const { year } = spec;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}, got ${year}`);
  }
  switch (spec.kind) {
    case 'year':
      return { first: day(year, 1, 1), last: day(year, 12, 31), label: String(year) };
    case 'quarter': {
      const q = checkedIndex(spec.index, 4, 'quarter');
      const firstMonth = (q - 1) * 3 + 1;
      return { first: day(year, firstMonth, 1), last: lastDayOfMonth(year, firstMonth + 2), label: `${year}K${q}` };
    }
    case 'month': {
      const m = checkedIndex(spec.index, 12, 'month');
      return { first: day(year, m, 1), last: lastDayOfMonth(year, m), label: `${year}M${String(m).padStart(2, '0')}` };
    }
  }
}

function checkedIndex(index: number | undefined, max: number, what: string): number {
  if (index === undefined || !Number.isInteger(index) || index < 1 || index > max) {
    throw new RangeError(`${what} index must be a whole number from 1 to ${max}, got ${String(index)}`);
  }
  return index;
}

function day(year: number, month: number, dayOfMonth: number): LocalDate {
  return formatLocalDate({ year, month, day: dayOfMonth });
}

function lastDayOfMonth(year: number, month: number): LocalDate {
  // Day 0 of the next month is the last day of this one; UTC has no clock changes.
  return day(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}
