// Replay of the seeds' published 2020 tables: records with exactly the published proportions
// go into each store, and the RC's own report prints the published percentages back.

import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../services/statistics/format.js';
import { useStores } from '../helpers/stores.js';
import { figure, insertRecords, own, rc, reportOf, statistics } from './helpers.js';
import { GAVLEBORG_2020, GOTEBORG_2020, type PublishedTable } from './published-2020.js';
import { countFor, replayRecords } from './replay-records.js';

const stores = useStores();

/** Every whole percentage some count of n cases prints as. */
function printablePercents(n: number): Set<string> {
  return new Set(Array.from({ length: n + 1 }, (_, k) => formatPercent((100 * k) / n)));
}

describe('the published tables as data', () => {
  it('Göteborg: every published percentage is a share of the 353 cases', () => {
    const printable = printablePercents(GOTEBORG_2020.cases.n);
    for (const share of GOTEBORG_2020.shares) {
      expect(share.notACaseShare, share.indicator).toBeUndefined();
      expect(printable.has(`${share.percent} %`), share.indicator).toBe(true);
    }
  });

  it('Gävleborg: the shares flagged as another base are exactly those no count of 22 cases gives', () => {
    const printable = printablePercents(GAVLEBORG_2020.cases.n);
    const unreachable = GAVLEBORG_2020.shares.filter((s) => !printable.has(`${s.percent} %`)).map((s) => s.indicator);
    const flagged = GAVLEBORG_2020.shares.filter((s) => s.notACaseShare).map((s) => s.indicator);
    expect(flagged).toEqual(unreachable);
    // 10 + 77 + 10 + 3 = 100 % of initiators, yet 2.2 cases cannot have called: the base was not the 22 cases.
    expect(flagged).toContain('ga2.sector.social_services.share');
  });

  it('replayed records have the published counts, and at least one violence form and perpetrator each', () => {
    for (const table of [GOTEBORG_2020, GAVLEBORG_2020]) {
      const records = replayRecords(table);
      expect(records).toHaveLength(table.cases.n);
      expect(records.every((r) => r.violence.length > 0 && r.perpetrators.length > 0)).toBe(true);
    }
    const gbg = replayRecords(GOTEBORG_2020);
    expect(gbg.filter((r) => r.sector === 'self')).toHaveLength(64);
    expect(gbg.filter((r) => r.sector === 'social_services')).toHaveLength(177);
    expect(gbg.filter((r) => r.violence.includes('fgm'))).toHaveLength(21);
  });
});

async function replayedReport(kind: string, table: PublishedTable) {
  const store = await stores.open(kind);
  await insertRecords(store, replayRecords(table));
  const { service } = statistics(store);
  return reportOf(service, { scope: rc(table.rcId), period: { kind: 'range', ...table.period }, viewer: own(table.rcId) });
}

describe.each(stores.kinds)('published 2020 tables replayed (%s)', (kind) => {
  it('Göteborg 2020: 353 cases, over 1000 contacts, and every published percentage as printed', async () => {
    const report = await replayedReport(kind, GOTEBORG_2020);
    expect(report.exact).toBe(true);
    expect(figure(report, 'ga2.cases')).toMatchObject({ value: 353, display: '353', suppressed: false });
    expect(figure(report, 'ga1.self_referrals')).toMatchObject({ value: 64, goalArea: 1 });
    expect(figure(report, 'ga2.contacts').value).toBeGreaterThan(GOTEBORG_2020.contactsOver?.n ?? Infinity);
    for (const share of GOTEBORG_2020.shares) {
      expect(figure(report, share.indicator), `${share.indicator} [${share.lines}]`).toMatchObject({
        display: `${share.percent} %`,
        denominator: 353,
        suppressed: false,
      });
    }
    expect(report.period.label).toBe('2019-12-01–2020-11-30');
  });

  it('Göteborg 2020: violence forms and perpetrators are multi-select, and their shares sum past 100 %', async () => {
    const report = await replayedReport(kind, GOTEBORG_2020);
    const violence = report.figures.filter((f) => f.group === 'ga2.violence' && f.unit === 'percent');
    expect(violence.every((f) => f.multiSelect === true)).toBe(true);
    expect(violence.reduce((sum, f) => sum + (f.value ?? 0), 0)).toBeGreaterThan(100);
    expect(report.groups.find((g) => g.code === 'ga2.perpetrator')).toEqual({ code: 'ga2.perpetrator', total: 'ga2.cases', multiSelect: true });
    // The sector breakdown is single-choice: its counts, self-referrals included, make up the cases.
    const sector = report.figures.filter((f) => f.group === 'ga2.sector' && f.unit === 'count');
    expect(sector.reduce((sum, f) => sum + (f.value ?? 0), 0)).toBe(353);
    expect(sector.some((f) => f.multiSelect)).toBe(false);
  });

  it('Gävleborg 2020: 22 cases by phone, 6 of 10 municipalities, the case shares as printed', async () => {
    const report = await replayedReport(kind, GAVLEBORG_2020);
    expect(figure(report, 'ga2.cases').value).toBe(22);
    expect(figure(report, 'ga2.channel.phone.share').display).toBe('100 %');
    expect(figure(report, 'ga2.coverage.municipalities')).toMatchObject({ value: 6, denominator: 10, display: '6 av 10' });
    expect(report.coverage).toEqual({ area: 10, reached: 6, unreached: ['2181', '2182', '2183', '2184'], unnamed: 0 });
    for (const share of GAVLEBORG_2020.shares) {
      const printed = figure(report, share.indicator).display;
      if (share.notACaseShare) {
        // The nearest a count of 22 cases comes; the fixture test above shows the published one cannot be reached.
        expect(printed, share.indicator).toBe(formatPercent((100 * countFor(share.percent, 22)) / 22));
      } else {
        expect(printed, `${share.indicator} [${share.lines}]`).toBe(`${share.percent} %`);
      }
    }
  });

  it('the same records seen from outside Göteborg: exact where counts are 5 or more', async () => {
    const store = await stores.open(kind);
    await insertRecords(store, replayRecords(GOTEBORG_2020));
    const { service } = statistics(store);
    const report = await reportOf(service, { scope: rc(GOTEBORG_2020.rcId), period: { kind: 'range', ...GOTEBORG_2020.period }, viewer: own('resurscentrum-gavleborg') });
    expect(report.exact).toBe(false);
    for (const share of GOTEBORG_2020.shares) expect(figure(report, share.indicator).display).toBe(`${share.percent} %`);
    expect(figure(report, 'ga2.sector.other')).toMatchObject({ value: 6, suppressed: false });
  });
});
