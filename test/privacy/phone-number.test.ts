import { describe, expect, it } from 'vitest';
import { checkText } from '../../services/privacy/index.js';
import { blocking } from './helpers.js';

describe('phone numbers', () => {
  it.each([
    '070-174 06 05',
    '0701740605',
    '070 174 06 05',
    '070-1740605',
    '070–174 06 05',
    '+46 70 174 06 05',
    '+46701740605',
    '+46 (0)70-174 06 05',
    '0046 70 174 06 05',
    '08-465 004 12',
    '08 465 004 12',
    '(08) 465 004 12',
    '+46 8 465 004 12',
    '031-390 06 45',
    '031-12 34 56',
    '0980-319 233',
    '+964 750 123 4567',
  ])('finds %s with exact offsets', (phone) => {
    const text = `Ring ${phone}, tack.`;
    expect(checkText(text).blocking).toEqual([{ kind: 'phone_number', start: 5, end: 5 + phone.length }]);
  });

  it('keeps brackets only around an area code', () => {
    expect(blocking('Nytt nummer (0701740671) sedan i går.')).toEqual([['phone_number', '0701740671']]);
    expect(blocking('Hon ringde från (08) 465 004 30.')).toEqual([['phone_number', '(08) 465 004 30']]);
  });

  it('separates a number from the numbers around it', () => {
    expect(blocking('Flickan, 15 år, 070-174 06 05 är mammans.')).toEqual([['phone_number', '070-174 06 05']]);
    expect(blocking('Hem 0980-319 277, mobil 070-174 06 15.')).toEqual([
      ['phone_number', '0980-319 277'],
      ['phone_number', '070-174 06 15'],
    ]);
  });

  it('finds a number that follows other numbers in the same run, however it is joined', () => {
    expect(blocking('Rum 12 070-174 06 05 är hennes.')).toEqual([['phone_number', '070-174 06 05']]);
    expect(blocking('Ring 070/174 06 05 eller 070 - 174 06 15.')).toEqual([
      ['phone_number', '070/174 06 05'],
      ['phone_number', '070 - 174 06 15'],
    ]);
    expect(blocking('Ring + 46 70 174 06 05.')).toEqual([['phone_number', '+ 46 70 174 06 05']]);
    expect(blocking('Ring 070-174 06 05-')).toEqual([['phone_number', '070-174 06 05']]);
    expect(blocking('Ring 070-174 06 05 2025-12-08.')).toEqual([['phone_number', '070-174 06 05']]);
  });

  it('finds an eight-digit landline number written in groups, but not eight bare digits', () => {
    expect(blocking('Ring 0611-1234.')).toEqual([['phone_number', '0611-1234']]);
    expect(blocking('Ring 0611 12 34.')).toEqual([['phone_number', '0611 12 34']]);
    expect(blocking('Kod 06111234.')).toEqual([]);
  });

  it('does not start a number right after a letter (codes such as A0701740605)', () => {
    expect(blocking('Kod A0701740605 och B070-174 06 05')).toEqual([]);
  });

  it('treats +46 like the Swedish number it stands for: business numbers are not a person\'s', () => {
    expect(blocking('Vårdguiden +46 771 11 77 00 eller +46 (0)771 11 77 00.')).toEqual([]);
    expect(blocking('Ring +46 20 123 456.')).toEqual([]);
    expect(blocking('Ring +4670 174 06 05.')).toEqual([['phone_number', '+4670 174 06 05']]);
  });

  it('finds a Stockholm number whose last groups look like a clock time, a nine-digit number written bare, and short and long foreign numbers', () => {
    expect(blocking('Ring 08.465.00.41 i dag.')).toEqual([['phone_number', '08.465.00.41']]);
    expect(blocking('Ring 031390645 i dag.')).toEqual([['phone_number', '031390645']]);
    expect(blocking('Ring +1 555 01 00 i dag.')).toEqual([['phone_number', '+1 555 01 00']]);
    expect(blocking('Ring +123 4567 8901 2345 i dag.')).toEqual([['phone_number', '+123 4567 8901 2345']]);
  });

  it.each([
    'Mötet flyttas från 08.12.2025 till 08.01.2026.',
    'Beslut 2026-01-08 och 2025-12-08.',
    'Telefontid 08.59–23.59 alla dagar.',
  ])('does not read the date or time in %s as a number', (text) => {
    expect(blocking(text)).toEqual([]);
  });

  it.each([
    'Ring 112 vid fara, 114 14 annars, 1177 för vård och 113 13 vid kris.',
    'BRIS 116 111 och Kvinnofridslinjen 020-50 50 50 har öppet dygnet runt.',
    '38 ärenden 2020, 45 ärenden 2021.',
    'Åldrar 0–12, 13–17 och 18–26.',
    'Öppet 08.00–17.00, telefontid 08:30–09:30.',
    'Möte 2026-11-24 kl. 13:00.',
    'Datumet 08-05-2009 står i passet.',
    'Ärendenummer 0701234567 och referensnummer 0123456789.',
    'Kostnad 1 500 000 kronor, 12 500 kr per månad.',
    'SoL 14 kap. 1 §, SFS 2018:1197.',
  ])('does not flag %s', (text) => {
    expect(blocking(text)).toEqual([]);
  });
});

describe('reference labels before a number', () => {
  it.each([
    'Ärendenummer 070-174 06 05 gäller flickan.',
    'Ärende nr 070-174 06 05 gäller flickan.',
    'Ärende-nr 070-174 06 05 gäller flickan.',
    'Dnr. 070-174 06 05 gäller flickan.',
    'Dnr: 070-174 06 05 gäller flickan.',
    'Dnr: - 070-174 06 05 gäller flickan.',
    'Ref 070-174 06 05 gäller flickan.',
    'Fakturanummer: 0701740605.',
    'Kundnr #0701740605.',
    'Org nr 0701740605.',
    'Org.nr 0701740605.',
  ])('lets the case or file number in %s pass', (text) => {
    expect(blocking(text)).toEqual([]);
  });

  it('does not take a word ending like a label, or a label earlier in the sentence, for the label of this number', () => {
    expect(blocking('Ring under telefontid 070-174 06 05.')).toEqual([['phone_number', '070-174 06 05']]);
    expect(blocking('Dnr 12, ring 070-174 06 05.')).toEqual([['phone_number', '070-174 06 05']]);
    expect(blocking('Hon nämnde sin mentor 070-174 06 05.')).toEqual([['phone_number', '070-174 06 05']]);
  });
});
