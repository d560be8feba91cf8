// Properties of the identifier check over generated input (fast-check, fixed seed, so every
// run checks the same cases): an identity or phone number in any written form inside
// ordinary text is blocked; ordinary text full of public numbers is not; hostile input of
// bounded size always gets a well-formed answer (the adversarial shapes that once took
// seconds are here at their full 10 000 characters, and report:privacy prints the times);
// and the one-byte copy the check reads (one-byte.ts) changes no finding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../services/privacy/index.js';
import { asOneByte } from '../../services/privacy/one-byte.js';
import { findDatesOfBirth } from '../../services/privacy/detectors/date-of-birth.js';
import { findEmailAddresses } from '../../services/privacy/detectors/email-address.js';
import { findObfuscatedNumbers } from '../../services/privacy/detectors/obfuscated-numbers.js';
import { findPersonalIdentityNumbers } from '../../services/privacy/detectors/personal-identity-number.js';
import { findPersonalNames } from '../../services/privacy/detectors/personal-name.js';
import { findPhoneNumbers } from '../../services/privacy/detectors/phone-number.js';
import { findPostcodes } from '../../services/privacy/detectors/postcode.js';
import { findSchoolNames } from '../../services/privacy/detectors/school-name.js';
import { findStreetAddresses } from '../../services/privacy/detectors/street-address.js';
import { findWorkplaceNames } from '../../services/privacy/detectors/workplace-name.js';
import { CLEAN } from './corpus/clean.js';
import { testNumber } from './corpus/test-personnummer.js';

const RUNS = { seed: 20261201, numRuns: 150 };
const pad = (n: number) => String(n).padStart(2, '0');

/** Clean sentences to put an identifier between; none holds a number that could join it. */
const sentence = fc.constantFrom(...CLEAN.filter((t) => !/\d/.test(t)));
const around = (inner: fc.Arbitrary<string>) =>
  fc.tuple(fc.array(sentence, { maxLength: 2 }), inner, fc.array(sentence, { maxLength: 2 }), fc.constantFrom('Uppgift: ', 'Ring ', 'Hon uppgav ', '(', ''), fc.constantFrom('.', ',', ')', ' i går.', ''))
    .map(([before, x, after, lead, tail]) => [...before, `${lead}${x}${tail}`, ...after].join(' '));

// Phone numbers from PTS's ranges for fiction, as groups.
const phoneGroups = fc.oneof(
  fc.integer({ min: 5, max: 99 }).map((n) => ['070', '174', '06', pad(n)]),
  fc.integer({ min: 0, max: 99 }).map((n) => ['08', '465', '004', pad(n)]),
  fc.integer({ min: 0, max: 99 }).map((n) => ['031', '390', '06', pad(n)]),
  fc.integer({ min: 0, max: 99 }).map((n) => ['0980', '319', String(200 + n)]),
);
const separator = fc.constantFrom(' ', '-', '.', '/', ' - ', ' / ', '\u2013', '\u00a0');
const phone = fc
  .tuple(phoneGroups, fc.array(separator, { minLength: 3, maxLength: 3 }), fc.constantFrom('national', '+46', '+46 (0)', '0046', '(area)', 'compact', 'spaced'))
  .map(([[area, ...rest], seps, prefix]) => {
    const joined = (head: string) => head + rest.map((g, i) => `${seps[i]}${g}`).join('');
    if (prefix === '+46') return joined(`+46 ${area!.slice(1)}`);
    if (prefix === '+46 (0)') return joined(`+46 (0)${area!.slice(1)}`);
    if (prefix === '0046') return joined(`0046 ${area!.slice(1)}`);
    if (prefix === '(area)') return `(${area}) ${rest.join(seps[1]!)}`;
    if (prefix === 'compact') return [area, ...rest].join('');
    if (prefix === 'spaced') return [area, ...rest].join('').split('').join(' ');
    return joined(area!);
  });

const identityNumber = fc
  .tuple(fc.integer({ min: 1930, max: 2020 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 980, max: 999 }), fc.boolean())
  .chain(([y, m, d, serial, coordination]) => {
    const n = testNumber(`${y}${pad(m)}${pad(d)}`, serial, { coordination });
    return fc.constantFrom(n.long, n.short, n.longPlain, n.shortPlain, n.shortSpaced, n.shortPlain.split('').join(' '), n.long.replace('-', ' - '));
  });

// Public numbers and references that identify no one.
const publicNumber = fc.oneof(
  fc.constantFrom('Ring 112 vid fara', '114 14 till polisen', 'Vård: 1177', 'BRIS 116 111', 'Kvinnofridslinjen 020-50 50 50', 'Kris: 113 13'),
  fc.tuple(fc.integer({ min: 1, max: 29 }), fc.integer({ min: 1, max: 30 })).map(([k, p]) => `enligt ${k} kap. ${p} § SoL`),
  fc.integer({ min: 1, max: 12 }).map((p) => `${p} § LVU`),
  fc.tuple(fc.integer({ min: 2020, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `möte ${y}-${pad(m)}-${pad(d)} kl. ${pad(8 + (d % 9))}:${pad((m % 4) * 15)}`),
  fc.integer({ min: 1, max: 52 }).map((w) => `vecka ${w}`),
  fc.integer({ min: 1, max: 9 }).map((g) => `årskurs ${g}`),
  fc.integer({ min: 1, max: 400 }).map((r) => `rum ${r} på plan ${1 + (r % 8)}`),
  fc.integer({ min: 1, max: 99 }).map((r) => `väg ${r}`),
  fc.integer({ min: 2, max: 5000 }).map((n) => `${String(n * 250).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} kronor`),
  fc.tuple(fc.integer({ min: 2019, max: 2026 }), fc.integer({ min: 1, max: 9999 })).map(([y, n]) => `dnr ${y}/${String(n).padStart(4, '0')}`),
  fc.integer({ min: 2, max: 90 }).map((n) => `${n} deltagare`),
);

const blockedKinds = (text: string) => checkText(text).blocking.map((f) => f.kind);

describe('identifiers in any written form inside ordinary text', () => {
  it('blocks every phone number, whatever separates its groups', () => {
    fc.assert(fc.property(around(phone), (text) => {
      expect(blockedKinds(text)).not.toEqual([]);
    }), RUNS);
  });

  it('blocks every personnummer and samordningsnummer as one', () => {
    fc.assert(fc.property(around(identityNumber), (text) => {
      expect(blockedKinds(text)).toContain('personal_identity_number');
    }), RUNS);
  });
});

describe('ordinary text full of public numbers', () => {
  it('is never blocked', () => {
    const text = fc.tuple(fc.array(sentence, { maxLength: 3 }), fc.array(publicNumber, { minLength: 1, maxLength: 4 })).map(([s, n]) => [...s, `${n.join(', ')}.`].join(' '));
    fc.assert(fc.property(text, (t) => {
      expect(blockedKinds(t)).toEqual([]);
    }), RUNS);
  });
});

describe('hostile input of bounded size', () => {
  const wellFormed = (text: string) => {
    const { blocking, warnings } = checkText(text);
    for (const list of [blocking, warnings]) {
      list.forEach((f, i) => {
        expect(0 <= f.start && f.start < f.end && f.end <= text.length).toBe(true);
        if (i > 0) expect(f.start).toBeGreaterThanOrEqual(list[i - 1]!.end);
      });
    }
  };

  it('answers every mix of digits, separators, letters and "at"s with findings inside the text', () => {
    const pieces = fc.constantFrom('0', '7', '1', ' ', '-', '.', '/', '(', ')', '+', '@', ' at ', ' punkt ', 'a', 'Å', 'noll ', 'sju ', 'på ', 'Storgatan ', '\u2013', '’');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 600 }).map((p) => p.join('')), wellFormed), { ...RUNS, numRuns: 100 });
  });

  it.each([
    ['1 ', 5000], ['0-', 5000], ['070 ', 2500], ['7', 10000], ['Storgatan 1 ', 800], ['+4', 5000], ['(0', 5000], ['a.', 5000],
    ['a@', 5000], ['a  \t@ ', 2500], ['a   punkt ', 1500], ['noll sju ', 1100], ['a at b ', 1400], ['på Abc ', 1400], ['0.', 5000], ['123 45 ', 1400], ['Abc Def Ghi ', 800],
  ])('answers "%s" repeated %i times', (piece, times) => {
    wellFormed(piece.repeat(times));
  });
});

describe('the one-byte copy the check reads', () => {
  const DETECTORS = [findPersonalIdentityNumbers, findPhoneNumbers, findObfuscatedNumbers, findEmailAddresses, findStreetAddresses, findPostcodes, findDatesOfBirth, findPersonalNames, findSchoolNames, findWorkplaceNames];

  it('keeps length, and every finding, for text with typographic quotes, bullets, symbols and emoji', () => {
    const word = fc.constantFrom(...CLEAN.join(' ').split(/\s+/).slice(0, 400), 'Amina', 'bor', 'på', 'Storgatan', '12', '070-174 06 05', 'amina@example.com');
    const mark = fc.constantFrom('’', '“', '”', '•', '€', '→', '🙂', '✓');
    const text = fc.array(fc.tuple(word, fc.option(mark, { nil: '' })), { minLength: 1, maxLength: 40 }).map((w) => w.map(([a, b]) => (b ? `${a} ${b}` : a)).join(' '));
    fc.assert(
      fc.property(text, (t) => {
        const copy = asOneByte(t);
        expect(copy.length).toBe(t.length);
        for (const detect of DETECTORS) expect(detect(copy)).toEqual(detect(t));
      }),
      RUNS,
    );
  });

  it('is the text itself when a letter outside Latin-1 matters, as in a name', () => {
    const text = 'Ayşe – 15 år – bor hos mamman.';
    expect(asOneByte(text)).toBe(text);
  });
});
