// The phone-number detector on its own. Through checkText another detector (spaced digits,
// personnummer, postcode) often reports the same span, which hides a phone rule that broke;
// here each rule has to hold by itself. Numbers are from PTS's ranges for fiction.
import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from '../../services/privacy/detectors/phone-number.js';

const found = (text: string) => findPhoneNumbers(text).map((f) => text.slice(f.start, f.end));

describe('the phone-number detector alone', () => {
  it.each([
    ['070 -174 06 05', 'a dash with a space before it only'],
    ['070- 174 06 05', 'a dash with a space after it only'],
    ['070 / 174 06 05', 'a slash with spaces'],
    ['070\u00a0174\u00a006\u00a005', 'no-break spaces'],
    ['070\u2013174\u201106\u221205', 'typographic dashes'],
    ['070.174.06.05', 'dots'],
    ['(070) 174 06 05', 'an area code in brackets'],
    ['(070)174 06 05', 'a bracket with nothing after it'],
    ['0701740605', 'ten bare digits'],
    ['070174060', 'nine bare digits'],
    ['+46 70 174 06 05', '+46 and a space'],
    ['+46.70.174.06.05', '+46 and dots'],
    ['+46-70-174 06 05', '+46 and dashes'],
    ['+ 46 70 174 06 05', 'a plus and a space'],
    ['+46 (0)70 174 06 05', 'the trunk zero in brackets'],
    ['0046 70 174 06 05', '0046'],
    ['0046701740605', '0046 written bare'],
    ['+358 40 123 4567', 'a Finnish number'],
    ['00358 40 123 4567', 'a Finnish number with 00'],
    ['0980-319 23', 'a four-digit area code'],
    ['0611-1234', 'eight digits in two groups'],
  ])('finds %s (%s) exactly', (phone) => {
    expect(found(`Nås på ${phone} i dag.`)).toEqual([phone]);
    expect(found(phone)).toEqual([phone]);
  });

  it('keeps a bracket around the whole remark out of the number', () => {
    expect(found('(Mobil 070-174 06 05)')).toEqual(['070-174 06 05']);
    expect(found('Nås (070-174 06 05, mobil).')).toEqual(['070-174 06 05']);
    expect(found('Nås (070) 174 06 05 (mobil).')).toEqual(['(070) 174 06 05']);
    expect(found('Nås ()070 174 06 05.')).toEqual(['070 174 06 05']);
  });

  it('finds a number at the very start and at the very end of the text', () => {
    expect(found('070-174 06 05 är mammans.')).toEqual(['070-174 06 05']);
    expect(found('Mammans: 070-174 06 05')).toEqual(['070-174 06 05']);
  });

  it('finds every number in a list, however close', () => {
    expect(found('070-174 06 05, 070-174 06 15 och 08-465 004 12.')).toEqual(['070-174 06 05', '070-174 06 15', '08-465 004 12']);
    expect(found('Tel 070-174 06 05/070-174 06 15')).toEqual(['070-174 06 05']);
  });

  it('takes the longest number a run can make, not the first that fits', () => {
    expect(found('Ring 08 465 004 12.')).toEqual(['08 465 004 12']);
    expect(found('Ring 031 390 06 45.')).toEqual(['031 390 06 45']);
    expect(found('Ring 070 174 06 05 22 33.')).toEqual(['070 174 06 05']);
  });

  it('finds a number after other numbers in the same run', () => {
    expect(found('Rum 12 070-174 06 05.')).toEqual(['070-174 06 05']);
    expect(found('Vecka 3 4 070 174 06 05.')).toEqual(['070 174 06 05']);
    expect(found('Ålder 15 08-465 004 12.')).toEqual(['08-465 004 12']);
  });

  it('does not start a number right after a letter, digit, plus, dot, comma, slash or dash', () => {
    for (const before of ['A', '9', '+', '.', ',', '/', '-', '\u2013']) {
      expect(found(`Kod ${before}0701740605 i dag.`), before).toEqual([]);
    }
    expect(found('Kod (0701740605) i dag.')).toEqual(['0701740605']);
  });

  it('reads a plus sign only when a digit or a space follows it', () => {
    expect(found('Ring +4670 174 06 05.')).toEqual(['+4670 174 06 05']);
    expect(found('Ring +-46 70 174 06 05.')).toEqual([]);
  });

  it('lets a run of numbers that only starts like one pass', () => {
    expect(found('Ring 07 174 06 05.')).toEqual([]);
    expect(found('Ring 070 1 74 06 05.')).toEqual([]);
    expect(found('Kod 070174.')).toEqual([]);
    expect(found('Kod 07017406051.')).toEqual([]);
  });

  it('reads 00 as the international prefix, not as a Swedish number', () => {
    expect(found('Ring 00 1 555 01 00.')).toEqual(['00 1 555 01 00']);
    expect(found('Kod 00 123.')).toEqual([]);
    expect(found('Kod 0012 3456.')).toEqual([]);
  });

  it('keeps foreign numbers between eight and fifteen digits, never starting with a zero', () => {
    expect(found('Ring +1 555 0100.')).toEqual(['+1 555 0100']);
    expect(found('Ring +1 555 010.')).toEqual([]);
    expect(found('Ring +123 4567 8901 2345.')).toEqual(['+123 4567 8901 2345']);
    expect(found('Ring +1234567890123456.')).toEqual([]);
    expect(found('Ring 00 123 4567 8901 2345.')).toEqual(['00 123 4567 8901 2345']);
    expect(found('Ring +0 555 01 00.')).toEqual([]);
  });

  it('treats +46 as the Swedish number it stands for', () => {
    expect(found('Ring +46 70 174.')).toEqual([]);
    expect(found('Ring +46 70 174 0.')).toEqual([]);
    expect(found('Ring +46 70 174 06.')).toEqual(['+46 70 174 06']);
    expect(found('Ring +46 70 174 06 05 1.')).toEqual(['+46 70 174 06 05']);
    expect(found('Ring +46 771 11 77 00.')).toEqual([]);
    expect(found('Ring +46 0701740605.')).toEqual(['+46 0701740605']);
  });

  it('needs a Swedish number written in groups to have a real area code and groups of two or more', () => {
    expect(found('Ring 01 174 06 05.')).toEqual([]);
    expect(found('Ring 08 174 06 05.')).toEqual(['08 174 06 05']);
    expect(found('Ring 07017 406 05.')).toEqual([]);
    expect(found('Ring 070 174 0 605.')).toEqual([]);
    expect(found('Ring 0771-11 77 00.')).toEqual([]);
    expect(found('Ring 020-50 50 50.')).toEqual([]);
  });

  it('reads no number across a date, in either order, or a clock time', () => {
    expect(found('Mötet 08.12.2025 kl 10.')).toEqual([]);
    expect(found('Mötet 2025.12.08 kl 10.')).toEqual([]);
    expect(found('Perioden 07.08.2027-07.11.2027.')).toEqual([]);
    expect(found('Datum 08-12-25.')).toEqual([]);
    expect(found('Tid 08.30-09.15.')).toEqual([]);
    expect(found('Tid 08.59-23.59.')).toEqual([]);
  });

  it('still finds a number next to a date, and groups that only look like a date or a time', () => {
    expect(found('Den 08.12.2025 070-174 06 05.')).toEqual(['070-174 06 05']);
    expect(found('Ring 08.465.00.41.')).toEqual(['08.465.00.41']);
    expect(found('Ring 08.24.60.41.')).toEqual(['08.24.60.41']);
    expect(found('Ring 08 13 20 41 50.')).toEqual(['08 13 20 41 50']);
    expect(found('Ring 031.12.13.14.')).toEqual(['031.12.13.14']);
    expect(found('Ring 08 32 13 2099.')).toEqual(['08 32 13 2099']);
    expect(found('Ring 08 12 00 2099.')).toEqual(['08 12 00 2099']);
  });

  it('finds a number written right before or after a date, and never reads one out of a date', () => {
    expect(found('Samtal 2025-12-08 070-174 06 05.')).toEqual(['070-174 06 05']);
    expect(found('Samtal 08.12.2025 070-174 06 05.')).toEqual(['070-174 06 05']);
    expect(found('Ring 070-174 06 05 2025-12-08.')).toEqual(['070-174 06 05']);
    expect(found('Ring 070-174 06 05 08.12.2025.')).toEqual(['070-174 06 05']);
    expect(found('Ring 070-174 06 05 2025 om det brådskar.')).toEqual(['070-174 06 05']);
    expect(found('Ring 070 174 06 05 08.12.2025.')).toEqual(['070 174 06 05']);
    expect(found('Möte 05 08 2025 12 30 i Malmö.')).toEqual([]);
    expect(found('Möte 2025 12 08 12 30 i Malmö.')).toEqual([]);
  });

  it('reads dots as a clock time only between an hour and its minutes', () => {
    expect(found('Ring 08 24.30 41 50.')).toEqual(['08 24.30 41 50']);
    expect(found('Ring 08 12.60 41 50.')).toEqual(['08 12.60 41 50']);
    expect(found('Ring 08 123.30 415.')).toEqual(['08 123.30 415']);
    expect(found('Ring 08 12.300 415.')).toEqual(['08 12.300 415']);
    expect(found('Ring 08 12.30 41 50.')).toEqual([]);
  });

  it('reads a date written with spaces as a date unless it completes a number before it', () => {
    expect(found('Rum 12 08 05 2025 12 30 bokat.')).toEqual([]);
    expect(found('Rum 0701 12.05.2025 bokat.')).toEqual([]);
    expect(found('Ring +46 70 174 06 05 2025 om det behövs.')).toEqual(['+46 70 174 06 05']);
  });

  it('reads an hour and minutes only as two digits each', () => {
    expect(found('Ring 08 001.30 415.')).toEqual(['08 001.30 415']);
    expect(found('Ring 08 12.030 415.')).toEqual(['08 12.030 415']);
  });

  it('lets a row of scores starting at zero pass', () => {
    expect(found('Poängen 0 10 20 30 40 i tur och ordning.')).toEqual([]);
  });

  it('reads 00 and 46 written as groups of their own', () => {
    expect(found('Ring 00 46 70 174 06 05.')).toEqual(['00 46 70 174 06 05']);
  });

  it('leaves a number after a reference label alone', () => {
    expect(found('Ärendenummer 070-174 06 05.')).toEqual([]);
    expect(found('Dnr: 0701740605.')).toEqual([]);
    expect(found('Ring 070-174 06 05, dnr 08-465 004 12.')).toEqual(['070-174 06 05']);
  });

  it('does not read more than a phone number has digits from a long run', () => {
    expect(found('Serie 1 2 3 4 5 6 7 8 9 10 11 12 070 174 06 05')).toEqual(['070 174 06 05']);
    expect(found('Serie 0701 7406 0512 3456 7890')).toEqual(['0701 7406']);
  });
});
