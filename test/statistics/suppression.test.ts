// The small-cell rule on its own: which counts are hidden, and why.

import { describe, expect, it } from 'vitest';
import { isSmallCount, suppressCounts, type AdditiveGroup } from '../../services/statistics/suppression.js';

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));
const group = (total: string, cells: string[]): AdditiveGroup => ({ total, cells });

describe('small counts', () => {
  it('hides 1 to 4 and shows 0 and 5', () => {
    expect([0, 1, 2, 3, 4, 5, 353].map(isSmallCount)).toEqual([false, true, true, true, true, false, false]);
  });

  it('hides small totals and small cells outside any group', () => {
    const hidden = suppressCounts(counts({ cases: 3, withdrawn: 1, answers: 0, contacts: 12 }), []);
    expect(Object.fromEntries(hidden)).toEqual({ cases: 'small_count', withdrawn: 'small_count' });
  });
});

describe('complementary suppression', () => {
  it('a lone hidden cell under a shown total takes the next-smallest cell with it', () => {
    // 30 = 3 + 12 + 15: showing 12, 15 and 30 would give the 3 back.
    const hidden = suppressCounts(counts({ cases: 30, social: 3, school: 12, police: 15 }), [group('cases', ['social', 'school', 'police'])]);
    expect(Object.fromEntries(hidden)).toEqual({ social: 'small_count', school: 'complementary' });
    // What is left shown no longer pins the small cell: 30 - 15 = 15 could be 3 + 12 or 4 + 11.
  });

  it('zero cells are no cover: the partner is the smallest cell above zero', () => {
    const hidden = suppressCounts(counts({ cases: 40, a: 0, b: 2, c: 0, d: 9, e: 29 }), [group('cases', ['a', 'b', 'c', 'd', 'e'])]);
    expect(Object.fromEntries(hidden)).toEqual({ b: 'small_count', d: 'complementary' });
  });

  it('ties go to the first cell in the group order, so the output is stable', () => {
    const hidden = suppressCounts(counts({ cases: 21, a: 1, b: 10, c: 10 }), [group('cases', ['a', 'c', 'b'])]);
    expect(hidden.get('c')).toBe('complementary');
    expect(hidden.has('b')).toBe(false);
  });

  it('two hidden cells already protect each other', () => {
    const hidden = suppressCounts(counts({ cases: 20, a: 2, b: 3, c: 15 }), [group('cases', ['a', 'b', 'c'])]);
    expect(Object.fromEntries(hidden)).toEqual({ a: 'small_count', b: 'small_count' });
  });

  it('nothing more to do when the total is hidden itself', () => {
    const hidden = suppressCounts(counts({ cases: 4, a: 4, b: 0 }), [group('cases', ['a', 'b'])]);
    expect(Object.fromEntries(hidden)).toEqual({ cases: 'small_count', a: 'small_count' });
  });

  it('works per group: each breakdown of the same total gets its own partner', () => {
    const hidden = suppressCounts(counts({ cases: 25, girls: 21, boys: 4, phone: 10, teams: 15 }), [
      group('cases', ['girls', 'boys']),
      group('cases', ['phone', 'teams']),
    ]);
    expect(Object.fromEntries(hidden)).toEqual({ boys: 'small_count', girls: 'complementary' });
  });

  it('repeats until stable when a cell sits in two groups', () => {
    // t2 is looked at first and is fine; then x becomes t1's partner, which leaves it alone in t2.
    const hidden = suppressCounts(counts({ t1: 13, a: 2, x: 11, t2: 30, y: 19 }), [group('t2', ['x', 'y']), group('t1', ['a', 'x'])]);
    expect(Object.fromEntries(hidden)).toEqual({ a: 'small_count', x: 'complementary', y: 'complementary' });
  });

  it('if a lone hidden cell has no non-zero partner (cells not adding up), the total is hidden instead', () => {
    const hidden = suppressCounts(counts({ cases: 9, a: 3, b: 0 }), [group('cases', ['a', 'b'])]);
    expect(hidden.get('cases')).toBe('complementary');
  });

  it('refuses a group naming a count it was not given', () => {
    expect(() => suppressCounts(counts({ cases: 9 }), [group('cases', ['a'])])).toThrow(/no count for a/);
  });
});
