import { describe, expect, it } from 'vitest';
import {
  computeOccurrences,
  type Occurrence,
  type SeriesRule,
} from '../../services/sessions/occurrences.js';
import type { LocalDate } from '../../services/time/local-date.js';

function rule(overrides: Partial<SeriesRule>): SeriesRule {
  return {
    firstDate: '2026-01-13',
    startTime: '13:00',
    durationMinutes: 120,
    cadenceWeeks: 2,
    end: { kind: 'count', count: 5 },
    holidayPolicy: 'skip',
    ...overrides,
  };
}

const dates = (occurrences: Occurrence[]): LocalDate[] => occurrences.map((o) => o.date);

describe('computeOccurrences: cadence and end', () => {
  it('fortnightly by default: every other week from the first date', () => {
    const { occurrences, affected } = computeOccurrences(rule({}));
    expect(dates(occurrences)).toEqual(['2026-01-13', '2026-01-27', '2026-02-10', '2026-02-24', '2026-03-10']);
    expect(occurrences.map((o) => o.index)).toEqual([0, 1, 2, 3, 4]);
    const [first] = occurrences;
    expect(first).toEqual({
      index: 0, date: '2026-01-13', start: '2026-01-13T12:00:00.000Z', end: '2026-01-13T14:00:00.000Z',
      scheduledDate: '2026-01-13', movedFrom: null, holiday: null,
    });
    expect(affected).toEqual([]);
  });

  it('weekly', () => {
    const { occurrences } = computeOccurrences(rule({ firstDate: '2026-02-02', cadenceWeeks: 1, end: { kind: 'count', count: 4 } }));
    expect(dates(occurrences)).toEqual(['2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23']);
  });

  it('every four weeks, ended by a date that is itself a scheduled date (inclusive)', () => {
    const { occurrences } = computeOccurrences(
      rule({ firstDate: '2026-01-07', cadenceWeeks: 4, end: { kind: 'date', lastDate: '2026-06-24' } }),
    );
    expect(dates(occurrences)).toEqual(['2026-01-07', '2026-02-04', '2026-03-04', '2026-04-01', '2026-04-29', '2026-05-27', '2026-06-24']);
  });

  it('ends by date: nothing after the last date, which need not be a scheduled date', () => {
    const { occurrences } = computeOccurrences(rule({ end: { kind: 'date', lastDate: '2026-02-23' } }));
    expect(dates(occurrences)).toEqual(['2026-01-13', '2026-01-27', '2026-02-10']);
  });

  it('a single session is a series of one', () => {
    const { occurrences } = computeOccurrences(rule({ end: { kind: 'count', count: 1 } }));
    expect(dates(occurrences)).toEqual(['2026-01-13']);
  });

  it('ends by count: skipped dates do not count, so 100 sessions are 100 held dates', () => {
    const { occurrences, affected } = computeOccurrences(
      rule({ firstDate: '2026-01-02', cadenceWeeks: 1, end: { kind: 'count', count: 100 } }),
    );
    expect(occurrences).toHaveLength(100);
    expect(occurrences.map((o) => o.index)).toEqual([...Array(100).keys()]);
    // Fridays from 2 January 2026: nine closed Fridays fall out, so the 100th is 108 weeks on.
    expect(affected.map((a) => [a.scheduledDate, a.reason])).toEqual([
      ['2026-04-03', 'långfredagen'],
      ['2026-05-01', 'första maj'],
      ['2026-06-19', 'midsommarafton'],
      ['2026-12-25', 'juldagen'],
      ['2027-01-01', 'nyårsdagen'],
      ['2027-03-26', 'långfredagen'],
      ['2027-06-25', 'midsommarafton'],
      ['2027-12-24', 'julafton'],
      ['2027-12-31', 'nyårsafton'],
    ]);
    expect(occurrences.at(-1)?.date).toBe('2028-01-28');
  });

  it('keeps the duration', () => {
    const [first] = computeOccurrences(rule({ durationMinutes: 45, startTime: '09:30' })).occurrences;
    expect(first?.start).toBe('2026-01-13T08:30:00.000Z');
    expect(first?.end).toBe('2026-01-13T09:15:00.000Z');
  });
});

describe('computeOccurrences: daylight saving time keeps the local time', () => {
  it('spring 2026 (29 March): 13:00 is 12:00Z before and 11:00Z after', () => {
    const { occurrences } = computeOccurrences(rule({ firstDate: '2026-03-19', cadenceWeeks: 1, end: { kind: 'count', count: 3 } }));
    expect(occurrences.map((o) => [o.date, o.start, o.end])).toEqual([
      ['2026-03-19', '2026-03-19T12:00:00.000Z', '2026-03-19T14:00:00.000Z'],
      ['2026-03-26', '2026-03-26T12:00:00.000Z', '2026-03-26T14:00:00.000Z'],
      ['2026-04-02', '2026-04-02T11:00:00.000Z', '2026-04-02T13:00:00.000Z'],
    ]);
  });

  it('autumn 2026 (25 October): 13:00 is 11:00Z before and 12:00Z after', () => {
    const { occurrences } = computeOccurrences(rule({ firstDate: '2026-10-16', cadenceWeeks: 1, end: { kind: 'count', count: 3 } }));
    expect(occurrences.map((o) => [o.date, o.start])).toEqual([
      ['2026-10-16', '2026-10-16T11:00:00.000Z'],
      ['2026-10-23', '2026-10-23T11:00:00.000Z'],
      ['2026-10-30', '2026-10-30T12:00:00.000Z'],
    ]);
  });
});

describe('computeOccurrences: holidays and closed eves', () => {
  const easterFridays = rule({ firstDate: '2026-03-27', cadenceWeeks: 1, end: { kind: 'count', count: 3 } });
  const easterMondays = rule({ firstDate: '2026-03-30', cadenceWeeks: 1, end: { kind: 'count', count: 3 } });

  it('Easter 2026, skip: långfredagen and annandag påsk fall out and the count still gives 3 sessions', () => {
    const fridays = computeOccurrences(easterFridays);
    expect(dates(fridays.occurrences)).toEqual(['2026-03-27', '2026-04-10', '2026-04-17']);
    expect(fridays.affected).toEqual([{ scheduledDate: '2026-04-03', action: 'skipped', movedTo: null, reason: 'långfredagen' }]);

    const mondays = computeOccurrences(easterMondays);
    expect(dates(mondays.occurrences)).toEqual(['2026-03-30', '2026-04-13', '2026-04-20']);
    expect(mondays.affected).toEqual([{ scheduledDate: '2026-04-06', action: 'skipped', movedTo: null, reason: 'annandag påsk' }]);
  });

  it('Easter 2026, move: both go to Tuesday 7 April, past påskafton and annandag påsk', () => {
    const fridays = computeOccurrences({ ...easterFridays, holidayPolicy: 'move' });
    expect(dates(fridays.occurrences)).toEqual(['2026-03-27', '2026-04-07', '2026-04-10']);
    expect(fridays.occurrences[1]).toEqual({
      index: 1, date: '2026-04-07', start: '2026-04-07T11:00:00.000Z', end: '2026-04-07T13:00:00.000Z',
      scheduledDate: '2026-04-03', movedFrom: '2026-04-03', holiday: 'långfredagen',
    });
    expect(fridays.affected).toEqual([{ scheduledDate: '2026-04-03', action: 'moved', movedTo: '2026-04-07', reason: 'långfredagen' }]);

    const mondays = computeOccurrences({ ...easterMondays, holidayPolicy: 'move' });
    expect(dates(mondays.occurrences)).toEqual(['2026-03-30', '2026-04-07', '2026-04-13']);
    expect(mondays.affected).toEqual([{ scheduledDate: '2026-04-06', action: 'moved', movedTo: '2026-04-07', reason: 'annandag påsk' }]);
  });

  it('Midsummer 2026: midsommarafton (Friday 19 June) is skipped, or moved to Monday 22 June', () => {
    const base = rule({ firstDate: '2026-06-05', end: { kind: 'date', lastDate: '2026-07-03' } });
    const skipped = computeOccurrences(base);
    expect(dates(skipped.occurrences)).toEqual(['2026-06-05', '2026-07-03']);
    expect(skipped.affected).toEqual([{ scheduledDate: '2026-06-19', action: 'skipped', movedTo: null, reason: 'midsommarafton' }]);

    const moved = computeOccurrences({ ...base, holidayPolicy: 'move' });
    expect(dates(moved.occurrences)).toEqual(['2026-06-05', '2026-06-22', '2026-07-03']);
    expect(moved.affected).toEqual([{ scheduledDate: '2026-06-19', action: 'moved', movedTo: '2026-06-22', reason: 'midsommarafton' }]);
  });

  it('Christmas and New Year 2026, Thursdays: julafton and nyårsafton', () => {
    const base = rule({ firstDate: '2026-12-17', cadenceWeeks: 1, end: { kind: 'date', lastDate: '2027-01-14' } });
    const skipped = computeOccurrences(base);
    expect(dates(skipped.occurrences)).toEqual(['2026-12-17', '2027-01-07', '2027-01-14']);
    expect(skipped.affected.map((a) => [a.scheduledDate, a.action, a.reason])).toEqual([
      ['2026-12-24', 'skipped', 'julafton'],
      ['2026-12-31', 'skipped', 'nyårsafton'],
    ]);

    const moved = computeOccurrences({ ...base, holidayPolicy: 'move' });
    // Julafton → past juldagen, annandag jul (a Saturday) and the Sunday; nyårsafton → past nyårsdagen and the weekend.
    expect(dates(moved.occurrences)).toEqual(['2026-12-17', '2026-12-28', '2027-01-04', '2027-01-07', '2027-01-14']);
    expect(moved.affected).toEqual([
      { scheduledDate: '2026-12-24', action: 'moved', movedTo: '2026-12-28', reason: 'julafton' },
      { scheduledDate: '2026-12-31', action: 'moved', movedTo: '2027-01-04', reason: 'nyårsafton' },
    ]);
  });

  it('Christmas 2026, Fridays: juldagen and nyårsdagen move to the Mondays after', () => {
    const { occurrences, affected } = computeOccurrences(
      rule({ firstDate: '2026-12-18', cadenceWeeks: 1, end: { kind: 'count', count: 4 }, holidayPolicy: 'move' }),
    );
    expect(dates(occurrences)).toEqual(['2026-12-18', '2026-12-28', '2027-01-04', '2027-01-08']);
    expect(affected.map((a) => [a.scheduledDate, a.movedTo, a.reason])).toEqual([
      ['2026-12-25', '2026-12-28', 'juldagen'],
      ['2027-01-01', '2027-01-04', 'nyårsdagen'],
    ]);
  });

  it('Christmas 2025, when annandag jul is a Friday', () => {
    const { affected } = computeOccurrences(
      rule({ firstDate: '2025-12-19', cadenceWeeks: 1, end: { kind: 'count', count: 2 }, holidayPolicy: 'move' }),
    );
    expect(affected).toEqual([{ scheduledDate: '2025-12-26', action: 'moved', movedTo: '2025-12-29', reason: 'annandag jul' }]);
  });

  it('Easter 2027 (the DST weekend too): långfredagen moves from winter time into summer time', () => {
    const { occurrences, affected } = computeOccurrences(
      rule({ firstDate: '2027-03-12', end: { kind: 'count', count: 3 }, holidayPolicy: 'move' }),
    );
    expect(occurrences.map((o) => [o.date, o.start, o.movedFrom, o.holiday])).toEqual([
      ['2027-03-12', '2027-03-12T12:00:00.000Z', null, null],
      ['2027-03-30', '2027-03-30T11:00:00.000Z', '2027-03-26', 'långfredagen'],
      ['2027-04-09', '2027-04-09T11:00:00.000Z', null, null],
    ]);
    expect(affected).toEqual([{ scheduledDate: '2027-03-26', action: 'moved', movedTo: '2027-03-30', reason: 'långfredagen' }]);
  });

  it('Easter 2027, Mondays: annandag påsk (29 March) is skipped', () => {
    const { occurrences, affected } = computeOccurrences(rule({ firstDate: '2027-03-15', end: { kind: 'count', count: 2 } }));
    expect(dates(occurrences)).toEqual(['2027-03-15', '2027-04-12']);
    expect(affected).toEqual([{ scheduledDate: '2027-03-29', action: 'skipped', movedTo: null, reason: 'annandag påsk' }]);
  });

  it('move becomes skip when the next working day is past the last date, and says so', () => {
    const { occurrences, affected } = computeOccurrences(
      rule({ firstDate: '2026-12-10', end: { kind: 'date', lastDate: '2026-12-24' }, holidayPolicy: 'move' }),
    );
    expect(dates(occurrences)).toEqual(['2026-12-10']);
    expect(affected).toEqual([{ scheduledDate: '2026-12-24', action: 'skipped', movedTo: null, reason: 'julafton' }]);
  });

  it('refuses a rule that does not validate instead of looping over weekends', () => {
    expect(() => computeOccurrences(rule({ firstDate: '2026-01-10' }))).toThrow(RangeError);
    expect(() => computeOccurrences(rule({ cadenceWeeks: 0 }))).toThrow(RangeError);
  });
});

describe('computeOccurrences: the edges a lead meets', () => {
  it('a move may land on the last date itself: the series ends on the day the session was moved to', () => {
    // Fortnightly Thursdays; julafton 2026 moves to Monday 28 December, the announced last date.
    const { occurrences, affected } = computeOccurrences(
      rule({ firstDate: '2026-12-10', end: { kind: 'date', lastDate: '2026-12-28' }, holidayPolicy: 'move' }),
    );
    expect(dates(occurrences)).toEqual(['2026-12-10', '2026-12-28']);
    expect(affected).toEqual([{ scheduledDate: '2026-12-24', action: 'moved', movedTo: '2026-12-28', reason: 'julafton' }]);
  });

  it('a count-ended series moves as far as it needs: no last date to pass', () => {
    const { occurrences } = computeOccurrences(
      rule({ firstDate: '2026-12-10', end: { kind: 'count', count: 2 }, holidayPolicy: 'move' }),
    );
    expect(dates(occurrences)).toEqual(['2026-12-10', '2026-12-28']);
  });

  it('a rule the caller should not have stored is refused with what is wrong in it', () => {
    expect(() => computeOccurrences(rule({ firstDate: '2026-01-10' }))).toThrow(/firstDate/);
    expect(() => computeOccurrences(rule({ holidayPolicy: 'ignore' as SeriesRule['holidayPolicy'] }))).toThrow(/holidayPolicy/);
  });
});
