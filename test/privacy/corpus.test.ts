// The check against the corpora: every identifying text caught with every expected
// kind (apart from the documented known misses), no clean text blocked, and warnings
// on clean texts kept rare. scripts/privacy-report.ts prints the same numbers.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../services/privacy/index.js';
import { CLEAN } from './corpus/clean.js';
import { IDENTIFYING, type IdentifyingSample } from './corpus/identifying.js';
import { cleanNumberVariants, identifyingVariants } from './corpus/variants.js';
import { cleanProfessionalTexts } from './corpus/clean-professional.js';
import { generatedForms } from './corpus/generated-forms.js';

function misses(samples: readonly IdentifyingSample[]): string[] {
  return samples.flatMap(({ text, expect: kinds }) => {
    const check = checkText(text);
    const found = new Set([...check.blocking, ...check.warnings].map((f) => f.kind));
    return kinds.filter((k) => !found.has(k)).map((k) => `${k}: ${text}`);
  });
}

function falseAlarms(texts: readonly string[], which: 'blocking' | 'warnings'): string[] {
  return texts.flatMap((text) => checkText(text)[which].map((f) => `${f.kind} "${text.slice(f.start, f.end)}" in: ${text}`));
}

describe('identifying corpus', () => {
  it('has at least 150 texts', () => {
    expect(IDENTIFYING.length).toBeGreaterThanOrEqual(150);
  });

  it('catches every expected kind in every text not marked as a known miss', () => {
    expect(misses(IDENTIFYING.filter((s) => s.knownMiss === undefined))).toEqual([]);
  });

  it('misses exactly the documented known misses, all of them warnings', () => {
    const known = IDENTIFYING.filter((s) => s.knownMiss !== undefined);
    expect(misses(known)).toEqual(known.flatMap((s) => s.expect.map((k) => `${k}: ${s.text}`)));
    expect(known.flatMap((s) => s.expect).every((k) => ['personal_name', 'school_name', 'workplace_name'].includes(k))).toBe(true);
    // Overall catch rate including the known misses.
    expect(1 - known.length / IDENTIFYING.length).toBeGreaterThanOrEqual(0.98);
  });
});

describe('clean corpus', () => {
  it('has at least 150 texts', () => {
    expect(CLEAN.length).toBeGreaterThanOrEqual(150);
  });

  it('blocks none of them', () => {
    expect(falseAlarms(CLEAN, 'blocking')).toEqual([]);
  });

  it('warns on at most 2 % of them', () => {
    const warned = CLEAN.filter((text) => checkText(text).warnings.length > 0);
    expect(warned.length / CLEAN.length, falseAlarms(warned, 'warnings').join('\n')).toBeLessThanOrEqual(0.02);
  });
});

describe('generated variants', () => {
  it('catch every form of every identifier in every position', () => {
    expect(misses(identifyingVariants())).toEqual([]);
  });

  it('never block or warn on numbers that are not identifiers', () => {
    const texts = cleanNumberVariants();
    expect(falseAlarms(texts, 'blocking')).toEqual([]);
    expect(falseAlarms(texts, 'warnings')).toEqual([]);
  });
});

describe('the written forms of issue #20', () => {
  it('blocks every generated variant: separator styles, postcodes anywhere, addresses by shape, obfuscations', () => {
    const samples = generatedForms();
    expect(samples.length).toBeGreaterThanOrEqual(1000);
    expect(samples.filter((s) => checkText(s.text).blocking.length === 0).map((s) => `${s.form}: ${s.text}`)).toEqual([]);
  });

  it('blocks at most 1 % of 300+ professional texts full of numbers that identify no one', () => {
    const texts = cleanProfessionalTexts();
    expect(texts.length).toBeGreaterThanOrEqual(300);
    const blocked = texts.filter((text) => checkText(text).blocking.length > 0);
    expect(blocked.length / texts.length, falseAlarms(blocked, 'blocking').join('\n')).toBeLessThanOrEqual(0.01);
  });
});
