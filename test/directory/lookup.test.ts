import { describe, expect, it } from 'vitest';
import { RESOURCE_CENTRES } from '../../services/directory/data/resource-centres.js';
import { DirectoryDataError } from '../../services/directory/integrity.js';
import { DirectoryIndex } from '../../services/directory/lookup.js';
import type { MunicipalityCentres } from '../../services/directory/coverage.js';

const index = new DirectoryIndex();

function forPlace(query: string): MunicipalityCentres {
  const { centres } = index.lookup(query);
  if (centres?.kind !== 'municipality') throw new Error(`${query} did not resolve to a municipality`);
  return centres;
}
const ids = (list: readonly { centre: { id: string } }[]) => list.map((item) => item.centre.id);

describe('finding a place from what the user typed', () => {
  it.each([
    ['Ornskoldsvik', 'municipality', '2284', 'exact'],
    ['goteborg', 'municipality', '1480', 'exact'],
    ['upplands vasby', 'municipality', '0114', 'exact'],
    ['Upplands-Väsby kommun', 'municipality', '0114', 'exact'],
    ['Malmo', 'municipality', '1280', 'exact'],
    ['Göteborgs stad', 'municipality', '1480', 'exact'],
    ['kirna', 'municipality', '2584', 'fuzzy'],
    ['Uddevala', 'municipality', '1485', 'fuzzy'],
    ['Visby', 'municipality', '0980', 'exact'],
    ['Kiru', 'municipality', '2584', 'prefix'],
    ['norrbotten', 'county', '25', 'exact'],
    ['Norrbottens län', 'county', '25', 'exact'],
    ['BD', 'county', '25', 'exact'],
    ['Kronobergs län', 'county', '07', 'exact'],
    ['Jönköping', 'municipality', '0680', 'exact'],
    ['Jönköpings län', 'county', '06', 'exact'],
    ['Stockholms stad', 'municipality', '0180', 'exact'],
  ])('%s → %s %s (%s)', (query, kind, code, matchType) => {
    const result = index.findPlace(query);
    expect(result.best).toMatchObject({ kind, code });
    expect(result.matchType).toBe(matchType);
  });

  it('offers the other reading of an ambiguous name as a suggestion', () => {
    expect(index.findPlace('Jönköping').suggestions).toContainEqual(expect.objectContaining({ kind: 'county', code: '06' }));
  });

  it('matches nothing for an unknown place but always suggests five places', () => {
    for (const query of ['Atlantis', 'xq', 'kommun', '']) {
      const result = index.findPlace(query);
      expect(result.best, query).toBeNull();
      expect(result.matchType).toBe('none');
      expect(result.suggestions, query).toHaveLength(5);
    }
  });
});

describe('type-ahead for the search box', () => {
  it('ranks Göteborg near the top for "gö", with its county', () => {
    const items = index.typeahead('gö');
    expect(items.slice(0, 3).map((i) => i.name)).toContain('Göteborg');
    expect(items.find((i) => i.name === 'Göteborg')).toEqual({
      code: '1480',
      name: 'Göteborg',
      countyCode: '14',
      countyName: 'Västra Götalands län',
    });
  });

  it('puts prefixes before typos and respects the limit', () => {
    expect(index.typeahead('kiru')[0]?.name).toBe('Kiruna');
    expect(index.typeahead('gotebrg')[0]?.name).toBe('Göteborg');
    expect(index.typeahead('vasby')[0]?.name).toBe('Upplands Väsby');
    expect(index.typeahead('s', 4)).toHaveLength(4);
    expect(index.typeahead('   ')).toEqual([]);
  });
});

describe('centres for a municipality', () => {
  it('gives Göteborg its city-only centre, not Fyrbodal, and no fallback', () => {
    const result = forPlace('Göteborg');
    expect(ids(result.covering)).toEqual(['resursteam-heder-goteborg']);
    expect(result.nearest).toEqual([]);
    expect(result.nationalFallback).toBeNull();
    expect(result.outsideProgramme.map((c) => c.id)).toContain('regionalt-stodcentrum-goteborg');
  });

  it('gives Uddevalla Fyrbodal, flagged as coverage from outside the sources', () => {
    const result = forPlace('Uddevalla');
    expect(ids(result.covering)).toEqual(['resurscentrum-barnahus-fyrbodal']);
    expect(result.covering[0]?.coverageOrigin).toBe('external');
  });

  it('gives Kiruna Una Norrbotten, and tells Kalix it was not among those taking part', () => {
    expect(forPlace('Kiruna').covering).toEqual([
      expect.objectContaining({ centre: expect.objectContaining({ id: 'una-norrbotten' }), participation: 'participating' }),
    ]);
    expect(forPlace('Kalix').covering[0]?.participation).toBe('not_participating');
  });

  it('gives Jönköping, in a county without a centre, the nearest centres in km and NCH', () => {
    const result = forPlace('Jönköping');
    expect(result.covering).toEqual([]);
    expect(result.nearest.length).toBeGreaterThan(0);
    expect(result.nearest.length).toBeLessThanOrEqual(3);
    expect(result.nearest[0]?.centre.id).toBe('resurscentrum-heder-kronoberg');
    for (const near of result.nearest) {
      expect(near.outsideOwnArea).toBe(true);
      expect(Number.isInteger(near.distanceKm)).toBe(true);
      expect(near.distanceKm).toBeGreaterThan(0);
    }
    const km = result.nearest.map((n) => n.distanceKm);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(result.nationalFallback?.shortName).toBe('NCH');
  });

  it('names the preparing Dalarna centre for Falun, with the nearest centre and NCH', () => {
    const result = forPlace('Falun');
    expect(result.covering).toEqual([]);
    expect(result.upcoming).toEqual([expect.objectContaining({ id: 'rc-dalarna', status: 'preparing' })]);
    expect(result.nearest[0]?.centre.id).toBe('resurscentrum-gavleborg');
    expect(result.nationalFallback).not.toBeNull();
  });

  it('says Skåne has a centre whose municipalities are not named, besides NCH', () => {
    const result = forPlace('Malmö');
    expect(result.possible).toEqual([
      expect.objectContaining({ centre: expect.objectContaining({ id: 'resurscentrum-heder-skane' }), reason: 'coverage_not_stated' }),
    ]);
    expect(result.outsideProgramme.map((c) => c.id)).toEqual(['resursteam-heder-malmo']);
    expect(result.nationalFallback).not.toBeNull();
  });

  it('returns null for an unknown municipality code', () => {
    expect(index.centresFor('9999')).toBeNull();
  });
});

describe('centres for a county', () => {
  it('gives "Kronobergs län" Kronoberg\'s centre covering all eight municipalities', () => {
    const { centres } = index.lookup('Kronobergs län');
    expect(centres?.kind).toBe('county');
    if (centres?.kind !== 'county') return;
    expect(centres.centres.map((c) => [c.centre.id, c.coveredMunicipalityCodes.length])).toEqual([
      ['resurscentrum-heder-kronoberg', 8],
    ]);
    expect(centres.uncoveredMunicipalityCodes).toEqual([]);
    expect(centres.nationalFallback).toBeNull();
  });

  it('summarises Västra Götaland: two centres, the rest uncovered, NCH', () => {
    const result = index.centresForCounty('14');
    expect(result?.centres.map((c) => [c.centre.shortCode, c.coveredMunicipalityCodes.length])).toEqual([
      ['GBG', 1],
      ['FYR', 14],
    ]);
    expect(result?.uncoveredMunicipalityCodes).toHaveLength(34);
    expect(result?.upcoming.map((c) => c.status)).toEqual(['pre_study', 'pre_study']);
    expect(result?.nationalFallback).not.toBeNull();
  });

  it('gives a county with no centre the nearest centres', () => {
    expect(index.centresForCounty('06')?.nearest[0]?.centre.id).toBe('resurscentrum-heder-kronoberg');
  });
});

describe('admin-corrected centres', () => {
  it('uses the centres it is given', () => {
    const corrected = RESOURCE_CENTRES.map((c) =>
      c.id === 'resurscentrum-barnahus-fyrbodal' ? { ...c, status: 'preparing' as const } : c,
    );
    const result = new DirectoryIndex({ centres: corrected }).centresFor('1485');
    expect(result?.covering).toEqual([]);
    expect(result?.upcoming.map((c) => c.id)).toContain('resurscentrum-barnahus-fyrbodal');
    expect(result?.nationalFallback).not.toBeNull();
  });

  it('refuses centres that cover municipalities that do not exist', () => {
    const broken = [{ ...RESOURCE_CENTRES[0]!, coverage: { kind: 'municipalities' as const, codes: ['9999'], origin: 'admin' as const } }];
    expect(() => new DirectoryIndex({ centres: broken })).toThrow(DirectoryDataError);
  });
});
