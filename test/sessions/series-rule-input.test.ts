// What a lead types into the series form, read by the series rule's check: the refusals and the
// values it accepts (computeOccurrences' dates are in occurrences.test.ts).
import { describe, expect, it } from 'vitest';
import { validateSeriesRule } from '../../services/sessions/occurrences.js';

describe('validateSeriesRule', () => {
  it('reads card strings and fills the defaults', () => {
    expect(
      validateSeriesRule({
        firstDate: '2026-03-10',
        startTime: '9:00',
        durationMinutes: '',
        cadenceWeeks: '2',
        count: ' 10 ',
        lastDate: '',
        holidayPolicy: 'move',
      }),
    ).toEqual({
      ok: true,
      rule: {
        firstDate: '2026-03-10',
        startTime: '09:00',
        durationMinutes: 120,
        cadenceWeeks: 2,
        end: { kind: 'count', count: 10 },
        holidayPolicy: 'move',
      },
    });
  });

  it('reads an end date from the card (lastDate or endDate) and accepts a SeriesRule as is', () => {
    const card = { firstDate: '2026-03-10', startTime: '13:00', endDate: '2026-06-30', holidayPolicy: 'skip', durationMinutes: '90' };
    const read = validateSeriesRule(card);
    expect(read).toEqual({
      ok: true,
      rule: {
        firstDate: '2026-03-10',
        startTime: '13:00',
        durationMinutes: 90,
        cadenceWeeks: 2,
        end: { kind: 'date', lastDate: '2026-06-30' },
        holidayPolicy: 'skip',
      },
    });
    if (!read.ok) throw new Error('unreachable');
    expect(validateSeriesRule(read.rule)).toEqual(read);
  });

  it('uses endKind to choose when the card sends both end fields', () => {
    const both = { firstDate: '2026-03-10', startTime: '13:00', lastDate: '2026-06-30', count: '4', holidayPolicy: 'skip' };
    expect(validateSeriesRule(both)).toEqual({ ok: false, errors: { end: 'invalid' } });
    const byCount = validateSeriesRule({ ...both, endKind: 'count' });
    expect(byCount.ok && byCount.rule.end).toEqual({ kind: 'count', count: 4 });
    const byDate = validateSeriesRule({ ...both, endKind: 'date' });
    expect(byDate.ok && byDate.rule.end).toEqual({ kind: 'date', lastDate: '2026-06-30' });
  });

  it.each([
    ['cadence 9', { cadenceWeeks: '9' }, { cadenceWeeks: 'out_of_range' }],
    ['cadence 0', { cadenceWeeks: 0 }, { cadenceWeeks: 'out_of_range' }],
    ['cadence 2.5', { cadenceWeeks: '2.5' }, { cadenceWeeks: 'invalid' }],
    ['duration 0', { durationMinutes: '0' }, { durationMinutes: 'out_of_range' }],
    ['duration 481', { durationMinutes: 481 }, { durationMinutes: 'out_of_range' }],
    ['duration "two hours"', { durationMinutes: 'two hours' }, { durationMinutes: 'invalid' }],
    ['last date before the first', { end: { kind: 'date', lastDate: '2026-03-09' } }, { end: 'out_of_range' }],
    ['a 3-year span', { end: { kind: 'date', lastDate: '2029-03-10' } }, { end: 'out_of_range' }],
    ['two years and a day', { end: { kind: 'date', lastDate: '2028-03-11' } }, { end: 'out_of_range' }],
    ['count 0', { end: { kind: 'count', count: 0 } }, { end: 'out_of_range' }],
    ['count 101', { end: { kind: 'count', count: 101 } }, { end: 'out_of_range' }],
    ['an unknown end kind', { end: { kind: 'forever' } }, { end: 'invalid' }],
    ['a non-date last date', { end: { kind: 'date', lastDate: '30/6' } }, { end: 'invalid' }],
    ['no end at all', { end: undefined }, { end: 'required' }],
    ['30 February', { firstDate: '2026-02-30' }, { firstDate: 'invalid' }],
    ['a Saturday first date', { firstDate: '2026-03-14', end: { kind: 'count', count: 3 } }, { firstDate: 'invalid' }],
    ['25:00', { startTime: '25:00' }, { startTime: 'invalid' }],
    ['an unknown policy', { holidayPolicy: 'ignore' }, { holidayPolicy: 'invalid' }],
  ])('%s', (_name, change, errors) => {
    const valid = { firstDate: '2026-03-10', startTime: '13:00', durationMinutes: 120, cadenceWeeks: 2, end: { kind: 'count', count: 10 }, holidayPolicy: 'skip' };
    expect(validateSeriesRule({ ...valid, ...change })).toEqual({ ok: false, errors });
  });

  it('allows exactly two years, and a last date on the first date', () => {
    const base = { firstDate: '2026-03-10', startTime: '13:00', holidayPolicy: 'skip' };
    expect(validateSeriesRule({ ...base, lastDate: '2028-03-10' }).ok).toBe(true);
    expect(validateSeriesRule({ ...base, lastDate: '2026-03-10' }).ok).toBe(true);
  });

  it('reports every missing field at once', () => {
    expect(validateSeriesRule({ firstDate: ' ', startTime: '', holidayPolicy: null })).toEqual({
      ok: false,
      errors: { firstDate: 'required', startTime: 'required', end: 'required', holidayPolicy: 'required' },
    });
    expect(validateSeriesRule('not a form')).toEqual({
      ok: false,
      errors: { firstDate: 'required', startTime: 'required', end: 'required', holidayPolicy: 'required' },
    });
  });
});

describe('validateSeriesRule: what the lead typed', () => {
  const valid = { firstDate: '2026-03-10', startTime: '13:00', durationMinutes: '120', cadenceWeeks: '2', count: '10', holidayPolicy: 'skip' };
  const startTimeOf = (startTime: string) => {
    const read = validateSeriesRule({ ...valid, startTime });
    return read.ok ? read.rule.startTime : read.errors.startTime;
  };

  it('takes any time of day from 0:00 to 23:59, and nothing that is not one', () => {
    expect(['0:00', '07:05', '19:30', '20:00', '23:59'].map(startTimeOf)).toEqual(['00:00', '07:05', '19:30', '20:00', '23:59']);
    expect(['24:00', '13:60', '7:5', '13.00', 'kl 13:00', '13:000', '13:00 '].map(startTimeOf)).toEqual([
      'invalid', 'invalid', 'invalid', 'invalid', 'invalid', 'invalid', '13:00',
    ]);
  });

  it('reads whole numbers only as plain digits: "1e2" or "0x50" minutes is a typing mistake, not 100 or 80', () => {
    const durationOf = (durationMinutes: string) => {
      const read = validateSeriesRule({ ...valid, durationMinutes });
      return read.ok ? read.rule.durationMinutes : read.errors.durationMinutes;
    };
    expect(['90', '+90', ' 90 ', '1e2', '0x50', '90 min', '-90'].map(durationOf)).toEqual([
      90, 90, 90, 'invalid', 'invalid', 'invalid', 'out_of_range',
    ]);
  });

  it('an end that is neither a date nor a count is refused, whatever the card sent beside it', () => {
    expect(validateSeriesRule({ ...valid, count: undefined, end: [] })).toEqual({ ok: false, errors: { end: 'invalid' } });
    expect(validateSeriesRule({ ...valid, count: undefined, end: '2026-06-30' })).toEqual({ ok: false, errors: { end: 'invalid' } });
  });

  it('an empty end from a stored form is no end: the card fields are read instead', () => {
    const read = validateSeriesRule({ ...valid, end: null, count: '4' });
    expect(read.ok && read.rule.end).toEqual({ kind: 'count', count: 4 });
  });

  it('no form at all is every field missing, never a crash', () => {
    const missing = { ok: false, errors: { firstDate: 'required', startTime: 'required', end: 'required', holidayPolicy: 'required' } };
    expect(validateSeriesRule(null)).toEqual(missing);
    expect(validateSeriesRule(['2026-03-10', '13:00'])).toEqual(missing);
  });

  it('a blank choice of end kind is no choice: the one filled field decides', () => {
    const read = validateSeriesRule({ ...valid, endKind: ' ' });
    expect(read.ok && read.rule.end).toEqual({ kind: 'count', count: 10 });
    expect(validateSeriesRule({ ...valid, endKind: 'weekly' })).toEqual({ ok: false, errors: { end: 'invalid' } });
  });

  it('a chosen end kind whose field is empty says that field is required', () => {
    expect(validateSeriesRule({ ...valid, endKind: 'date' })).toEqual({ ok: false, errors: { end: 'required' } });
    expect(validateSeriesRule({ ...valid, count: '', lastDate: '2026-06-30', endKind: 'count' })).toEqual({ ok: false, errors: { end: 'required' } });
  });
});
