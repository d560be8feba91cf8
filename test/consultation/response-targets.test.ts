// How long a request has waited against its RC's target, and when it is next due: ordinary
// and urgent targets, a request announced again, one taken late, one taken in time, and the
// clock standing still while the RC is closed. Pure functions of the request's times.
import { describe, expect, it } from 'vitest';
import type { ClosedPeriod } from '../../services/consultation/closed-periods.js';
import type { ConsultationRecord } from '../../services/consultation/record.js';
import { dueAt, responseTiming, targetHours, type ResponseTargets } from '../../services/consultation/response-targets.js';

type Timed = Pick<ConsultationRecord, 'urgent' | 'times'>;
// Monday 7 September 2026, 09:00 in Stockholm.
const MONDAY_9 = '2026-09-07T07:00:00.000Z';
const request = (urgent: boolean, times: Partial<ConsultationRecord['times']> = {}): Timed => ({
  urgent,
  times: { created: MONDAY_9, claimed: null, answered: null, closed: null, withdrawn: null, erased: null, reannounced: null, followUpAsked: null, ...times },
});
const at = (iso: string) => new Date(iso);
const OWN: ResponseTargets = { normalHours: 8, urgentHours: 2 };

describe('response targets', () => {
  it('a day\'s work for an ordinary request and an hour for an urgent one, unless the RC set its own', () => {
    expect([targetHours(request(false)), targetHours(request(true))]).toEqual([24, 1]);
    expect([targetHours(request(false), OWN), targetHours(request(true), OWN)]).toEqual([8, 2]);
    expect(dueAt(request(false), OWN).toISOString()).toBe('2026-09-07T15:00:00.000Z'); // 17:00 the same day
    expect(dueAt(request(true), OWN).toISOString()).toBe('2026-09-07T09:00:00.000Z'); // 11:00
  });

  it('a request announced again is due one target after that, not after it came in', () => {
    const again = request(false, { reannounced: '2026-09-10T07:00:00.000Z' });
    expect(dueAt(again, OWN).toISOString()).toBe('2026-09-10T15:00:00.000Z');
  });

  it('waits in whole working hours; at the target it is overdue, an hour before it is not', () => {
    expect(responseTiming(request(false), at('2026-09-07T12:30:00Z'), OWN)).toEqual({ waitedHours: 5, targetHours: 8, overdue: false });
    expect(responseTiming(request(false), at('2026-09-07T14:00:00Z'), OWN)).toEqual({ waitedHours: 7, targetHours: 8, overdue: false });
    expect(responseTiming(request(false), at('2026-09-07T15:00:00Z'), OWN)).toEqual({ waitedHours: 8, targetHours: 8, overdue: true });
  });

  it('judges a taken request by when it was taken, and counts its wait up to now', () => {
    const inTime = request(true, { claimed: '2026-09-07T07:30:00.000Z' });
    expect(responseTiming(inTime, at('2026-09-08T07:00:00Z'), OWN)).toEqual({ waitedHours: 9, targetHours: 2, overdue: false });
    const late = request(true, { claimed: '2026-09-07T10:00:00.000Z' });
    expect(responseTiming(late, at('2026-09-07T10:30:00Z'), OWN)).toMatchObject({ overdue: true });
  });

  it('does not count the days the RC is closed, against the target or as waiting', () => {
    const week: ClosedPeriod = { from: '2026-09-07', to: '2026-09-11' };
    const closedWeek: ResponseTargets = { ...OWN, closed: [week] };
    // Came in while closed: the eight hours start when the RC opens, Monday 14 September 08:00.
    expect(dueAt(request(false), closedWeek).toISOString()).toBe('2026-09-14T14:00:00.000Z');
    expect(responseTiming(request(false), at('2026-09-11T15:00:00Z'), closedWeek)).toEqual({ waitedHours: 0, targetHours: 8, overdue: false });
    const takenAfter = request(false, { claimed: '2026-09-14T08:00:00.000Z' });
    expect(responseTiming(takenAfter, at('2026-09-14T09:00:00Z'), closedWeek)).toEqual({ waitedHours: 3, targetHours: 8, overdue: false });
  });
});
