import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../services/directory/distance.js';
import { editDistance, QueryDistance } from '../../services/directory/edit-distance.js';
import { analysePlace, normalizePlace } from '../../services/directory/normalize.js';

describe('normalizePlace', () => {
  it.each([
    ['Örnsköldsvik', 'ornskoldsvik'],
    ['  Upplands-Väsby  KOMMUN ', 'upplands vasby'],
    ['Malung-Sälen', 'malung salen'],
    ['Norrbottens län', 'norrbottens'],
    ['Göteborgs Stad', 'goteborgs'],
    ['Skellefteå', 'skelleftea'],
    ['Linköpings kommun', 'linkopings'],
    ['Västra  Götalands   län', 'vastra gotalands'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePlace(input)).toBe(expected);
  });

  it('remembers whether the user said län or kommun', () => {
    expect(analysePlace('Kronobergs län').kind).toBe('county');
    expect(analysePlace('Växjö kommun').kind).toBe('municipality');
    expect(analysePlace('Växjö').kind).toBeUndefined();
  });
});

describe('edit distance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('kirnua', 'kiruna', 3)).toBe(1);
    expect(editDistance('kirna', 'kiruna', 3)).toBe(1);
    expect(editDistance('malmo', 'malmo', 0)).toBe(0);
  });

  it('stops at the bound and can measure against a prefix', () => {
    expect(editDistance('atlantis', 'ale', 2)).toBe(3);
    expect(editDistance('gotebr', 'goteborg', 1, true)).toBe(1);
  });

  it('gives the same answers bit-parallel as with the full table', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const word = (max: number) => Array.from({ length: Math.floor(next() * max) }, () => 'abcdes'[Math.floor(next() * 6)]).join('');
    const mismatches: string[] = [];
    for (let i = 0; i < 5_000; i++) {
      const query = word(12);
      const target = word(14);
      const cap = Math.floor(next() * 5);
      const fast = new QueryDistance(query);
      if (fast.to(target, 99) !== editDistance(query, target, 99)) mismatches.push(`${query}/${target}`);
      if (fast.to(target, 99, true) !== editDistance(query, target, 99, true)) mismatches.push(`${query}/${target} prefix`);
      if (fast.to(target, cap) !== editDistance(query, target, cap)) mismatches.push(`${query}/${target} cap ${cap}`);
    }
    expect(mismatches).toEqual([]);
    const long = 'a'.repeat(40);
    expect(new QueryDistance(long).to('a'.repeat(38), 5)).toBe(2);
  });
});

describe('great-circle distance', () => {
  it('puts Malmö and Kiruna about 1 400 km apart', () => {
    const km = haversineKm({ lat: 55.605, lon: 13.0 }, { lat: 67.856, lon: 20.225 });
    expect(km).toBeGreaterThan(1_380);
    expect(km).toBeLessThan(1_420);
  });
});
