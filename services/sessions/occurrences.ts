// A network's session series (brief: "Network sessions": every other week, two hours, digital;
// the cadence is the lead's choice) turned into the dates it is held on. Dates are calendar
// dates in Europe/Stockholm and the start is a wall-clock time, so a 13:00 session stays 13:00
// across daylight saving time; only its UTC instant changes.
//
// A scheduled date that is not a working day (weekend, public holiday, closed eve such as
// julafton or midsommarafton) is skipped, or moved to the next working day. A move that would
// reach the next scheduled date, or pass the series' last date, becomes a skip: two sessions
// in one cadence period, or one after the announced end, would surprise the members more than
// a missing one.
//
// A count-ended series counts held sessions: skipped dates produce no occurrence and do not
// count, so "10 sessions" gives 10 held dates (the lead's choice).

import { addDays, isWeekend, type LocalDate } from '../time/local-date.js';
import { isPublicHolidayOrClosedEve, nextWorkingDay } from '../time/swedish-calendar.js';
import { zonedToInstant } from '../time/zoned-time.js';
import { readSeriesRule, type SeriesRuleErrors } from './occurrences/rule-input.js';

export {
  CADENCE_WEEKS_RANGE,
  COUNT_RANGE,
  DEFAULT_CADENCE_WEEKS,
  DEFAULT_DURATION_MINUTES,
  DURATION_MINUTES_RANGE,
  MAX_SPAN_YEARS,
  type SeriesRuleErrors,
  type SeriesRuleErrorCode,
} from './occurrences/rule-input.js';

export type SeriesEnd = { kind: 'date'; lastDate: LocalDate } | { kind: 'count'; count: number };

export interface SeriesRule {
  /** Europe/Stockholm calendar date of the first session; must be a weekday (Monday–Friday). */
  firstDate: LocalDate;
  /** "HH:mm" local time. */
  startTime: string;
  /** 15–480, default 120. */
  durationMinutes: number;
  /** 1–8, default 2. */
  cadenceWeeks: number;
  /** count 1–100; lastDate on or after firstDate and at most two years after it. */
  end: SeriesEnd;
  holidayPolicy: 'skip' | 'move';
}

export interface Occurrence {
  /** 0-based position among the sessions actually held; skipped dates take no index. */
  index: number;
  /** The date it is held on. */
  date: LocalDate;
  /** ISO instants (UTC, "…Z"). */
  start: string;
  end: string;
  /** firstDate + k × cadence: where the rule put it before any move. */
  scheduledDate: LocalDate;
  movedFrom: LocalDate | null;
  /** Why it was moved: the holiday's Swedish name, or WEEKEND_REASON; null when not moved. */
  holiday: string | null;
}

export interface AffectedDate {
  scheduledDate: LocalDate;
  /** 'skipped' also when the policy is 'move' but no working day was free before the next session. */
  action: 'skipped' | 'moved';
  movedTo: LocalDate | null;
  /** The holiday's Swedish name ("långfredagen", "julafton"), or WEEKEND_REASON. */
  reason: string;
}

/** The reason given for a weekend. A code-like Swedish word, as the holiday names are Swedish. */
// Stryker disable next-line StringLiteral: never given today: every scheduled date falls on the first date's weekday, which validation keeps off weekends.
export const WEEKEND_REASON = 'helg';

export type SeriesRuleValidation = { ok: true; rule: SeriesRule } | { ok: false; errors: SeriesRuleErrors };

/**
 * Reads a rule from card data (every value a string, possibly blank) or from an object already
 * shaped like SeriesRule. Card data may give the end as `endKind` ('date' | 'count') with
 * `lastDate` (or `endDate`) and `count`; without `endKind` exactly one of them must be filled.
 * Every field's error is reported at once, keyed by SeriesRule field ('end' for the end).
 */
export function validateSeriesRule(input: unknown): SeriesRuleValidation {
  return readSeriesRule(input);
}

export function computeOccurrences(rule: SeriesRule): { occurrences: Occurrence[]; affected: AffectedDate[] } {
  // Callers may hand over a stored rule; one that no longer validates (a weekend first date
  // would skip forever) is a programming error, not a user error.
  const checked = validateSeriesRule(rule);
  if (!checked.ok) throw new RangeError(`computeOccurrences: invalid rule ${JSON.stringify(checked.errors)}`);
  const { firstDate, startTime, durationMinutes, cadenceWeeks, end, holidayPolicy } = checked.rule;

  const step = cadenceWeeks * 7;
  const occurrences: Occurrence[] = [];
  const affected: AffectedDate[] = [];
  const hold = (date: LocalDate, scheduledDate: LocalDate, reason: string | null): void => {
    const startMs = zonedToInstant(date, startTime).getTime();
    occurrences.push({
      index: occurrences.length,
      date,
      start: new Date(startMs).toISOString(),
      // Elapsed time, not wall-clock: a session never spans a 02:00–03:00 clock change anyway.
      end: new Date(startMs + durationMinutes * 60_000).toISOString(),
      scheduledDate,
      movedFrom: reason === null ? null : scheduledDate,
      holiday: reason,
    });
  };

  // Validation guarantees termination: the first date is a weekday, so are all scheduled
  // dates, and no Swedish holiday run lasts long enough to skip more than a few in a row.
  for (let k = 0; ; k += 1) {
    const scheduled = addDays(firstDate, k * step);
    if (end.kind === 'date' ? scheduled > end.lastDate : occurrences.length >= end.count) break;

    const reason = closedReason(scheduled);
    if (reason === null) {
      hold(scheduled, scheduled, null);
      continue;
    }
    if (holidayPolicy === 'move') {
      const target = nextWorkingDay(scheduled);
      const nextScheduled = addDays(scheduled, step);
      // Stryker disable next-line ConditionalExpression: the kind check narrows the type; a count-ended rule has no last date, and comparing with nothing is false.
      const beyondEnd = end.kind === 'date' && target > end.lastDate;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: no run of closed days in the Swedish calendar lasts a week (the longest, Christmas, is four), so a move never reaches the next date; the check keeps the rule if that changes.
      if (target < nextScheduled && !beyondEnd) {
        affected.push({ scheduledDate: scheduled, action: 'moved', movedTo: target, reason });
        hold(target, scheduled, reason);
        continue;
      }
    }
    affected.push({ scheduledDate: scheduled, action: 'skipped', movedTo: null, reason });
  }
  return { occurrences, affected };
}

/** Why no session can be held on `date`, or null on a working day. */
function closedReason(date: LocalDate): string | null {
  // A holiday on a weekend is named by the holiday: "nationaldagen" says more than "helg".
  const holiday = isPublicHolidayOrClosedEve(date);
  if (holiday) return holiday.name;
  return isWeekend(date) ? WEEKEND_REASON : null;
}
