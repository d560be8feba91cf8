// Every training indicator a report carries has a name in both languages, and no name is
// left for a code the report no longer carries.
import { describe, expect, it } from 'vitest';
import { enIndicatorsTraining } from '../../cards/i18n/en-indicators-training.js';
import { svIndicatorsTraining } from '../../cards/i18n/sv-indicators-training.js';
import { trainingIndicatorCodes } from '../../services/statistics/indicators.js';

describe('training indicator labels', () => {
  it.each([['sv', svIndicatorsTraining], ['en', enIndicatorsTraining]])('%s names exactly the codes a report carries', (_lang, labels) => {
    expect(Object.keys(labels).sort()).toEqual(trainingIndicatorCodes().sort());
    expect(Object.values(labels).every((label) => label.trim() !== '')).toBe(true);
  });
});
