// Issue #15 item 6: the nearest centre by real geometry. For places across the country, the
// centre that covers them, or, outside every area, the centres a professional there would
// expect first: measured seat to seat to each centre's covered municipalities (or, for a centre
// whose list the sources do not give, to its county's seat), with the centre planned for the
// place named as upcoming and no centre suggested for a place another centre's area claims.
import { describe, expect, it } from 'vitest';
import { centreResultCard } from '../../cards/centre/centre-result.card.js';
import { fill } from '../../cards/i18n/catalogue.js';
import { DirectoryIndex } from '../../services/directory/lookup.js';
import { cardTexts } from '../helpers/card-validator.js';
import { sv } from '../helpers/catalogue.js';

const index = new DirectoryIndex();
const codeOf = (name: string) => index.municipalities().find((m) => m.name === name)!.code;
const short = (ids: ReadonlyArray<{ shortCode: string }>) => ids.map((c) => c.shortCode);
const resultFor = (name: string) => index.centresFor(codeOf(name))!;

/** [municipality, centres covering it, the nearest ones first (when none covers it), centres planned for it] */
const TABLE: Array<[string, string[], string[], string[]]> = [
  // Covered: the centre itself, no distances.
  ['Göteborg', ['GBG'], [], []],
  ['Trollhättan', ['FYR'], [], []],
  ['Växjö', ['KRO'], [], []],
  ['Gävle', ['GVL'], [], []],
  ['Kiruna', ['UNA'], [], []],
  // Västra Götaland outside the covered areas: its own region's centres first, never Gävleborg.
  ['Borås', [], ['GBG', 'FYR', 'KRO'], ['SAL']],
  ['Skövde', [], ['FYR', 'GBG', 'KRO'], ['SKB']],
  ['Alingsås', [], ['GBG'], []],
  // Halland and Småland: Kronoberg first, Skåne among them (measured to Malmö).
  ['Halmstad', [], ['KRO', 'SKN', 'GBG'], []],
  ['Kungsbacka', [], ['GBG'], []],
  ['Jönköping', [], ['KRO', 'FYR', 'GBG'], []],
  ['Värnamo', [], ['KRO'], []],
  ['Kalmar', [], ['KRO', 'SKN'], []],
  ['Karlskrona', [], ['KRO', 'SKN'], []],
  ['Gotland', [], ['KRO'], []],
  ['Linköping', [], ['KRO'], []],
  // Mälardalen and the north: Gävleborg, then Norrbotten.
  ['Stockholm', [], ['GVL'], []],
  ['Uppsala', [], ['GVL'], []],
  ['Västerås', [], ['GVL'], ['VML']],
  ['Falun', [], ['GVL'], ['DAL']],
  ['Mora', [], ['GVL'], ['DAL']],
  ['Sundsvall', [], ['GVL', 'UNA'], ['VNL']],
  ['Örnsköldsvik', [], ['GVL', 'UNA'], ['VNL']],
  ['Umeå', [], ['UNA', 'GVL'], []],
  ['Skellefteå', [], ['UNA'], []],
  // Värmland: Fyrbodal across the border of Dalsland.
  ['Karlstad', [], ['FYR'], []],
];

describe('the nearest centre, by real geometry', () => {
  it.each(TABLE)('%s', (name, covering, nearestFirst, planned) => {
    const result = resultFor(name);
    expect(short(result.covering.map((c) => c.centre))).toEqual(covering);
    expect(short(result.nearest.map((n) => n.centre)).slice(0, nearestFirst.length)).toEqual(nearestFirst);
    expect(short(result.upcoming)).toEqual(planned);
    const km = result.nearest.map((n) => n.distanceKm);
    expect(km).toEqual([...km].sort((a, b) => a - b));
  });

  it('from Borås: none covers it, the planned Södra Älvsborg is named, Fyrbodal is not suggested, Gävleborg is not listed', () => {
    const result = resultFor('Borås');
    expect(result.possible).toEqual([]);
    expect(short(result.nearest.map((n) => n.centre))).not.toContain('GVL');
    expect(result.nearest[0]).toMatchObject({ viaMunicipalityCode: '1480', measuredTo: 'coverage' });
    expect(result.nearest[0]!.distanceKm).toBeGreaterThan(45);
    expect(result.nearest[0]!.distanceKm).toBeLessThan(70);
    const card = cardTexts(centreResultCard({ messages: sv, kind: 'municipality', result, national: index.nationalFallback })).join('\n');
    expect(card).toContain(fill(sv.centre.noCentreHere, { place: 'Borås' }));
    expect(card).not.toContain(fill(sv.centre.possible, { place: 'Borås' }));
    expect(card).toContain('Resurscentrum Södra Älvsborg (förstudie)');
    expect(card).not.toContain('Resurscentrum Skaraborg');
  });

  it('measures a centre whose municipalities are not listed to its county seat, and says so', () => {
    const skane = resultFor('Halmstad').nearest.find((n) => n.centre.shortCode === 'SKN')!;
    expect(skane).toMatchObject({ measuredTo: 'county_seat', viaMunicipalityCode: '1280', viaName: 'Malmö' });
    const card = cardTexts(centreResultCard({ messages: sv, kind: 'municipality', result: resultFor('Halmstad'), national: index.nationalFallback })).join('\n');
    expect(card).toContain(fill(sv.centre.distanceToCountySeat, { km: skane.distanceKm, seat: 'Malmö' }));
  });

  it('still suggests Fyrbodal for a Västra Götaland place no other area claims (its three contract municipalities are unnamed)', () => {
    expect(short(resultFor('Mölndal').possible.map((p) => p.centre))).toEqual(['FYR']);
  });
});
