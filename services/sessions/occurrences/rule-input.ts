// Reading a session series rule from what the lead typed. Adaptive Cards send every value as a
// string ('' when left empty), so numbers arrive as '2' and dates as '2026-03-10'; the same
// reader accepts a rule already shaped like SeriesRule (a stored one, or a test's). Each field
// answers with one code, and all fields are read so the card can mark every mistake at once.

import { z } from 'zod';
import { isLocalDate, isWeekend, parseLocalDate, formatLocalDate, type LocalDate } from '../../time/local-date.js';
import type { SeriesEnd, SeriesRule, SeriesRuleValidation } from '../occurrences.js';

export const DEFAULT_DURATION_MINUTES = 120;
export const DEFAULT_CADENCE_WEEKS = 2;
export const DURATION_MINUTES_RANGE = { min: 15, max: 480 } as const;
export const CADENCE_WEEKS_RANGE = { min: 1, max: 8 } as const;
export const COUNT_RANGE = { min: 1, max: 100 } as const;
/** A date-ended series may reach this many years past its first date (planning further is guesswork). */
export const MAX_SPAN_YEARS = 2;

export type SeriesRuleErrorCode = 'required' | 'invalid' | 'out_of_range';
export type SeriesRuleErrors = Partial<Record<keyof SeriesRule | 'end', SeriesRuleErrorCode>>;

type Reading<T> = { ok: true; value: T } | { ok: false; code: SeriesRuleErrorCode };

/** Blank card fields count as not given; strings are trimmed. */
function blankToUndefined(value: unknown): unknown {
  if (value === null) return undefined;
  if (typeof value !== 'string') return value;
  const text = value.trim();
  return text === '' ? undefined : text;
}

const isBlank = (value: unknown): boolean => blankToUndefined(value) === undefined;

function wholeNumber(range: { min: number; max: number }) {
  // Only plain digit strings become numbers: Number('') is 0 and Number('1e1') is 10.
  return z.preprocess(
    (value) => {
      const v = blankToUndefined(value);
      // Stryker disable next-line ConditionalExpression: the type check is for the compiler; the pattern tests a number as its digits and gives the same number back.
      return typeof v === 'string' && /^[+-]?\d+$/.test(v) ? Number(v) : v;
    },
    z.number().int().min(range.min).max(range.max),
  );
}

const localDateSchema = z.preprocess(
  blankToUndefined,
  z.string().refine(isLocalDate).transform((text) => text as LocalDate),
);

// "9:00" is accepted and written "09:00": the stored form is the one LocalTime parsing expects.
const startTimeSchema = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^([01]?\d|2[0-3]):[0-5]\d$/)
    .transform((text) => text.padStart(5, '0')),
);

const holidayPolicySchema = z.preprocess(blankToUndefined, z.enum(['skip', 'move']));
const endKindSchema = z.preprocess(blankToUndefined, z.enum(['date', 'count']));

function read<T>(schema: z.ZodType<T>, value: unknown): Reading<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  if (isBlank(value)) return { ok: false, code: 'required' };
  const issue = result.error.issues[0];
  // Stryker disable next-line OptionalChaining: a failed parse always has an issue; the `?.` is for the compiler (noUncheckedIndexedAccess).
  const code = issue?.code === 'too_small' || issue?.code === 'too_big' ? 'out_of_range' : 'invalid';
  return { ok: false, code };
}

function readOptional<T>(schema: z.ZodType<T>, value: unknown, fallback: T): Reading<T> {
  return isBlank(value) ? { ok: true, value: fallback } : read(schema, value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The same calendar day `years` later; 29 February falls back to 28 February. */
function addYears(date: LocalDate, years: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  // Stryker disable next-line ArithmeticOperator: only February's length depends on the year, and two years before or after a leap year are both common years.
  const lastOfMonth = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  return formatLocalDate({ year: year + years, month, day: Math.min(day, lastOfMonth) });
}

function readEnd(input: Record<string, unknown>): Reading<SeriesEnd> {
  // Either SeriesRule's own { end: { kind, … } } or the card's flat endKind/lastDate/count.
  const source = isRecord(input.end) ? input.end : input;
  if (input.end !== undefined && input.end !== null && !isRecord(input.end)) return { ok: false, code: 'invalid' };
  const kindValue = isRecord(input.end) ? source.kind : source.endKind;
  const lastDate = isBlank(source.lastDate) ? source.endDate : source.lastDate;
  const count = source.count;

  let kind: 'date' | 'count';
  if (!isBlank(kindValue)) {
    const kindReading = read(endKindSchema, kindValue);
    if (!kindReading.ok) return kindReading;
    kind = kindReading.value;
  } else if (!isBlank(lastDate) && !isBlank(count)) {
    // Both filled and no choice made: guessing which one the lead meant would be wrong half the time.
    return { ok: false, code: 'invalid' };
  } else {
    // One of them filled decides; with neither, the count's blank field answers 'required'.
    kind = isBlank(lastDate) ? 'count' : 'date';
  }

  if (kind === 'date') {
    const reading = read(localDateSchema, lastDate);
    return reading.ok ? { ok: true, value: { kind, lastDate: reading.value } } : reading;
  }
  const reading = read(wholeNumber(COUNT_RANGE), count);
  return reading.ok ? { ok: true, value: { kind, count: reading.value } } : reading;
}

export function readSeriesRule(input: unknown): SeriesRuleValidation {
  const raw = isRecord(input) ? input : {};
  const readings = {
    firstDate: read(localDateSchema, raw.firstDate),
    startTime: read(startTimeSchema, raw.startTime),
    durationMinutes: readOptional(wholeNumber(DURATION_MINUTES_RANGE), raw.durationMinutes, DEFAULT_DURATION_MINUTES),
    cadenceWeeks: readOptional(wholeNumber(CADENCE_WEEKS_RANGE), raw.cadenceWeeks, DEFAULT_CADENCE_WEEKS),
    end: readEnd(raw),
    holidayPolicy: read(holidayPolicySchema, raw.holidayPolicy),
  };
  const errors: SeriesRuleErrors = {};
  for (const [field, reading] of Object.entries(readings) as [keyof SeriesRule, Reading<unknown>][]) {
    if (!reading.ok) errors[field] = reading.code;
  }

  const { firstDate, end } = readings;
  // Every scheduled date falls on the first date's weekday, so a weekend start would put the
  // whole series on weekends: skipped entirely, or moved every time.
  if (firstDate.ok && isWeekend(firstDate.value)) errors.firstDate = 'invalid';
  // Stryker disable next-line ConditionalExpression: the kind check narrows the type; a count-ended rule has no last date, and comparing nothing is false both ways.
  if (firstDate.ok && end.ok && end.value.kind === 'date') {
    const { lastDate } = end.value;
    if (lastDate < firstDate.value || lastDate > addYears(firstDate.value, MAX_SPAN_YEARS)) errors.end = 'out_of_range';
  }

  if (
    Object.keys(errors).length > 0 ||
    !firstDate.ok ||
    !end.ok ||
    !readings.startTime.ok ||
    !readings.durationMinutes.ok ||
    !readings.cadenceWeeks.ok ||
    !readings.holidayPolicy.ok
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    rule: {
      firstDate: firstDate.value,
      startTime: readings.startTime.value,
      durationMinutes: readings.durationMinutes.value,
      cadenceWeeks: readings.cadenceWeeks.value,
      end: end.value,
      holidayPolicy: readings.holidayPolicy.value,
    },
  };
}
