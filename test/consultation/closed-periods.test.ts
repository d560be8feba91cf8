// The response-target clock of a closed RC: closed days count like weekends, so a request that
// waited before a summer closure keeps its hours and one that came during it starts at reopening.
import { describe, expect, it } from 'vitest';
import { addOpenWorkingHours, closedAt, currentOrNext, notOver, openWorkingHoursBetween, parseClosedPeriod, reopensOn, type ClosedPeriod } from '../../services/consultation/closed-periods.js';
import { addWorkingHours } from '../../services/time/swedish-calendar.js';

const SUMMER: ClosedPeriod = { from: '2026-06-29', to: '2026-08-09' };
const WEEK: ClosedPeriod = { from: '2026-09-07', to: '2026-09-11' };
const at = (iso: string) => new Date(iso);

describe('the clock of a closed RC', () => {
  it.each([
    ['before the closure, it runs as usual', '2026-06-22T07:00:00Z', 9, [SUMMER], '2026-06-23T07:00:00Z'],
    ['from Friday 15:00, two hours are spent before the closure and the rest after it', '2026-06-26T13:00:00Z', 24, [SUMMER], '2026-08-12T10:00:00Z'],
    ['from inside the closure, it starts when the RC opens', '2026-07-06T07:00:00Z', 1, [SUMMER], '2026-08-10T07:00:00Z'],
    // From inside the summer: 20 working days from 10 August end Friday 4 September; the 21st is after the closed week.
    ['two closures are both skipped', '2026-08-07T07:00:00Z', 9 * 21, [WEEK, SUMMER], '2026-09-14T15:00:00Z'],
    ['without closures, it is the working calendar', '2026-06-26T13:00:00Z', 24, [], addWorkingHours(at('2026-06-26T13:00:00Z'), 24).toISOString()],
  ])('%s', (_what, start, hours, periods, due) => {
    expect(addOpenWorkingHours(at(start), hours, periods).toISOString()).toBe(new Date(due).toISOString());
  });

  it('counts waited hours without the closed days, and is the inverse of the due time', () => {
    expect(openWorkingHoursBetween(at('2026-06-26T13:00:00Z'), at('2026-08-10T08:00:00Z'), [SUMMER])).toBe(4);
    const due = addOpenWorkingHours(at('2026-06-26T13:00:00Z'), 24, [SUMMER]);
    expect(openWorkingHoursBetween(at('2026-06-26T13:00:00Z'), due, [SUMMER])).toBe(24);
  });

  it('knows the period it is closed in, from the first day to the last, and the next one', () => {
    expect(closedAt([SUMMER], at('2026-06-28T21:59:00Z'))).toBeUndefined(); // Sunday 23:59
    expect(closedAt([SUMMER], at('2026-06-28T22:00:00Z'))).toEqual(SUMMER); // Monday 00:00
    expect(closedAt([SUMMER], at('2026-08-09T21:59:00Z'))).toEqual(SUMMER);
    expect(closedAt([SUMMER], at('2026-08-09T22:00:00Z'))).toBeUndefined();
    expect(currentOrNext([WEEK, SUMMER], at('2026-08-20T08:00:00Z'))).toEqual(WEEK);
    expect(currentOrNext([WEEK, SUMMER], at('2026-09-12T08:00:00Z'))).toBeUndefined();
  });

  it('refuses periods that end before they start, are over, run past a quarter or overlap', () => {
    const today = '2026-06-01';
    expect(parseClosedPeriod({ closedFrom: '2026-06-29', closedTo: '2026-08-09' }, today, [])).toEqual({ ok: true, period: SUMMER });
    expect(parseClosedPeriod({ closedFrom: '2026-07-01', closedTo: '2026-06-30' }, today, [])).toEqual({ ok: false, errors: { closedTo: 'ends_before_start' } });
    expect(parseClosedPeriod({ closedFrom: '2026-05-01', closedTo: '2026-05-30' }, today, [])).toEqual({ ok: false, errors: { closedTo: 'in_the_past' } });
    expect(parseClosedPeriod({ closedFrom: '2026-06-01', closedTo: '2026-09-01' }, today, [])).toEqual({ ok: false, errors: { closedTo: 'too_long' } });
    expect(parseClosedPeriod({ closedFrom: '2026-08-09', closedTo: '2026-08-15' }, today, [SUMMER])).toEqual({ ok: false, errors: { closedFrom: 'overlaps' } });
    expect(parseClosedPeriod({ closedFrom: '2026-02-30', closedTo: '' }, today, [])).toMatchObject({ errors: { closedFrom: 'invalid_date', closedTo: 'required' } });
  });
});

describe('the edges of a closure', () => {
  const XMAS: ClosedPeriod = { from: '2026-12-21', to: '2027-01-06' };

  it('a target that ends on the last open hour before a closure is due then, not after it', () => {
    // Friday 26 June, 15:00 in Stockholm, two hours to go: due at 17:00 that day, before the summer.
    expect(addOpenWorkingHours(at('2026-06-26T13:00:00Z'), 2, [SUMMER]).toISOString()).toBe('2026-06-26T15:00:00.000Z');
  });

  it('a closure that is over changes nothing, and one ahead of the due time changes nothing either', () => {
    const start = at('2026-08-17T07:00:00Z');
    const plain = addWorkingHours(start, 9).toISOString();
    expect(addOpenWorkingHours(start, 9, [SUMMER]).toISOString()).toBe(plain);
    expect(addOpenWorkingHours(start, 9, [SUMMER, XMAS]).toISOString()).toBe(plain);
    expect(openWorkingHoursBetween(start, at('2026-08-18T07:00:00Z'), [SUMMER, XMAS])).toBe(9);
  });

  it('counts no waited hours for a request that came and went inside a closure', () => {
    expect(openWorkingHoursBetween(at('2026-07-06T07:00:00Z'), at('2026-07-08T07:00:00Z'), [SUMMER])).toBe(0);
    // From inside the closure to after it: only the hours after the reopening count.
    expect(openWorkingHoursBetween(at('2026-07-06T07:00:00Z'), at('2026-08-10T08:00:00Z'), [SUMMER])).toBe(2);
  });

  it('knows no closure when none is set', () => {
    expect(addOpenWorkingHours(at('2026-06-26T13:00:00Z'), 24).toISOString()).toBe(addWorkingHours(at('2026-06-26T13:00:00Z'), 24).toISOString());
    expect(openWorkingHoursBetween(at('2026-06-26T13:00:00Z'), at('2026-06-29T08:00:00Z'))).toBe(4);
    expect(closedAt(undefined, at('2026-07-06T07:00:00Z'))).toBeUndefined();
    expect(currentOrNext(undefined, at('2026-07-06T07:00:00Z'))).toBeUndefined();
    expect(notOver(undefined, at('2026-07-06T07:00:00Z'))).toEqual([]);
  });

  it('tells the nearest closure first, and lists those not over in time order, today\'s last day included', () => {
    expect(currentOrNext([XMAS, WEEK, SUMMER], at('2026-06-01T08:00:00Z'))).toEqual(SUMMER);
    expect(notOver([XMAS, WEEK, SUMMER], at('2026-06-01T08:00:00Z'))).toEqual([SUMMER, WEEK, XMAS]);
    expect(notOver([XMAS, WEEK, SUMMER], at('2026-09-11T20:00:00Z'))).toEqual([WEEK, XMAS]); // Friday 22:00, the week's last day
    expect(notOver([XMAS, WEEK, SUMMER], at('2026-09-11T22:00:00Z'))).toEqual([XMAS]);
    expect(reopensOn(XMAS)).toBe('2027-01-07');
  });

  it('takes a period ending today, a single day, a quarter to the day, and one that starts the day after another ends', () => {
    const today = '2026-06-01';
    expect(parseClosedPeriod({ closedFrom: '2026-06-05', closedTo: '2026-06-05' }, today, [])).toEqual({ ok: true, period: { from: '2026-06-05', to: '2026-06-05' } });
    expect(parseClosedPeriod({ closedFrom: '2026-05-25', closedTo: today }, today, []).ok).toBe(true);
    expect(parseClosedPeriod({ closedFrom: ' 2026-06-01 ', closedTo: ' 2026-08-31 ' }, today, [])).toEqual({ ok: true, period: { from: '2026-06-01', to: '2026-08-31' } });
    expect(parseClosedPeriod({ closedFrom: '2026-06-01', closedTo: '2026-09-01' }, today, [])).toMatchObject({ errors: { closedTo: 'too_long' } });
    expect(parseClosedPeriod({ closedFrom: '2026-08-10', closedTo: '2026-08-14' }, today, [SUMMER]).ok).toBe(true);
    expect(parseClosedPeriod({ closedFrom: '2026-06-22', closedTo: '2026-06-29' }, today, [SUMMER])).toMatchObject({ errors: { closedFrom: 'overlaps' } });
    expect(parseClosedPeriod({ closedFrom: '2026-06-22', closedTo: '2026-06-28' }, today, [SUMMER]).ok).toBe(true);
  });

  it('says which field is wrong, each on its own', () => {
    const today = '2026-06-01';
    expect(parseClosedPeriod({}, today, [])).toEqual({ ok: false, errors: { closedFrom: 'required', closedTo: 'required' } });
    expect(parseClosedPeriod({ closedFrom: '2026-07-01', closedTo: '31/7' }, today, [])).toEqual({ ok: false, errors: { closedTo: 'invalid_date' } });
    expect(parseClosedPeriod({ closedFrom: '', closedTo: '2026-07-31' }, today, [])).toEqual({ ok: false, errors: { closedFrom: 'required' } });
  });
});
