// The bot reads Sweden's holiday rules extracted from date-holidays (services/time/data/), not
// the whole library: the two must name the same days. After upgrading date-holidays, rerun
// `node scripts/extract-holidays.mjs` when this fails.

import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { swedishHolidaysIn } from '../../services/time/swedish-holidays.js';

describe('Swedish holidays from the extracted rules', () => {
  it('are the days the whole date-holidays library names, 1990–2060', () => {
    const library = new Holidays('SE', { languages: ['sv'] });
    for (let year = 1990; year <= 2060; year++) {
      const fromLibrary = library
        .getHolidays(year, 'sv')
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10));
      const ours = swedishHolidaysIn(year).filter((h) => h.kind === 'public-holiday').map((h) => h.date as string);
      expect(ours, String(year)).toEqual([...new Set(fromLibrary)].sort());
    }
  });

  it('include the eves offices close on', () => {
    expect(swedishHolidaysIn(2026).filter((h) => h.kind === 'closed-eve').map((h) => h.name)).toEqual(['påskafton', 'midsommarafton', 'julafton', 'nyårsafton']);
  });
});
