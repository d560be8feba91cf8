import { describe, expect, it } from 'vitest';
import { checkText } from '../../services/privacy/index.js';
import { testNumber } from './corpus/test-personnummer.js';
import { blocking } from './helpers.js';

describe('exact dates of birth', () => {
  it.each([
    ['Flickan är född 3 maj 2009.', '3 maj 2009'],
    ['Pojken, f. 2011-09-14, har inte varit i skolan.', '2011-09-14'],
    ['Födelsedatum 2009-05-03', '2009-05-03'],
    ['Hon föddes den 28 februari 2007.', '28 februari 2007'],
    ['född den 14:e september 2011', '14:e september 2011'],
    ['Född: 18/7 2010', '18/7 2010'],
    ['Barnet är fött 1 januari 2013.', '1 januari 2013'],
    ['Flickan, f 20070228, bor hemma.', '20070228'],
    ['Pojken är född 14.09.2011.', '14.09.2011'],
    ['Eleven född 31/12-93 är äldst.', '31/12-93'],
    ['Hon fyller 16 den 3 maj.', '3 maj'],
    ['Farmor (1923-08-15) bestämmer.', '1923-08-15'],
  ])('finds the date in %s', (text, date) => {
    expect(blocking(text)).toEqual([['exact_date_of_birth', date]]);
  });

  it('covers the date only, not the birth word', () => {
    expect(checkText('Född 3 maj 2009.').blocking).toEqual([{ kind: 'exact_date_of_birth', start: 5, end: 15 }]);
  });

  it('merges a date of birth that is the start of a personal identity number into that number', () => {
    expect(blocking('Flickan född 20070228-xxxx')).toEqual([['personal_identity_number', '20070228-xxxx']]);
  });

  it.each([
    'Flickan är född 2009 och går i åttan.',
    'Hon föddes i maj 2009 i Somalia.',
    'Flickan är född i Somalia och kom till Sverige 2016.',
    'Möte 2026-11-24 och uppföljning den 3 december 2026.',
    'Han fyller 18 i år.',
    'Samtal med mamman (2026-11-24) om resan.',
    'Född 31 februari 2009, enligt en felskrivning.',
  ])('does not flag %s', (text) => {
    expect(blocking(text)).toEqual([]);
  });
});

describe('the calendar behind dates of birth and personnummer', () => {
  it.each([
    ['Flickan är född 29 februari 2008.', '29 februari 2008'],
    ['Flickan är född 2008-02-29.', '2008-02-29'],
    ['Farmor är född 2000-02-29.', '2000-02-29'],
    ['Pojken är född 30 april 2010.', '30 april 2010'],
    ['Pojken är född 31 december 2010.', '31 december 2010'],
    ['Född 2010-12-01.', '2010-12-01'],
    ['Född 2010-01-31.', '2010-01-31'],
    ["Född 29 feb '08.", "29 feb '08"],
    ['Född 29/2-08.', '29/2-08'],
    ['Född 29/2 2008.', '29/2 2008'],
    ['Född 29 februari.', '29 februari'],
  ])('finds the real date in %s', (text, date) => {
    expect(blocking(text)).toEqual([['exact_date_of_birth', date]]);
  });

  it.each([
    'Flickan är född 2009-02-29, enligt en felskrivning.',
    'Farfar är född 1900-02-29, enligt en felskrivning.',
    'Pojken är född 31 april 2010, enligt en felskrivning.',
    'Flickan är född 29 februari 2009, enligt en felskrivning.',
    "Flickan är född 29 feb '09, enligt en felskrivning.",
    'Flickan är född 29/2-09, enligt en felskrivning.',
    'Flickan är född 29.02.2009, enligt en felskrivning.',
    'Född 2010-13-05 enligt en felskrivning.',
    'Född 2010-00-05 enligt en felskrivning.',
    'Född 2010-05-00 enligt en felskrivning.',
  ])('lets the impossible date in %s pass', (text) => {
    expect(blocking(text)).toEqual([]);
  });

  it('reads a personnummer born on a leap day, or with a coordination day, and not one on a day that does not exist', () => {
    const leap = testNumber('20080229', 981);
    expect(blocking(`Pnr ${leap.long}`)).toEqual([['personal_identity_number', leap.long]]);
    const coordination = testNumber('20080229', 982, { coordination: true });
    expect(blocking(`Samordningsnummer ${coordination.long}`)).toEqual([['personal_identity_number', coordination.long]]);
    const noLeap = testNumber('20090229', 981);
    expect(blocking(`Nummer ${noLeap.shortPlain.split('').join(' ')}`).map(([kind]) => kind)).not.toContain('personal_identity_number');
  });
});
