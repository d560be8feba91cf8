// The bot reads Sweden's holiday rules extracted from date-holidays (services/time/data/), not
// the whole library: the two must name the same days. After upgrading date-holidays, rerun
// `node scripts/extract-holidays.mjs` when this fails.

import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { holidaysFromRules, swedishHolidaysIn } from '../../services/time/swedish-holidays.js';
import { SE_HOLIDAY_TABLE, SE_HOLIDAY_TABLE_FROM } from '../../services/time/data/se-holiday-table.js';

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

  it('are tabulated for the years a running bot asks about, as the rules give them (rerun scripts/tabulate-holidays.mjs when this fails)', () => {
    const last = SE_HOLIDAY_TABLE_FROM + SE_HOLIDAY_TABLE.length - 1;
    expect(SE_HOLIDAY_TABLE_FROM).toBeLessThanOrEqual(2000);
    expect(last).toBeGreaterThanOrEqual(2100);
    for (let year = SE_HOLIDAY_TABLE_FROM; year <= last; year++) {
      const fromRules = [...holidaysFromRules(year).values()].sort((a, b) => (a.date < b.date ? -1 : 1));
      expect(swedishHolidaysIn(year), String(year)).toEqual(fromRules);
    }
  });

  it('come from the rules for a year outside the table', () => {
    expect(swedishHolidaysIn(2150).map((h) => h.name)).toContain('midsommarafton');
    expect(swedishHolidaysIn(2150)).toEqual([...holidaysFromRules(2150).values()].sort((a, b) => (a.date < b.date ? -1 : 1)));
    expect(swedishHolidaysIn(1950).find((h) => h.date === '1950-12-25')).toMatchObject({ name: 'juldagen', kind: 'public-holiday' });
  });
});
