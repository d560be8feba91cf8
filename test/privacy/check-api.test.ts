import { describe, expect, it } from 'vitest';
import { checkText, isClean, redact, REDACTION_TAGS } from '../../services/privacy/index.js';
import type { Finding } from '../../services/privacy/index.js';
import { mergeOverlapping, toPrivacyCheck } from '../../services/privacy/merge.js';
import { CLEAN } from './corpus/clean.js';
import { blocking, warnings } from './helpers.js';

describe('checkText', () => {
  it('returns empty lists for empty and clean text', () => {
    expect(checkText('')).toEqual({ blocking: [], warnings: [] });
    expect(checkText('   \n ')).toEqual({ blocking: [], warnings: [] });
    expect(checkText(CLEAN[0]!)).toEqual({ blocking: [], warnings: [] });
  });

  it('returns findings in text order with offsets into the original string', () => {
    const text = 'Amina (090503-9822) bor på Storgatan 12 och nås på 070-174 06 05.';
    const check = checkText(text);
    expect(check.blocking.map((f) => [f.kind, f.start, f.end])).toEqual([
      ['personal_identity_number', 7, 18],
      ['street_address', 27, 39],
      ['phone_number', 51, 64],
    ]);
    expect(check.warnings).toEqual([{ kind: 'personal_name', start: 0, end: 5 }]);
  });

  it('keeps offsets right after emoji and decomposed letters', () => {
    const text = 'Hon 😟 bor på Bjo\u0308rkvägen 7, ring 070-174 06 05';
    const found = checkText(text).blocking.map((f) => text.slice(f.start, f.end));
    expect(found).toEqual(['Bjo\u0308rkvägen 7', '070-174 06 05']);
  });

  it('drops a warning that lies inside a blocking finding', () => {
    expect(checkText('Hon bor på Drottning Kristinas väg 14.').warnings).toEqual([]);
  });

  it('drops findings inside knownSafeTerms, blocking ones included', () => {
    const text = 'Ring RC:s funktionsnummer 010-123 45 67 eller Una på 070-174 06 05.';
    expect(blocking(text)).toHaveLength(2);
    expect(blocking(text, { knownSafeTerms: ['010-123 45 67'] })).toEqual([['phone_number', '070-174 06 05']]);
    expect(warnings('Prata med Elin på RC.', { knownSafeTerms: ['elin'] })).toEqual([]);
    expect(blocking(text, { knownSafeTerms: ['', '  '] })).toHaveLength(2);
  });

  it('matches knownSafeTerms written with typographic dashes in a text that has them, with or without letters beyond Latin-1', () => {
    const text = 'Ring RC:s funktionsnummer 010\u2013123 45 67 eller Una på 070\u2013174 06 05.';
    expect(blocking(text, { knownSafeTerms: ['010\u2013123 45 67'] })).toEqual([['phone_number', '070\u2013174 06 05']]);
    const wide = 'Ayşe ringer RC:s funktionsnummer 010\u2013123 45 67 eller Una på 070\u2013174 06 05.';
    expect(blocking(wide, { knownSafeTerms: ['010\u2013123 45 67'] })).toContainEqual(['phone_number', '070\u2013174 06 05']);
    expect(blocking(wide, { knownSafeTerms: ['010\u2013123 45 67'] }).map(([, found]) => found)).not.toContain('010\u2013123 45 67');
  });

  it('calls a text with only a blocking finding, or only a warning, not clean', () => {
    expect(isClean(checkText('Ring 070-174 06 05.'))).toBe(false);
    expect(isClean(checkText('Vi träffade Fatima.'))).toBe(false);
    expect(isClean(checkText('Vi träffades i går.'))).toBe(true);
  });

});

describe('merging', () => {
  const f = (kind: Finding['kind'], start: number, end: number): Finding => ({ kind, start, end });

  it('joins overlapping findings and keeps the more specific kind', () => {
    expect(mergeOverlapping([f('exact_date_of_birth', 5, 13), f('personal_identity_number', 5, 18)])).toEqual([
      f('personal_identity_number', 5, 18),
    ]);
    expect(mergeOverlapping([f('postcode', 10, 16), f('phone_number', 0, 12)])).toEqual([f('phone_number', 0, 16)]);
  });

  it('keeps touching findings apart and sorts by position', () => {
    expect(mergeOverlapping([f('postcode', 5, 10), f('street_address', 0, 5)])).toEqual([
      f('street_address', 0, 5),
      f('postcode', 5, 10),
    ]);
  });

  it('separates blocking from warnings', () => {
    expect(toPrivacyCheck([f('personal_name', 0, 5), f('email_address', 10, 20), f('personal_name', 12, 15)])).toEqual({
      blocking: [f('email_address', 10, 20)],
      warnings: [f('personal_name', 0, 5)],
    });
  });
});

describe('redact and isClean', () => {
  it('replaces each finding with its tag', () => {
    const text = 'Amina, född 3 maj 2009, går på Vasaskolan, tel 070-174 06 05.';
    expect(redact(text, checkText(text))).toBe('[namn], född [födelsedatum], går på [skola], tel [telefonnummer].');
  });

  it('accepts a plain list, custom tags, and ignores out-of-range findings', () => {
    const tags = { ...REDACTION_TAGS, phone_number: '[phone]' };
    expect(redact('ring 070-174 06 05', checkText('ring 070-174 06 05').blocking, tags)).toBe('ring [phone]');
    expect(redact('kort', [{ kind: 'postcode', start: 2, end: 40 }])).toBe('kort');
    expect(redact('abcdef', [{ kind: 'postcode', start: 1, end: 3 }, { kind: 'phone_number', start: 2, end: 5 }])).toBe(
      'a[telefonnummer]f',
    );
  });

  it('tells whether anything was found', () => {
    expect(isClean(checkText('Flicka 15 år, orosanmälan enligt 14 kap. 1 § SoL.'))).toBe(true);
    expect(isClean(checkText('Vi träffade Fatima.'))).toBe(false);
  });
});
