// The postcode detector on its own. Through checkText a street address or a number detector
// often reports the same span, which hides a postcode rule that broke; here each rule has
// to hold by itself.
import { describe, expect, it } from 'vitest';
import { findPostcodes } from '../../services/privacy/detectors/postcode.js';

const found = (text: string) => findPostcodes(text).map((f) => text.slice(f.start, f.end));

describe('the postcode detector alone', () => {
  it.each([
    ['Skicka det till SE-21145 i dag.', 'SE-21145'],
    ['Skicka det till S-21145 i dag.', 'S-21145'],
    ['Skicka det till SE - 21145 i dag.', 'SE - 21145'],
    ['Skicka det till SE 21145 i dag.', 'SE 21145'],
  ])('finds a postcode with the country prefix, however spaced: %s', (text, postcode) => {
    expect(found(text)).toEqual([postcode]);
  });

  it('finds a postcode followed by a place after two spaces or a comma', () => {
    expect(found('De bor nu i 21145  Malmö sedan i våras.')).toEqual(['21145']);
    expect(found('De bor nu i 21145, Malmö sedan i våras.')).toEqual(['21145']);
  });

  it.each([
    ['Svaret går till Box 1234, 21145 och inte hem.', '21145'],
    ['Svaret går till Box 1234 Mottagningen 21145 och inte hem.', '21145'],
    ['Postnumret, enligt mamman: 21145.', '21145'],
  ])('finds a postcode after a box address or a postcode word: %s', (text, postcode) => {
    expect(found(text)).toEqual([postcode]);
  });

  it('finds 114 14 and 113 13 as postcodes when a place follows: they are Stockholm postcodes too', () => {
    expect(found('Familjen bor på 114 14 Stockholm sedan flytten.')).toEqual(['114 14']);
    expect(found('Familjen bor på 11313 Stockholm sedan flytten.')).toEqual(['11313']);
    expect(found('Familjen bor på 116 11 Stockholm sedan flytten.')).toEqual(['116 11']);
    expect(found('Familjen bor på 116 00 nu.')).toEqual(['116 00']);
  });

  it('lets the police and the accident line through when nothing says postcode', () => {
    expect(found('Ring polisen på 114 14 om det behövs.')).toEqual([]);
    expect(found('Information om olyckor finns på 113 13 i dag.')).toEqual([]);
  });

  it.each([
    ['Skulden var 12500 i januari.', 'a bare amount'],
    ['Skulden var 12500', 'a bare amount at the end of the text'],
    ['Förbrukningen var 12500 kWh i fjol.', 'a unit with a capital inside'],
    ['Skulden var 12500 \nAnna ringde sedan.', 'a name on the next line after a trailing space'],
    ['Skulden var 12500\n Anna ringde sedan.', 'a name on the next line after a leading space'],
    ['Skulden var 12500 ,Anna ringde sedan.', 'a comma typed after a space'],
    ['Postnumret vet jag inte, skulden är 12500 i januari.', 'a postcode word three words before it'],
    ['12500 kronor saknas i kassan.', 'a bare amount opening the text'],
  ])('lets a five-digit number without a sign through: %s (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });
});
