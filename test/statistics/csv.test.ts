// The CSV export as Excel in Swedish settings needs it, checked byte by byte where it matters.

import { describe, expect, it } from 'vitest';
import { csvNaming } from '../../cards/i18n/indicator-labels.js';
import { toCsv } from '../../services/statistics/csv.js';
import { resolvePeriod } from '../../services/statistics/period.js';
import type { Figure, StatisticsReport } from '../../services/statistics/types.js';

const figures: Figure[] = [
  { indicator: 'ga1.self_referrals', goalArea: 1, unit: 'count', value: 64, display: '64', suppressed: false, group: 'ga2.sector' },
  { indicator: 'ga2.cases', goalArea: 2, unit: 'count', value: 12345, display: '12 345', suppressed: false },
  { indicator: 'ga2.violence.control.share', goalArea: 2, unit: 'percent', value: 54.1, display: '54 %', suppressed: false, denominator: 353, group: 'ga2.violence', multiSelect: true },
  { indicator: 'ga2.sector.police', goalArea: 2, unit: 'count', value: null, display: '<5', suppressed: true, hiddenBecause: 'small_count', group: 'ga2.sector' },
  { indicator: 'ga2.sector.school', goalArea: 2, unit: 'count', value: null, display: '..', suppressed: true, hiddenBecause: 'complementary', group: 'ga2.sector' },
  { indicator: 'ga2.hours_to_claim.median', goalArea: 2, unit: 'hours', value: null, display: '–', suppressed: false, denominator: 0 },
  { indicator: 'ga2.helpfulness.mean', goalArea: 2, unit: 'mean', value: 4.25, display: '4,3', suppressed: false, denominator: 8 },
];

function report(scope: StatisticsReport['scope']): StatisticsReport {
  return {
    scope,
    period: resolvePeriod({ kind: 'quarter', year: 2026, index: 1 }),
    exact: false,
    generatedAt: '2026-04-02T08:00:00.000Z',
    figures,
    groups: [],
    coverage: null,
    notComputable: [],
    unreadableRecords: 0,
  };
}

const gbg = report({ kind: 'rc', rcId: 'resursteam-heder-goteborg', shortCode: 'GBG', name: 'Resursteam heder, Göteborgs Stad' });

describe('CSV export', () => {
  it('starts with a byte-order mark and ends every line, the last included, with CRLF', () => {
    const csv = toCsv(gbg);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('has the Swedish columns and one semicolon-separated row per figure: the code beside its Swedish name', () => {
    const lines = toCsv(gbg, csvNaming('sv')).slice(1).split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe('RC;Period;Målområde;Indikator;Benämning;Värde');
    expect(lines).toHaveLength(1 + figures.length);
    expect(lines.slice(1)).toEqual([
      'Resursteam heder, Göteborgs Stad;2026K1;1;ga1.self_referrals;Sektor: Den utsatta själv (egen kontakt);64',
      'Resursteam heder, Göteborgs Stad;2026K1;2;ga2.cases;Ärenden;12345',
      'Resursteam heder, Göteborgs Stad;2026K1;2;ga2.violence.control.share;Våldsform: Kontroll, begränsat livsutrymme (andel) (flerval);54,1',
      'Resursteam heder, Göteborgs Stad;2026K1;2;ga2.sector.police;Sektor: Polis;<5',
      'Resursteam heder, Göteborgs Stad;2026K1;2;ga2.sector.school;Sektor: Skola/elevhälsa;..',
      'Resursteam heder, Göteborgs Stad;2026K1;2;ga2.hours_to_claim.median;Tid till tagen, median (timmar);',
      'Resursteam heder, Göteborgs Stad;2026K1;2;ga2.helpfulness.mean;Rådet var till hjälp, medelvärde (1–5);4,25',
    ]);
  });

  it('names the rows in English for an English reader, codes and columns unchanged', () => {
    const lines = toCsv(gbg, csvNaming('en')).slice(1).split('\r\n');
    expect(lines[0]).toBe('RC;Period;Målområde;Indikator;Benämning;Värde');
    expect(lines).toContain('Resursteam heder, Göteborgs Stad;2026K1;2;ga2.hours_to_claim.median;Time to claim, median (hours);');
    expect(lines).toContain('Resursteam heder, Göteborgs Stad;2026K1;2;ga2.violence.control.share;Form of violence: Control, restricted life (share) (multiple choice);54,1');
  });

  it('quotes cells with separators, quotes or line breaks, and defuses formulas', () => {
    const odd = report({ kind: 'rc', rcId: 'x', shortCode: 'XX', name: 'Team "Syd"; Malmö' });
    const labels: Record<string, string> = { 'ga2.cases': '=SUM(A1)', 'ga1.self_referrals': 'Egen kontakt\r\n(utsatt)' };
    const csv = toCsv(odd, { indicatorLabel: (code) => labels[code] });
    expect(csv).toContain('\r\n"Team ""Syd""; Malmö";2026K1;1;ga1.self_referrals;"Egen kontakt\r\n(utsatt)";64\r\n');
    expect(csv).toContain(";'=SUM(A1);12345\r\n");
  });

  it('names the national view, and labels indicators from the catalogue when given', () => {
    const national = report({ kind: 'all', rcIds: ['a', 'b'] });
    const csv = toCsv(national, { indicatorLabel: (code) => (code === 'ga2.cases' ? 'Antal ärenden' : undefined) });
    expect(csv).toContain('\r\nAlla RC;2026K1;2;ga2.cases;Antal ärenden;12345\r\n');
    expect(csv).toContain('\r\nAlla RC;2026K1;1;ga1.self_referrals;ga1.self_referrals;64\r\n');
  });
});
