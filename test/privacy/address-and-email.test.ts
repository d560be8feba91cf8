import { describe, expect, it } from 'vitest';
import { checkText } from '../../services/privacy/index.js';
import { blocking } from './helpers.js';

describe('e-mail addresses', () => {
  it('finds an address and stops before the full stop', () => {
    const text = 'Skriv till amina.h@example.com.';
    expect(checkText(text).blocking).toEqual([{ kind: 'email_address', start: 11, end: 30 }]);
  });

  it('finds the "(at)" spelling and sub-domains', () => {
    expect(blocking('Mejl: rojin (at) example.com')).toEqual([['email_address', 'rojin (at) example.com']]);
    expect(blocking('<y.o@mail.example.co.uk>')).toEqual([['email_address', 'y.o@mail.example.co.uk']]);
  });

  it('leaves web addresses and mentions alone', () => {
    expect(blocking('Se www.hedersfortryck.se och Hedersförtryck.se, eller skriv @Polisen i chatten.')).toEqual([]);
  });
});

describe('street addresses', () => {
  it.each([
    ['Familjen bor på Storgatan 12 sedan 2020.', 'Storgatan 12'],
    ['Hos mostern på Kungsvägen 3B.', 'Kungsvägen 3B'],
    ['Adress: Ringvägen 45 lgh 1102', 'Ringvägen 45 lgh 1102'],
    ['Hon bor på Lilla Nygatan 4, 2 tr, i centrum.', 'Lilla Nygatan 4, 2 tr'],
    ['Hon bor på Drottning Kristinas väg 14.', 'Drottning Kristinas väg 14'],
    ['Adressen är Ekvägen 17 B.', 'Ekvägen 17 B'],
    ['Setts på Järnvägsgatan 22-24.', 'Järnvägsgatan 22-24'],
    ['Hon bor på gatan Ringvägen nr 4', 'Ringvägen nr 4'],
    ['Flickan bor på storgatan 12 enligt skolan.', 'storgatan 12'],
  ])('finds the address in %s', (text, address) => {
    expect(blocking(text)).toEqual([['street_address', address]]);
  });

  it('gives exact offsets', () => {
    expect(checkText('Bor på Storgatan 12.').blocking).toEqual([{ kind: 'street_address', start: 7, end: 19 }]);
  });

  it.each([
    'Mötet är på Storgatan.',
    'Läroplan 2011 och Elevhälsoplan 2025 gäller.',
    'Riksväg 40 var avstängd, hon tog motorvägen 3 mil.',
    'Hon gick storgatan 3 gånger fram och tillbaka.',
    'Storgatan 12 % av tiden.',
    'Hennes väg 2 år senare var svår.',
  ])('does not flag %s', (text) => {
    expect(blocking(text)).toEqual([]);
  });
});

describe('postcodes', () => {
  it.each([
    ['Familjen bor i 352 30 Växjö.', '352 30'],
    ['Flickan bor nu i 97234 Luleå.', '97234'],
    ['Adressen slutar med SE-413 19 Göteborg.', 'SE-413 19'],
    ['Hon bor i ett litet samhälle, postnummer 930 55.', '930 55'],
    ['Kuratorn noterade:211 45 Malmö', '211 45'],
  ])('finds the postcode in %s', (text, postcode) => {
    expect(blocking(text)).toEqual([['postcode', postcode]]);
  });

  it('finds street and postcode as two findings', () => {
    expect(blocking('Storgatan 12, 352 30 Växjö')).toEqual([
      ['street_address', 'Storgatan 12'],
      ['postcode', '352 30'],
    ]);
  });

  it.each([
    'Ring 114 14 Polisen eller 113 13.',
    'Dnr 123 45 Utbildningsnämnden.',
    'Budget 1 500 000 kronor och 25 000 Kronor i bidrag.',
    'Under 2020 kom 12345 anmälningar.',
  ])('does not flag %s', (text) => {
    expect(blocking(text)).toEqual([]);
  });
});

describe('postcodes and the word after them', () => {
  it('reads a count only when the unit comes right after the number', () => {
    expect(blocking('Totalt 120 15 ärenden i år.')).toEqual([]);
    expect(blocking('Totalt 120 15 st.')).toEqual([]);
    expect(blocking('De bor i 415 05 i 3 år nu.')).toEqual([['postcode', '415 05']]);
    expect(blocking('Familjen flyttade till 415 05 med barnen.')).toEqual([['postcode', '415 05']]);
    expect(blocking('Familjen flyttade till 415 05 minsann.')).toEqual([['postcode', '415 05']]);
  });
});

describe('a postcode written without a space needs a sign', () => {
  it.each([
    ['Adress: 21145, Malmö.', '21145'],
    ['De bor i 21145 malmö nu.', '21145'],
    ['De flyttade till 41505 Fjällbyn.', '41505'],
    ['Familjen bor i 41505-området.', '41505'],
    ['Postnumret är nog 41505.', '41505'],
    ['Postort: 41505', '41505'],
    ['Box 123, 41505 Göteborg', '41505'],
    ['Post nr 41505', '41505'],
    ['Hon bor i malmö 21145.', '21145'],
    ['Hon bor i Lund, 21145.', '21145'],
    ['De bor i 18630 vallentuna nu.', '18630'],
    ['De bor i 18430 åkersberga nu.', '18430'],
    ['De bor i skåne 27735 nu.', '27735'],
    ['SE-41505 Göteborg', 'SE-41505'],
    ['S-415 05 Göteborg', 'S-415 05'],
    ['SE 41505 Göteborg', 'SE 41505'],
  ])('finds it in %s', (text, postcode) => {
    expect(blocking(text)).toEqual([['postcode', postcode]]);
  });

  it.each([
    'De flyttade till 41505 Och sedan vidare.',
    'Postnummer ska anges men för henne är det okänt, 41505 ärenden totalt.',
    'Antal 12345 personer i Malmö.',
    'Summa 1 211 45 kr.',
    'Koderna +21145, -21145 och 3.21145 avser blanketter.',
    'Koderna 211 45 6, 211 45-6, 211 45.6 och 211 456 avser blanketter.',
    'Koden 011 45 avser en blankett.',
    'Tid 1:211 45 in i filmen.',
  ])('lets %s pass', (text) => {
    expect(blocking(text)).toEqual([]);
  });
});

describe('e-mail addresses in every dodge', () => {
  it.each([
    'amina{at}example.com',
    'amina <at> example.com',
    'amina snabela example punkt se',
    'amina snabel a example.se',
    'amina AT example DOT com',
    'amina @example.se',
    'amina  @  example.se',
    'amina (dot) hassan (at) example (dot) se',
    'amina . hassan @ example . se',
    'amina.hassan@example (punkt) se',
    'amina@example.xyz',
    'amina@example.Se',
    '_amina@example.com',
    '1amina@example.se',
    'a-b@ex-ample.com',
  ])('finds %s whole', (address) => {
    expect(blocking(`Mejl: ${address}, tack.`)).toEqual([['email_address', address]]);
  });

  // A name before an @ is blocked whatever the spacing: a run of spaces, a tab, a no-break or
  // narrow no-break space, a line break, around the @, the written "at"s and the dots.
  it.each([
    'amina   @example.se',
    'amina@   example.se',
    'amina\t@\texample.se',
    'amina\u00a0@\u00a0example.se',
    'amina\u202f@\u202fexample.se',
    'ayşe\u202f@\u202fexample.se',
    'amina\n@example.se',
    'amina   (at)   example   (punkt)   se',
    'amina ( at ) example [ dot ] se',
    'amina  snabel-a  example.se',
    'amina snabel   a example.se',
    'amina   at   example  punkt  se',
    'amina@example  .  se',
    'amina\t.\thassan@example.se',
    'amina  punkt  hassan@example.se',
    'amina   (punkt)   hassan@example.se',
  ])('blocks %j whole', (address) => {
    expect(blocking(`Mejl: ${address}, tack.`)).toEqual([['email_address', address]]);
  });

  it('leaves dots at the edges out and reads at most 64 characters before the at sign', () => {
    expect(blocking('Mejl: .amina.@example.com')).toEqual([['email_address', 'amina.@example.com']]);
    expect(blocking('Mejl: amina@example.se.')).toEqual([['email_address', 'amina@example.se']]);
    const local = 'x'.repeat(70);
    expect(blocking(`Mejl: ${local}@example.com`)).toEqual([['email_address', `${'x'.repeat(64)}@example.com`]]);
  });

  it.each([
    'Mejl: amina@example.c',
    'Mejl: amina@example.com123',
    'Mejl: amina at example.xyz',
    'Mejl: amina at example punkt xyz',
    'Mejl: -@example.com',
    'Mejl: a@-example.com',
  ])('does not take %s for an address', (text) => {
    expect(blocking(text)).toEqual([]);
  });
});
