import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../services/time/local-date.js';
import {
  addWorkingHours,
  isPublicHolidayOrClosedEve,
  isWorkingDay,
  nextWorkingDay,
  workingHoursBetween,
} from '../../services/time/swedish-calendar.js';
import { swedishHolidaysIn } from '../../services/time/swedish-holidays.js';

const P = 'public-holiday';
const E = 'closed-eve';

describe('Swedish public holidays and closed eves', () => {
  it('lists exactly the closed days of 2026', () => {
    expect(swedishHolidaysIn(2026).map((h) => [h.date, h.name, h.kind])).toEqual([
      ['2026-01-01', 'nyårsdagen', P],
      ['2026-01-06', 'trettondedag jul', P],
      ['2026-04-03', 'långfredagen', P],
      ['2026-04-04', 'påskafton', E],
      ['2026-04-05', 'påskdagen', P],
      ['2026-04-06', 'annandag påsk', P],
      ['2026-05-01', 'första maj', P],
      ['2026-05-14', 'Kristi himmelsfärdsdag', P],
      ['2026-05-24', 'pingstdagen', P],
      ['2026-06-06', 'nationaldagen', P],
      ['2026-06-19', 'midsommarafton', E],
      ['2026-06-20', 'midsommardagen', P],
      ['2026-10-31', 'alla helgons dag', P],
      ['2026-12-24', 'julafton', E],
      ['2026-12-25', 'juldagen', P],
      ['2026-12-26', 'annandag jul', P],
      ['2026-12-31', 'nyårsafton', E],
    ]);
  });

  it('lists exactly the closed days of 2027', () => {
    expect(swedishHolidaysIn(2027).map((h) => [h.date, h.name, h.kind])).toEqual([
      ['2027-01-01', 'nyårsdagen', P],
      ['2027-01-06', 'trettondedag jul', P],
      ['2027-03-26', 'långfredagen', P],
      ['2027-03-27', 'påskafton', E],
      ['2027-03-28', 'påskdagen', P],
      ['2027-03-29', 'annandag påsk', P],
      ['2027-05-01', 'första maj', P],
      ['2027-05-06', 'Kristi himmelsfärdsdag', P],
      ['2027-05-16', 'pingstdagen', P],
      ['2027-06-06', 'nationaldagen', P],
      ['2027-06-25', 'midsommarafton', E],
      ['2027-06-26', 'midsommardagen', P],
      ['2027-11-06', 'alla helgons dag', P],
      ['2027-12-24', 'julafton', E],
      ['2027-12-25', 'juldagen', P],
      ['2027-12-26', 'annandag jul', P],
      ['2027-12-31', 'nyårsafton', E],
    ]);
  });

  it('answers for single dates, leaving out eves that offices keep open', () => {
    expect(isPublicHolidayOrClosedEve('2026-04-06')).toEqual({ date: '2026-04-06', name: 'annandag påsk', kind: P });
    expect(isPublicHolidayOrClosedEve('2027-06-25')).toEqual({ date: '2027-06-25', name: 'midsommarafton', kind: E });
    expect(isPublicHolidayOrClosedEve('2027-11-06')).toMatchObject({ name: 'alla helgons dag', kind: P });
    // skärtorsdagen, valborgsmässoafton, pingstafton, annandag pingst, trettondagsafton, allhelgonaafton
    for (const open of ['2026-04-02', '2026-04-30', '2026-05-23', '2026-05-25', '2026-01-05', '2026-10-30'] as const) {
      expect(isPublicHolidayOrClosedEve(open), open).toBeUndefined();
    }
    expect(swedishHolidaysIn(2040).filter((h) => h.kind === P)).toHaveLength(13);
  });

  it('answers for any year from 1900 to 2999 and refuses others', () => {
    expect(swedishHolidaysIn(1900)[0]).toMatchObject({ date: '1900-01-01', kind: P });
    expect(swedishHolidaysIn(2999).at(-1)).toMatchObject({ date: '2999-12-31', name: 'nyårsafton', kind: E });
    for (const year of [1899, 3000, 2026.5, Number.NaN]) expect(() => swedishHolidaysIn(year), String(year)).toThrow(RangeError);
    expect(() => swedishHolidaysIn(3000)).toThrow('year out of range: 3000');
  });

  it('lists the days of a year in date order, whatever was asked before', () => {
    expect(isPublicHolidayOrClosedEve('2031-12-24')).toMatchObject({ name: 'julafton', kind: E });
    const dates = swedishHolidaysIn(2031).map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
  });
});

describe('working days', () => {
  it('are weekdays that are neither holidays nor closed eves', () => {
    const cases: Array<[LocalDate, boolean]> = [
      ['2026-01-09', true], // Friday
      ['2026-01-10', false], // Saturday
      ['2026-01-11', false], // Sunday
      ['2026-04-02', true], // skärtorsdagen
      ['2026-04-03', false], // långfredagen
      ['2026-04-06', false], // annandag påsk
      ['2026-05-14', false], // Kristi himmelsfärdsdag
      ['2026-06-05', true],
      ['2026-06-19', false], // midsommarafton
      ['2026-12-23', true],
      ['2026-12-24', false], // julafton
      ['2026-12-31', false], // nyårsafton
      ['2027-03-26', false],
      ['2027-03-29', false],
      ['2027-03-30', true],
      ['2027-05-06', false],
    ];
    for (const [date, working] of cases) expect(isWorkingDay(date), date).toBe(working);
    expect(nextWorkingDay('2026-04-03')).toBe('2026-04-07');
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-28');
    expect(nextWorkingDay('2026-12-28')).toBe('2026-12-28');
  });
});

describe('addWorkingHours (08:00–17:00 Stockholm)', () => {
  const add = (startIso: string, hours: number) => addWorkingHours(new Date(startIso), hours).toISOString();

  it('counts within a day and ends at closing time rather than the next opening', () => {
    expect(add('2026-01-12T07:00:00Z', 9)).toBe('2026-01-12T16:00:00.000Z'); // Mon 08:00 → Mon 17:00
    expect(add('2026-01-12T07:00:00Z', 0.5)).toBe('2026-01-12T07:30:00.000Z');
    expect(add('2026-01-12T07:00:00Z', 24)).toBe('2026-01-14T13:00:00.000Z'); // → Wed 14:00
  });

  it('starts counting at the next opening when started outside office hours', () => {
    expect(add('2026-01-13T05:00:00Z', 1)).toBe('2026-01-13T08:00:00.000Z'); // Tue 06:00 → 09:00
    expect(add('2026-01-13T17:00:00Z', 1)).toBe('2026-01-14T08:00:00.000Z'); // Tue 18:00 → Wed 09:00
    expect(add('2026-01-10T11:00:00Z', 1)).toBe('2026-01-12T08:00:00.000Z'); // Sat 12:00 → Mon 09:00
  });

  it('skips weekends, holidays and closed eves', () => {
    // Friday 16:00 before första maj on Monday 2028-05-01: one hour Friday, one Tuesday.
    expect(add('2028-04-28T14:00:00Z', 2)).toBe('2028-05-02T07:00:00.000Z');
    // Skärtorsdagen 16:00 before Easter: resumes Tuesday after annandag påsk.
    expect(add('2026-04-02T14:00:00Z', 2)).toBe('2026-04-07T07:00:00.000Z');
    expect(add('2026-04-02T14:00:00Z', 24)).toBe('2026-04-09T11:00:00.000Z');
    // The day before midsommarafton.
    expect(add('2026-06-18T14:00:00Z', 2)).toBe('2026-06-22T07:00:00.000Z');
    // Lillejulafton 16:00: julafton to the Sunday are closed.
    expect(add('2026-12-23T15:00:00Z', 2)).toBe('2026-12-28T08:00:00.000Z');
    expect(add('2026-12-23T15:00:00Z', 24)).toBe('2026-12-30T12:00:00.000Z');
    // Over nyårsafton and nyårsdagen into 2027.
    expect(add('2026-12-30T15:00:00Z', 2)).toBe('2027-01-04T08:00:00.000Z');
  });

  it('is right across the DST changes on 2026-03-29 and 2026-10-25', () => {
    expect(add('2026-03-27T15:00:00Z', 2)).toBe('2026-03-30T07:00:00.000Z'); // Fri 16:00 CET → Mon 09:00 CEST
    expect(add('2026-10-23T14:00:00Z', 2)).toBe('2026-10-26T08:00:00.000Z'); // Fri 16:00 CEST → Mon 09:00 CET
    expect(add('2026-03-27T07:00:00Z', 24)).toBe('2026-03-31T12:00:00.000Z'); // Fri 08:00 CET → Tue 14:00 CEST
  });

  it('honours other office hours and refuses bad input', () => {
    expect(addWorkingHours(new Date('2026-01-12T07:00:00Z'), 7, { dayStart: '09:00', dayEnd: '15:00' }).toISOString()).toBe(
      '2026-01-13T09:00:00.000Z',
    );
    const start = new Date('2026-01-10T11:00:00Z');
    expect(addWorkingHours(start, 0).toISOString()).toBe(start.toISOString());
    expect(() => addWorkingHours(start, -1)).toThrow(RangeError);
    expect(() => addWorkingHours(start, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => addWorkingHours(start, 1, { dayStart: '17:00', dayEnd: '08:00' })).toThrow(RangeError);
    // A day with no hours in it would never use any up: refused rather than counted forever.
    expect(() => addWorkingHours(start, 1, { dayStart: '09:00', dayEnd: '09:00' })).toThrow(RangeError);
    expect(() => addWorkingHours(new Date(Number.NaN), 1)).toThrow(RangeError);
  });
});

describe('workingHoursBetween: the hours a request has waited', () => {
  const at = (iso: string) => new Date(iso);
  it('counts office hours only: a weekend and Ascension Day add nothing, part days count in part', () => {
    // Wednesday 13 May 2026, 15:00 in Stockholm, to Monday 18 May 10:00: 2 h + Friday 9 h + 2 h.
    expect(workingHoursBetween(at('2026-05-13T13:00:00Z'), at('2026-05-18T08:00:00Z'))).toBe(13);
    expect(workingHoursBetween(at('2026-05-13T05:00:00Z'), at('2026-05-13T06:30:00Z'))).toBe(0.5); // 07:00–08:30: from the opening at 08:00
    expect(workingHoursBetween(at('2026-05-13T06:30:00Z'), at('2026-05-13T16:00:00Z'))).toBe(8.5); // 08:30–18:00: to the closing at 17:00
    expect(workingHoursBetween(at('2026-05-13T13:00:00Z'), at('2026-05-13T13:00:00Z'))).toBe(0);
    expect(workingHoursBetween(at('2026-05-13T13:00:00Z'), at('2026-05-13T12:00:00Z'))).toBe(0);
    expect(workingHoursBetween(at('2026-05-13T06:00:00Z'), at('2026-05-13T10:00:00Z'), { dayStart: '09:00', dayEnd: '11:00' })).toBe(2);
  });

  it('refuses an instant that is not one', () => {
    expect(() => workingHoursBetween(new Date('not a date'), at('2026-05-13T13:00:00Z'))).toThrow('workingHoursBetween: invalid instant');
    expect(() => workingHoursBetween(at('2026-05-13T13:00:00Z'), new Date(Number.NaN))).toThrow('workingHoursBetween: invalid instant');
  });
});
