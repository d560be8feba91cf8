import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../services/time/fake-clock.js';
import {
  addDays,
  daysBetween,
  formatLocalDate,
  isLocalDate,
  isoWeekday,
  isWeekend,
  parseLocalDate,
  parseLocalTime,
} from '../../services/time/local-date.js';

describe('LocalDate', () => {
  it('parses real calendar dates and refuses impossible ones', () => {
    expect(parseLocalDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    for (const bad of ['2026-02-29', '2026-13-01', '2026-4-3', '2026-04-03T00:00', '']) {
      expect(() => parseLocalDate(bad), bad).toThrow(RangeError);
      expect(isLocalDate(bad)).toBe(false);
    }
    expect(isLocalDate('2026-04-03')).toBe(true);
    expect(formatLocalDate({ year: 2026, month: 4, day: 3 })).toBe('2026-04-03');
  });

  it('adds days across month, year and DST boundaries without drifting', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 14)).toBe('2026-11-07');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-03-19', '2026-04-02')).toBe(14);
    expect(daysBetween('2026-04-02', '2026-03-19')).toBe(-14);
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });

  it('knows ISO weekdays and weekends', () => {
    expect(isoWeekday('2026-01-05')).toBe(1);
    expect(isoWeekday('2026-01-11')).toBe(7);
    expect(isWeekend('2026-01-10')).toBe(true);
    expect(isWeekend('2026-01-09')).toBe(false);
  });

  it('parses HH:mm and refuses anything else', () => {
    expect(parseLocalTime('00:00')).toBe(0);
    expect(parseLocalTime('13:00')).toBe(780);
    expect(parseLocalTime('23:59')).toBe(1439);
    for (const bad of ['24:00', '8:00', '08:60', '08:00:00', '']) expect(() => parseLocalTime(bad), bad).toThrow(RangeError);
  });
});

describe('FakeClock', () => {
  it('moves only when told to and hands out copies', () => {
    const clock = new FakeClock('2026-01-05T08:00:00Z');
    const first = clock.now();
    first.setUTCFullYear(1999);
    expect(clock.now().toISOString()).toBe('2026-01-05T08:00:00.000Z');
    clock.advanceHours(1);
    clock.advanceMinutes(30);
    clock.advance(500);
    expect(clock.now().toISOString()).toBe('2026-01-05T09:30:00.500Z');
    clock.set(new Date('2027-01-01T00:00:00Z'));
    expect(clock.now().toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
    expect(() => new FakeClock('not a date')).toThrow(RangeError);
  });
});
