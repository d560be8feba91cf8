// Instants ↔ wall-clock time in Europe/Stockholm (or another IANA zone), using only the
// runtime's Intl time-zone data: no tz library to keep up to date beside Node's own ICU.
//
// Converting a wall-clock time to an instant is ambiguous twice a year. The rule here,
// deterministic and the same as Temporal's default ('compatible'):
//   - spring gap (e.g. 2026-03-29 02:30 does not exist): moves forward by the gap, to 03:30 CEST;
//   - autumn overlap (e.g. 2026-10-25 02:30 happens twice): the first occurrence, 02:30 CEST.
// Business times (08:00, 13:00, 17:00) never fall in either, so "13:00 stays 13:00" across DST.

import { BoundedMap } from '../bounded.js';
import {
  formatLocalDate,
  isoWeekday,
  parseLocalDate,
  parseLocalTime,
  type IsoWeekday,
  type LocalDate,
} from './local-date.js';

export const STOCKHOLM = 'Europe/Stockholm';

export interface ZonedDateTime {
  date: LocalDate;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: IsoWeekday;
  /** Minutes since local midnight, ignoring seconds. */
  minuteOfDay: number;
  /** Offset from UTC in minutes at that instant (60 in winter, 120 in summer for Stockholm). */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // h23: some ICU versions print midnight as "24" with hour12: false.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * Zones keep one offset for months at a time, so an hour's offset is asked of Intl once (at the
 * hour's first and last second) and the wall clock is then plain arithmetic (2 µs instead of 8
 * per call here): a consultation turn asked dozens of times (reference year, month marks, closed
 * periods, each day of its working-hours timing).
 */
function wallClockAt(instantMs: number, timeZone: string): WallClock {
  const offset = steadyOffset(timeZone, Math.floor(instantMs / HOUR_MS));
  if (offset === null) return formattedWallClock(instantMs, timeZone);
  const wall = new Date(instantMs + offset);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

const HOUR_MS = 3_600_000;
/** By zone and UTC hour: the offset all through that hour, or null if it changes within it. */
const hourOffsets = new BoundedMap<string, number | null>(10_000);

function steadyOffset(timeZone: string, hour: number): number | null {
  const key = `${timeZone} ${hour}`;
  let offset = hourOffsets.get(key);
  if (offset === undefined) {
    const first = formattedOffset(hour * HOUR_MS, timeZone);
    // No zone changes its clocks twice within an hour, so equal ends mean one offset throughout.
    offset = first === formattedOffset((hour + 1) * HOUR_MS - 1000, timeZone) ? first : null;
    hourOffsets.set(key, offset);
  }
  return offset;
}

/** Wall clock minus UTC at a whole second, as Intl reads it; NaN for an invalid instant. */
function formattedOffset(secondMs: number, timeZone: string): number {
  const w = formattedWallClock(secondMs, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - secondMs;
}

function formattedWallClock(instantMs: number, timeZone: string): WallClock {
  const out: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return {
    year: out.year ?? NaN,
    month: out.month ?? NaN,
    day: out.day ?? NaN,
    hour: out.hour ?? NaN,
    minute: out.minute ?? NaN,
    second: out.second ?? NaN,
  };
}

/** The zone's offset from UTC at an instant, in ms (wall clock minus UTC). */
function offsetMsAt(instantMs: number, timeZone: string): number {
  const w = wallClockAt(instantMs, timeZone);
  const wallMs = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  // The formatter drops milliseconds, so compare against the instant truncated to the second.
  return wallMs - (instantMs - (((instantMs % 1000) + 1000) % 1000));
}

function checkedInstant(instant: Date): number {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('invalid Date');
  return ms;
}

export function zonedParts(instant: Date, timeZone: string = STOCKHOLM): ZonedDateTime {
  const ms = checkedInstant(instant);
  const w = wallClockAt(ms, timeZone);
  const date = formatLocalDate(w);
  return {
    date,
    ...w,
    weekday: isoWeekday(date),
    minuteOfDay: w.hour * 60 + w.minute,
    offsetMinutes: Math.round(offsetMsAt(ms, timeZone) / 60_000),
  };
}

/** The local calendar date of an instant. */
export function zonedDate(instant: Date, timeZone: string = STOCKHOLM): LocalDate {
  return formatLocalDate(wallClockAt(checkedInstant(instant), timeZone));
}

/**
 * The instant at which the zone's clocks show `time` on `date`. Gap and overlap are
 * resolved as described at the top of this file.
 */
export function zonedToInstant(date: LocalDate, time: string, timeZone: string = STOCKHOLM): Date {
  // Four formatToParts calls each: a request's working-hours timing asks this for every day it
  // has waited, on every card that shows it. The answer depends on the arguments alone.
  const key = `${date} ${time} ${timeZone}`;
  let ms = instants.get(key);
  if (ms === undefined) {
    instants.set(key, (ms = computeZonedToInstant(date, time, timeZone)));
  }
  return new Date(ms);
}

/** Wall-clock times converted so far: at the three or so times of day asked for, years of days. */
const instants = new BoundedMap<string, number>(5_000);

function computeZonedToInstant(date: LocalDate, time: string, timeZone: string): number {
  const { year, month, day } = parseLocalDate(date);
  const wallMs = Date.UTC(year, month - 1, day) + parseLocalTime(time) * 60_000;
  // Offsets in force half a day either side; no zone changes its clocks twice within that.
  const before = offsetMsAt(wallMs - 12 * 3_600_000, timeZone);
  const after = offsetMsAt(wallMs + 12 * 3_600_000, timeZone);
  const matches = [...new Set([before, after])]
    .map((offset) => wallMs - offset)
    .filter((candidate) => offsetMsAt(candidate, timeZone) === wallMs - candidate)
    .sort((a, b) => a - b);
  const first = matches[0];
  // No match means the wall time was skipped; reading it with the pre-gap offset lands after the gap.
  return first ?? wallMs - before;
}

/** The first instant of a local day (midnight, or the first minute after it where midnight is skipped). */
export function startOfZonedDay(date: LocalDate, timeZone: string = STOCKHOLM): Date {
  return zonedToInstant(date, '00:00', timeZone);
}
