// Age in working hours, as the coordinators' queue shows it: the inverse of addWorkingHours.
import { describe, expect, it } from 'vitest';
import { addWorkingHours, workingHoursBetween } from '../../services/time/swedish-calendar.js';

describe('workingHoursBetween', () => {
  it('counts office hours on working days only, across a weekend and a holiday', () => {
    // Wednesday 13 May 2026 15:00 Stockholm; Thursday is Ascension Day; to Tuesday 19 May 12:00.
    expect(workingHoursBetween(new Date('2026-05-13T13:00:00Z'), new Date('2026-05-19T10:00:00Z'))).toBe(24);
  });

  it('is zero outside office hours and when the end is not after the start', () => {
    expect(workingHoursBetween(new Date('2026-03-07T10:00:00Z'), new Date('2026-03-08T15:00:00Z'))).toBe(0); // a weekend
    expect(workingHoursBetween(new Date('2026-03-03T10:00:00Z'), new Date('2026-03-02T10:00:00Z'))).toBe(0);
  });

  it('undoes addWorkingHours', () => {
    const start = new Date('2026-10-23T12:30:00Z'); // a Friday before the clocks go back
    for (const hours of [1, 5, 9, 24, 40]) expect(workingHoursBetween(start, addWorkingHours(start, hours))).toBeCloseTo(hours, 6);
  });
});
