// Report periods are Stockholm calendar days: boundaries move with the clock changes and
// the new year begins at Stockholm's midnight, not UTC's.

import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../services/statistics/period.js';

describe('report periods', () => {
  it('a year runs from Stockholm midnight to Stockholm midnight (23:00 UTC in winter)', () => {
    expect(resolvePeriod({ kind: 'year', year: 2027 })).toMatchObject({
      label: '2027',
      first: '2027-01-01',
      last: '2027-12-31',
      start: '2026-12-31T23:00:00.000Z',
      end: '2027-12-31T23:00:00.000Z',
    });
  });

  it('quarters and months carry Statistics Sweden labels and summer-time boundaries', () => {
    expect(resolvePeriod({ kind: 'quarter', year: 2026, index: 2 })).toMatchObject({
      label: '2026K2',
      first: '2026-04-01',
      last: '2026-06-30',
      start: '2026-03-31T22:00:00.000Z',
      end: '2026-06-30T22:00:00.000Z',
    });
    // March 2026 has the spring change (29 March): it starts in winter time and ends in summer time.
    expect(resolvePeriod({ kind: 'month', year: 2026, index: 3 })).toMatchObject({
      label: '2026M03',
      start: '2026-02-28T23:00:00.000Z',
      end: '2026-03-31T22:00:00.000Z',
    });
    // October the other way round (25 October).
    expect(resolvePeriod({ kind: 'month', year: 2026, index: 10 })).toMatchObject({
      start: '2026-09-30T22:00:00.000Z',
      end: '2026-10-31T23:00:00.000Z',
    });
  });

  it('February knows leap years', () => {
    expect(resolvePeriod({ kind: 'month', year: 2028, index: 2 }).last).toBe('2028-02-29');
    expect(resolvePeriod({ kind: 'month', year: 2027, index: 2 }).last).toBe('2027-02-28');
  });

  it('a one-day range is 23 hours on the spring change and 25 on the autumn one', () => {
    const spring = resolvePeriod({ kind: 'range', from: '2026-03-29', to: '2026-03-29' });
    const autumn = resolvePeriod({ kind: 'range', from: '2026-10-25', to: '2026-10-25' });
    const hours = (p: { start: string; end: string }) => (Date.parse(p.end) - Date.parse(p.start)) / 3_600_000;
    expect(hours(spring)).toBe(23);
    expect(hours(autumn)).toBe(25);
    expect(spring.label).toBe('2026-03-29–2026-03-29');
  });

  it('refuses impossible periods with a RangeError', () => {
    expect(() => resolvePeriod({ kind: 'month', year: 2026, index: 13 })).toThrow(RangeError);
    expect(() => resolvePeriod({ kind: 'month', year: 2026 })).toThrow(RangeError);
    expect(() => resolvePeriod({ kind: 'quarter', year: 2026, index: 0 })).toThrow(RangeError);
    expect(() => resolvePeriod({ kind: 'year', year: 2026.5 })).toThrow(RangeError);
    expect(() => resolvePeriod({ kind: 'range', from: '2026-05-02', to: '2026-05-01' })).toThrow(/before it starts/);
    expect(() => resolvePeriod({ kind: 'range', from: '2026-02-30', to: '2026-03-01' })).toThrow(RangeError);
  });
});
