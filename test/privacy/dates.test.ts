// The calendar the number detectors share, on its own: through checkText a personnummer's
// checksum or another detector often decides first, which hides a calendar rule that broke.
import { describe, expect, it } from 'vitest';
import { isBirthDateDigits, isCalendarDate, yearOf } from '../../services/privacy/detectors/dates.js';

describe('calendar dates', () => {
  it('knows the months, the days of each and leap years', () => {
    expect(isCalendarDate(2023, 12, 31)).toBe(true);
    expect(isCalendarDate(2023, 1, 1)).toBe(true);
    for (const [y, m, d] of [[2023, 0, 10], [2023, 13, 10], [2023, 5, 0], [2023, 4, 31]] as const) {
      expect(isCalendarDate(y, m, d), `${y}-${m}-${d}`).toBe(false);
    }
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(2023, 2, 29)).toBe(false);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
  });
});

describe('the year a date is written with', () => {
  it('reads four digits as they are, two as 20yy with or without an apostrophe, and none as the leap year 2000', () => {
    expect([yearOf('1985'), yearOf('09'), yearOf("'09"), yearOf(undefined)]).toEqual([1985, 2009, 2009, 2000]);
  });
});

describe('the birth date at the start of a personnummer', () => {
  it('reads six digits as a date in either century', () => {
    expect(isBirthDateDigits('850101', false)).toBe(true);
    expect(isBirthDateDigits('000229', false)).toBe(true);
    expect(isBirthDateDigits('960229', false)).toBe(true);
    expect(isBirthDateDigits('010229', false)).toBe(false);
    expect(isBirthDateDigits('851301', false)).toBe(false);
  });

  it('reads eight digits with their own century, 18, 19 or 20 only', () => {
    expect(isBirthDateDigits('19960229', false)).toBe(true);
    expect(isBirthDateDigits('19000229', false)).toBe(false);
    expect(isBirthDateDigits('18500101', false)).toBe(true);
    expect(isBirthDateDigits('17850101', false)).toBe(false);
    expect(isBirthDateDigits('21180101', false)).toBe(false);
  });

  it('takes a coordination day (day + 60) only where asked', () => {
    expect(isBirthDateDigits('850161', true)).toBe(true);
    expect(isBirthDateDigits('850191', true)).toBe(true);
    expect(isBirthDateDigits('850161', false)).toBe(false);
    expect(isBirthDateDigits('850160', true)).toBe(false);
    expect(isBirthDateDigits('850192', true)).toBe(false);
  });
});
