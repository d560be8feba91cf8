// Every indicator this work added has a readable name in Swedish and English, and no name
// is left for a code that does not exist.
import { describe, expect, it } from 'vitest';
import { enIndicatorsCase } from '../../cards/i18n/en-indicators-case.js';
import { svIndicatorsCase } from '../../cards/i18n/sv-indicators-case.js';
import { allIndicatorCodes, CASE_WORK_INDICATORS } from '../../services/statistics/indicators.js';

const added = allIndicatorCodes().filter((code) => /^ga2\.(contacts_per_case|stage|transfers)\./.test(code) || (CASE_WORK_INDICATORS as readonly string[]).includes(code));

describe('labels of the case-work indicators', () => {
  it.each([['sv', svIndicatorsCase], ['en', enIndicatorsCase]] as const)('%s: one per code, none for unknown codes', (_lang, labels) => {
    expect(added.length).toBeGreaterThan(20);
    expect(Object.keys(labels).sort()).toEqual([...added].sort());
    for (const label of Object.values(labels)) expect(label).toMatch(/^[A-ZÅÄÖ]/);
  });
});
