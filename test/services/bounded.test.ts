// The bound every process-long memory keeps (services/bounded.ts, issue #14): past it the memory
// starts over, so it never holds more than its bound, and what it holds is still right.
import { describe, expect, it } from 'vitest';
import { BoundedMap, BoundedSet } from '../../services/bounded.js';
import { FOLD_CACHE_MAX, normalizePlace } from '../../services/directory/normalize.js';
import { HOLIDAY_YEARS_KEPT, swedishHolidaysIn } from '../../services/time/swedish-holidays.js';

describe('a bounded map', () => {
  it('never holds more than its bound, and starts over with the key that would pass it', () => {
    const map = new BoundedMap<string, number>(3);
    for (let i = 0; i < 10; i++) {
      map.set(`k${i}`, i);
      expect(map.size).toBeLessThanOrEqual(3);
    }
    expect([...map]).toEqual([['k9', 9]]);
  });

  it('keeps everything when a key it holds is set again at the bound', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2).set('a', 3);
    expect([...map]).toEqual([['a', 3], ['b', 2]]);
  });
});

describe('a bounded set', () => {
  it('never holds more than its bound, and keeps what it has when a member is added again', () => {
    const set = new BoundedSet<string>(2);
    set.add('a').add('b').add('a');
    expect([...set]).toEqual(['a', 'b']);
    set.add('c');
    expect([...set]).toEqual(['c']);
  });
});

describe('memories keyed by what people type', () => {
  it('fold place names right after more distinct characters than the fold table keeps', () => {
    const before = ['Ängelholms kommun', 'Töreboda'].map(normalizePlace);
    // Every character below is new to the table; after them, å/ä/ö still fold as before.
    const many = Array.from({ length: FOLD_CACHE_MAX + 100 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    normalizePlace(many);
    expect(['Ängelholms kommun', 'Töreboda'].map(normalizePlace)).toEqual(before);
    expect(before[1]).toBe('toreboda');
  });

  it('give the same holidays for a year asked again after more years than are kept', () => {
    const midsummer = swedishHolidaysIn(2026).find((h) => h.date === '2026-06-20');
    for (let year = 1990; year < 1990 + HOLIDAY_YEARS_KEPT + 10; year++) swedishHolidaysIn(year);
    expect(swedishHolidaysIn(2026).find((h) => h.date === '2026-06-20')).toEqual(midsummer);
    expect(midsummer).toBeDefined();
  });
});
