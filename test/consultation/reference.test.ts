// Human references: the RC's short code, the Swedish year, at least four digits.

import { describe, expect, it } from 'vitest';
import { formatReference, referenceYear } from '../../services/consultation/reference.js';

describe('references', () => {
  it('pads the sequence to four digits and grows a fifth when a year needs it', () => {
    expect(formatReference('GBG', 2026, 7)).toBe('GBG-2026-0007');
    expect(formatReference('UNA', 2026, 12345)).toBe('UNA-2026-12345');
    expect(formatReference('GBG', 2026, 1)).toBe('GBG-2026-0001');
    expect(() => formatReference('GBG', 2026, 0)).toThrow(new RangeError('sequence must be a positive integer, got 0'));
    expect(() => formatReference('GBG', 2026, 1.5)).toThrow(RangeError);
  });

  it("counts New Year's night by Stockholm's clock", () => {
    expect(referenceYear(new Date('2026-12-31T22:59:59Z'))).toBe(2026);
    expect(referenceYear(new Date('2026-12-31T23:00:00Z'))).toBe(2027);
  });
});
