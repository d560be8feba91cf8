import { describe, expect, it } from 'vitest';
import { COMMON_WORDS } from '../../services/privacy/data/common-words.js';
import { AMBIGUOUS_NAMES, FIRST_NAMES } from '../../services/privacy/data/first-names.js';
import { COUNTIES } from '../../services/directory/data/counties.js';
import { PLACE_NAMES } from '../../services/privacy/detectors/places.js';
import { checkText, isClean } from '../../services/privacy/index.js';
import { INSTITUTIONS } from '../../services/privacy/safe-terms.js';

describe('word lists', () => {
  it('holds a few hundred first names, all capitalised single words', () => {
    expect(FIRST_NAMES.size).toBeGreaterThanOrEqual(400);
    for (const name of FIRST_NAMES) expect(name).toMatch(/^\p{Lu}[\p{Ll}\p{M}]+$/u);
  });

  it('only marks listed names as ambiguous', () => {
    expect([...AMBIGUOUS_NAMES].filter((n) => !FIRST_NAMES.has(n))).toEqual([]);
  });

  it('marks every name that is also an everyday word as ambiguous', () => {
    expect([...FIRST_NAMES].filter((n) => COMMON_WORDS.has(n.toLowerCase()) && !AMBIGUOUS_NAMES.has(n))).toEqual([]);
  });

  it('marks every name that is also a municipality as ambiguous', () => {
    expect([...FIRST_NAMES].filter((n) => PLACE_NAMES.has(n) && !AMBIGUOUS_NAMES.has(n))).toEqual([]);
  });
});

describe('places and institutions', () => {
  it('never flags a municipality or county name', () => {
    const flagged = [...PLACE_NAMES, ...COUNTIES.map((c) => c.name)].flatMap((place) =>
      [`Ärendet gäller en familj i ${place}.`, `${place} kommun har anmält oro.`, `Socialtjänsten i ${place} och Polisen i ${place} samverkar.`]
        .filter((text) => !isClean(checkText(text))),
    );
    expect(flagged).toEqual([]);
  });

  it('lists only institutions whose names contain a listed first name', () => {
    for (const phrase of INSTITUTIONS) {
      expect(phrase.split(/[\s:]+/).some((w) => FIRST_NAMES.has(w) || FIRST_NAMES.has(w.replace(/s$/, '')))).toBe(true);
    }
  });
});
