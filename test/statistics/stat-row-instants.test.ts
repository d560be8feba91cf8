// A report reads a record's times with a parser of its own for the form every stored instant
// has (toISOString's). Whatever the string, it must give what Date.parse gives: a time read a
// millisecond off, or a bad one read as good, would move a case between months or skew a median.
import { describe, expect, it } from 'vitest';
import { canonicalInstant } from '../../services/statistics/stat-rows.js';
import { seededRandom } from '../helpers/seeded-random.js';

const same = (s: string) => expect(Object.is(canonicalInstant(s), Date.parse(s)), s).toBe(true);

describe('reading a record time as Date.parse does', () => {
  it('agrees on instants written by toISOString across the years a record can hold', () => {
    const random = seededRandom(14);
    for (let i = 0; i < 5000; i++) same(new Date(Date.UTC(1990, 0, 1) + Math.floor(random() * 150 * 365.25 * 86_400_000)).toISOString());
    for (const s of ['2026-12-31T23:59:59.999Z', '2027-01-01T00:00:00.000Z', '2024-02-29T12:00:00.000Z', '2026-03-29T01:00:00.000Z']) same(s);
  });

  it('agrees on forms and values out of the ordinary: other offsets, impossible days, hour 24, years before 100, stray characters', () => {
    for (const s of [
      '2026-02-30T00:00:00.000Z', '2026-02-31T10:00:00.000Z', '2026-04-31T10:00:00.000Z', '2026-13-01T00:00:00.000Z', '2026-00-10T00:00:00.000Z',
      '2026-01-00T00:00:00.000Z', '2026-01-32T00:00:00.000Z', '2026-01-01T24:00:00.000Z', '2026-01-01T23:60:00.000Z', '2026-01-01T23:00:60.000Z',
      '0099-01-01T00:00:00.000Z', '0100-03-01T00:00:00.000Z', '2026-01-01T0a:00:00.000Z', '2026-01-01T-1:00:00.000Z', '2026-01-01 10:00:00.000Z',
      '2026-01-01T10:00:00.000+', '2026-01-01T10:00:00+01:00', '2026-01-01T10:00:00.000', '+02026-01-01T10:00:00Z', 'inte ett datum, 24 tecken',
    ]) {
      same(s);
    }
  });
});
