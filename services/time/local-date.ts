// Calendar dates and wall-clock times without a zone. A LocalDate is the ISO string
// "YYYY-MM-DD" so it can go straight into stored documents and idempotency keys, and sorts
// as text in date order. Arithmetic runs on UTC midnights, where no day is ever 23 or 25 hours.

export type LocalDate = `${number}-${number}-${number}`;
/** "HH:mm", 24-hour clock. */
export type LocalTime = `${number}:${number}`;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** Throws RangeError for anything that is not a real calendar date ("2026-02-30" included). */
export function parseLocalDate(value: string): DateParts {
  const m = DATE_PATTERN.exec(value);
  if (m) {
    const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    const back = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
    if (back.getUTCFullYear() === parts.year && back.getUTCMonth() === parts.month - 1 && back.getUTCDate() === parts.day) {
      return parts;
    }
  }
  throw new RangeError(`not a date in the form YYYY-MM-DD: ${JSON.stringify(value)}`);
}

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  try {
    parseLocalDate(value);
    return true;
  } catch {
    return false;
  }
}

export function formatLocalDate(parts: DateParts): LocalDate {
  const y = String(parts.year).padStart(4, '0');
  const m = String(parts.month).padStart(2, '0');
  const d = String(parts.day).padStart(2, '0');
  return `${y}-${m}-${d}` as LocalDate;
}

/** Minutes since midnight. Throws RangeError unless "HH:mm" with HH 00–23. */
export function parseLocalTime(value: string): number {
  const m = TIME_PATTERN.exec(value);
  if (!m) throw new RangeError(`not a time in the form HH:mm: ${JSON.stringify(value)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new RangeError(`addDays: ${days} is not a whole number of days`);
  const { year, month, day } = parseLocalDate(date);
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return formatLocalDate({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const a = parseLocalDate(from);
  const b = parseLocalDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

export function isoWeekday(date: LocalDate): IsoWeekday {
  const { year, month, day } = parseLocalDate(date);
  const sundayZero = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as IsoWeekday;
}

export function isWeekend(date: LocalDate): boolean {
  return isoWeekday(date) >= 6;
}
