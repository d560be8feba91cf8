import { describe, expect, it } from 'vitest';
import { addDays } from '../../services/time/local-date.js';
import { startOfZonedDay, zonedDate, zonedParts, zonedToInstant } from '../../services/time/zoned-time.js';

const iso = (d: Date) => d.toISOString();

describe('Stockholm wall-clock time', () => {
  it('puts 13:00 at 12:00Z in winter and 11:00Z in summer', () => {
    expect(iso(zonedToInstant('2026-01-15', '13:00'))).toBe('2026-01-15T12:00:00.000Z');
    expect(iso(zonedToInstant('2026-07-15', '13:00'))).toBe('2026-07-15T11:00:00.000Z');
  });

  it('keeps a fortnightly 13:00 at 13:00 across both DST changes', () => {
    // Thursdays straddling 2026-03-29 and 2026-10-25.
    expect(iso(zonedToInstant('2026-03-19', '13:00'))).toBe('2026-03-19T12:00:00.000Z');
    expect(iso(zonedToInstant(addDays('2026-03-19', 14), '13:00'))).toBe('2026-04-02T11:00:00.000Z');
    expect(iso(zonedToInstant('2026-10-22', '13:00'))).toBe('2026-10-22T11:00:00.000Z');
    expect(iso(zonedToInstant(addDays('2026-10-22', 14), '13:00'))).toBe('2026-11-05T12:00:00.000Z');
    // And on the change days themselves.
    expect(iso(zonedToInstant('2026-03-29', '13:00'))).toBe('2026-03-29T11:00:00.000Z');
    expect(iso(zonedToInstant('2026-10-25', '13:00'))).toBe('2026-10-25T12:00:00.000Z');
  });

  it('moves a time in the spring gap forward by the gap (02:30 → 03:30 CEST)', () => {
    expect(iso(zonedToInstant('2026-03-29', '01:59'))).toBe('2026-03-29T00:59:00.000Z');
    expect(iso(zonedToInstant('2026-03-29', '02:00'))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(zonedToInstant('2026-03-29', '02:30'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(zonedToInstant('2026-03-29', '03:00'))).toBe('2026-03-29T01:00:00.000Z');
    expect(zonedParts(zonedToInstant('2026-03-29', '02:30'))).toMatchObject({ hour: 3, minute: 30, offsetMinutes: 120 });
  });

  it('takes the first occurrence of a time in the autumn overlap', () => {
    expect(iso(zonedToInstant('2026-10-25', '02:00'))).toBe('2026-10-25T00:00:00.000Z');
    expect(iso(zonedToInstant('2026-10-25', '02:30'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(zonedToInstant('2026-10-25', '03:00'))).toBe('2026-10-25T02:00:00.000Z');
    expect(zonedParts(new Date('2026-10-25T00:30:00Z'))).toMatchObject({ hour: 2, minute: 30, offsetMinutes: 120 });
    expect(zonedParts(new Date('2026-10-25T01:30:00Z'))).toMatchObject({ hour: 2, minute: 30, offsetMinutes: 60 });
  });

  it('reads an instant as Stockholm date and time, including around midnight UTC', () => {
    expect(zonedParts(new Date('2026-12-31T23:30:00Z'))).toEqual({
      date: '2027-01-01',
      year: 2027,
      month: 1,
      day: 1,
      hour: 0,
      minute: 30,
      second: 0,
      weekday: 5,
      minuteOfDay: 30,
      offsetMinutes: 60,
    });
    expect(zonedParts(new Date('2026-03-29T00:59:59Z'))).toMatchObject({ hour: 1, minute: 59, second: 59, offsetMinutes: 60 });
    expect(zonedParts(new Date('2026-03-29T01:00:00Z'))).toMatchObject({ hour: 3, minute: 0, offsetMinutes: 120 });
    expect(zonedDate(new Date('2026-06-18T22:30:00Z'))).toBe('2026-06-19');
    expect(zonedDate(new Date('2026-06-18T21:30:00Z'))).toBe('2026-06-18');
  });

  it('round-trips every quarter hour of both DST change days', () => {
    const springDays = new Set(['2026-03-29', '2027-03-28']);
    for (const day of ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31'] as const) {
      for (let m = 0; m < 24 * 60; m += 15) {
        const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        const parts = zonedParts(zonedToInstant(day, time));
        const inGap = springDays.has(day) && m >= 120 && m < 180;
        expect(parts.date, `${day} ${time}`).toBe(day);
        expect(parts.minuteOfDay, `${day} ${time}`).toBe(inGap ? m + 60 : m);
      }
    }
  });

  it('gives the start of a local day and refuses nonsense', () => {
    expect(iso(startOfZonedDay('2026-07-01'))).toBe('2026-06-30T22:00:00.000Z');
    expect(() => zonedToInstant('2026-02-30', '13:00')).toThrow(RangeError);
    expect(() => zonedToInstant('2026-02-03', '25:00')).toThrow(RangeError);
    expect(() => zonedParts(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('answers the same when asked again, per zone, and a caller changing its Date changes no later answer', () => {
    const first = zonedToInstant('2026-10-25', '08:00');
    first.setTime(0);
    expect(iso(zonedToInstant('2026-10-25', '08:00'))).toBe('2026-10-25T07:00:00.000Z');
    expect(iso(zonedToInstant('2026-10-25', '08:00', 'UTC'))).toBe('2026-10-25T08:00:00.000Z');
    expect(iso(zonedToInstant('2026-10-24', '08:00'))).toBe('2026-10-24T06:00:00.000Z');
    expect(() => zonedToInstant('2026-02-30', '13:00')).toThrow(RangeError);
  });

  it('reads the wall clock as Intl does every few minutes around DST changes, also in zones that move by half hours or at odd minutes', () => {
    const intl = (zone: string) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    const cases: Array<[string, string]> = [
      ['Europe/Stockholm', '2026-03-29T00:00:00Z'],
      ['Europe/Stockholm', '2026-10-25T00:00:00Z'],
      ['Australia/Lord_Howe', '2026-04-04T14:00:00Z'],
      ['Asia/Kathmandu', '2026-06-01T00:00:00Z'],
      ['Pacific/Chatham', '2026-09-26T13:00:00Z'],
    ];
    for (const [zone, from] of cases) {
      const format = intl(zone);
      for (let ms = Date.parse(from); ms < Date.parse(from) + 4 * 3_600_000; ms += 7 * 60_000 + 13_000) {
        const p = zonedParts(new Date(ms), zone);
        const pad = (n: number) => String(n).padStart(2, '0');
        expect(`${p.date}, ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`).toBe(format.format(ms));
      }
    }
  });

  it('works for another zone when asked', () => {
    expect(iso(zonedToInstant('2026-07-15', '13:00', 'UTC'))).toBe('2026-07-15T13:00:00.000Z');
    expect(zonedDate(new Date('2026-07-15T03:00:00Z'), 'America/New_York')).toBe('2026-07-14');
  });
});
