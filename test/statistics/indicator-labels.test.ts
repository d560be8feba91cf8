// Every figure a coordinator sees is named in words, in both languages: a code in a card, the
// tab or a CSV's label column is a missing label, not a feature.
import { describe, expect, it } from 'vitest';
import { indicatorLabel } from '../../cards/i18n/indicator-labels.js';
import { allIndicatorCodes } from '../../services/statistics/indicators.js';

describe('indicator labels', () => {
  for (const locale of ['sv', 'en'] as const) {
    it(`name every indicator code in ${locale}, and no two alike`, () => {
      const codes = allIndicatorCodes();
      const missing = codes.filter((code) => !indicatorLabel(locale, code));
      expect(missing).toEqual([]);
      const labels = codes.map((code) => indicatorLabel(locale, code)!);
      expect(labels.filter((label) => /\bga\d\.|_/.test(label))).toEqual([]);
      expect(new Set(labels).size).toBe(labels.length);
    });
  }

  it('say what a share is of, and give durations their unit', () => {
    expect(indicatorLabel('sv', 'ga2.violence.fgm.share')).toBe('Våldsform: Könsstympning (andel)');
    expect(indicatorLabel('en', 'ga2.violence.fgm.share')).toBe('Form of violence: Female genital mutilation (share)');
    expect(indicatorLabel('sv', 'ga2.hours_to_claim.median')).toContain('timmar');
    expect(indicatorLabel('en', 'ga2.hours_to_answer.median')).toContain('hours');
    expect(indicatorLabel('sv', 'ga2.age.27_plus')).toBe('Ålder: 27 år eller äldre');
  });

  it('leave an unknown code unnamed rather than guess', () => {
    expect(indicatorLabel('sv', 'ga9.nothing')).toBeUndefined();
    expect(indicatorLabel('sv', 'ga9.nothing.share')).toBeUndefined();
  });
});
