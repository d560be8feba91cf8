import { describe, expect, it } from 'vitest';
import { checkText } from '../../services/privacy/index.js';
import { isValidPersonnummer } from '../../services/privacy/personnummer.js';
import { blocking } from './helpers.js';
import { luhnCheckDigit, testNumber } from './corpus/test-personnummer.js';

const n = testNumber('20090503', 982);
const coordination = testNumber('19990412', 984, { coordination: true });
const centenarian = testNumber('19230815', 990);

describe('the personnummer package as imported under nodenext', () => {
  it('validates through the CommonJS interop in both directions', () => {
    expect(isValidPersonnummer(n.long)).toBe(true);
    expect(isValidPersonnummer(n.shortPlain)).toBe(true);
    expect(isValidPersonnummer(n.shortPlain.slice(0, 9) + String((Number(n.shortPlain[9]) + 1) % 10))).toBe(false);
  });

  it('agrees with the corpus helper on the check digit', () => {
    expect(luhnCheckDigit('811228987')).toBe(4); // Skatteverket's published example 811228-9874
    expect(isValidPersonnummer('811228-9874')).toBe(true);
  });
});

describe('personal identity numbers', () => {
  it.each([
    ['12 digits with dash', n.long],
    ['12 digits', n.longPlain],
    ['10 digits with dash', n.short],
    ['10 digits', n.shortPlain],
    ['10 digits with space', n.shortSpaced],
    ['spaced dash', n.short.replace('-', ' - ')],
    ['en dash', n.short.replace('-', '–')],
    ['coordination number', coordination.long],
    ['coordination number, short', coordination.shortPlain],
    ['plus for someone over 100', centenarian.short],
  ])('finds the %s form with exact offsets', (_form, pin) => {
    const text = `Flickan (${pin}) ska resa.`;
    expect(checkText(text).blocking).toEqual([{ kind: 'personal_identity_number', start: 9, end: 9 + pin.length }]);
  });

  it('finds it at the very start and the very end, next to punctuation', () => {
    expect(blocking(`${n.short}: gäller flickan`)).toEqual([['personal_identity_number', n.short]]);
    expect(blocking(`Gäller ${n.shortPlain}.`)).toEqual([['personal_identity_number', n.shortPlain]]);
    expect(blocking(`"${n.long}",`)).toEqual([['personal_identity_number', n.long]]);
  });

  it('treats a dashed birth date with a masked or mistyped suffix as a personal identity number', () => {
    expect(blocking('Eleven 090503-XXXX')).toEqual([['personal_identity_number', '090503-XXXX']]);
    expect(blocking('Eleven 20090503-98xx')).toEqual([['personal_identity_number', '20090503-98xx']]);
    const typo = n.short.slice(0, -1) + String((Number(n.short.slice(-1)) + 1) % 10);
    expect(blocking(`Eleven ${typo}`)).toEqual([['personal_identity_number', typo]]);
  });

  it('leaves bare ten- and twelve-digit numbers alone unless the checksum holds', () => {
    const wrong = n.shortPlain.slice(0, 9) + String((Number(n.shortPlain[9]) + 1) % 10);
    expect(blocking(`Fakturanummer ${wrong}`)).toEqual([]);
    expect(blocking(`Ärende 20${wrong}`)).toEqual([]);
    expect(blocking('OCR 1234567890, organisationsnummer 556677-8899')).toEqual([]);
  });

  it('believes the label: "personnummer" before a date-shaped number flags it even with a bad checksum', () => {
    const wrong = n.shortPlain.slice(0, 9) + String((Number(n.shortPlain[9]) + 1) % 10);
    expect(blocking(`personnummer ${wrong}`)).toEqual([['personal_identity_number', wrong]]);
  });

  it('believes a label in the middle of a sentence, short labels and their separators', () => {
    const wrong = n.shortPlain.slice(0, 9) + String((Number(n.shortPlain[9]) + 1) % 10);
    for (const label of ['Hennes personnummer är', 'Flickans pnr', 'hennes snr', 'pnr', 'p-nr', 'person nr', 'personnumret', 'samordningsnummer', 'p nr:']) {
      expect(blocking(`${label} ${wrong} enligt skolan.`)).toEqual([['personal_identity_number', wrong]]);
    }
  });

  it('finds a number followed by a dash, but not one that runs on into more digits', () => {
    expect(blocking(`Gäller ${n.short}- och syskon`)).toEqual([['personal_identity_number', n.short]]);
    expect(blocking(`Gäller ${n.short}+1`)).toEqual([]);
  });

  it('does not read impossible dates as birth dates', () => {
    expect(blocking('Nummer 091332-1234 och 20091340-1234')).toEqual([]);
  });

  it('leaves a ten-digit mobile number to the phone detector when the text says phone', () => {
    // Someone born 2007-01-23 has a number that is also a valid mobile number.
    const both = `070123123${luhnCheckDigit('070123123')}`;
    expect(isValidPersonnummer(both)).toBe(true);
    expect(blocking(`Ring mamman på ${both}`)).toEqual([['phone_number', both]]);
    expect(blocking(`Gäller ${both}`)).toEqual([['personal_identity_number', both]]);
    expect(blocking(`Mamman, ring henne på ${both}`)).toEqual([['phone_number', both]]);
    // Only a number that could be a mobile number is left to the phone detector.
    const mother = testNumber('19850101', 981);
    expect(blocking(`Ring mamman om ${mother.shortPlain}`)).toEqual([['personal_identity_number', mother.shortPlain]]);
    // Written with the personnummer's space it is a personnummer, whatever the sentence says.
    const spaced = `${both.slice(0, 6)} ${both.slice(6)}`;
    expect(blocking(`Ring mamman, ${spaced}`)).toEqual([['personal_identity_number', spaced]]);
  });
});
