// Who sees exact counts: an RC's own coordinators, for their own RC only. Everyone else gets
// small cells suppressed, and no hidden cell can be worked out from the totals shown.

import { describe, expect, it } from 'vitest';
import type { StatisticsReport } from '../../services/statistics/types.js';
import { seesExactCounts } from '../../services/statistics/statistics-service.js';
import { GBG, GVL } from '../fixtures/directory.js';
import { useStores } from '../helpers/stores.js';
import { figure, insertRecords, other, own, rc, RecordFactory, reportOf, statistics } from './helpers.js';
import { GAVLEBORG_2020 } from './published-2020.js';
import { replayRecords } from './replay-records.js';

const stores = useStores();
const PERIOD = { kind: 'range', from: GAVLEBORG_2020.period.from, to: GAVLEBORG_2020.period.to } as const;

/** No shown count of cases (nor denominator) is 1-4, and no single-choice group shows all but one of its cells under a shown total. */
function expectNothingRecoverable(report: StatisticsReport): void {
  for (const f of report.figures) {
    if (f.goalArea === 3 || f.unit === 'municipalities') continue; // meetings and places, not people
    if (f.unit === 'count' && f.value !== null) expect(f.value === 0 || f.value >= 5, `${f.indicator} = ${f.value}`).toBe(true);
    // A denominator is a count too: a share of "3" would give the 3 away.
    if (f.denominator !== undefined) expect(f.denominator === 0 || f.denominator >= 5, `${f.indicator} / ${f.denominator}`).toBe(true);
  }
  for (const group of report.groups.filter((g) => !g.multiSelect)) {
    if (figure(report, group.total).suppressed) continue;
    const hiddenCells = report.figures.filter((f) => f.group === group.code && f.unit === 'count' && f.suppressed);
    expect(hiddenCells.length, group.code).not.toBe(1);
  }
}

describe('who sees exact counts', () => {
  it('only an RC coordinator looking at their own RC', () => {
    expect(seesExactCounts({ kind: 'rc', rcId: GVL }, own(GVL))).toBe(true);
    expect(seesExactCounts({ kind: 'rc', rcId: GVL }, own(GBG))).toBe(false);
    expect(seesExactCounts({ kind: 'rc', rcId: GVL }, other)).toBe(false);
    expect(seesExactCounts({ kind: 'all' }, own(GVL))).toBe(false);
  });
});

describe.each(stores.kinds)('access to figures (%s)', (kind) => {
  it("Göteborg's coordinator asking for Gävleborg gets suppressed figures, never exact small counts", async () => {
    const store = await stores.open(kind);
    await insertRecords(store, replayRecords(GAVLEBORG_2020));
    const { service } = statistics(store);

    const mine = await reportOf(service, { scope: rc(GVL), period: PERIOD, viewer: own(GVL) });
    const theirs = await reportOf(service, { scope: rc(GVL), period: PERIOD, viewer: own(GBG) });
    expect(mine.exact).toBe(true);
    expect(theirs.exact).toBe(false);

    // Two health-care cases: exact for Gävleborg, "<5" for Göteborg, and its share gone with it.
    expect(figure(mine, 'ga2.sector.health_care')).toMatchObject({ value: 2, display: '2', suppressed: false });
    expect(figure(theirs, 'ga2.sector.health_care')).toMatchObject({ value: null, display: '<5', suppressed: true, hiddenBecause: 'small_count' });
    expect(figure(theirs, 'ga2.sector.health_care.share')).toMatchObject({ value: null, display: '..', suppressed: true, hiddenBecause: 'derived' });
    expect(figure(theirs, 'ga2.sector.guardian').display).toBe('<5');
    expect(figure(theirs, 'ga2.perpetrator.siblings').display).toBe('<5');
    // Counts of five or more, and the total, stay exact for everyone.
    expect(figure(theirs, 'ga2.cases')).toMatchObject({ value: 22, suppressed: false });
    expect(figure(theirs, 'ga2.gender.boy_man')).toMatchObject({ value: 5, suppressed: false });
    expect(figure(theirs, 'ga2.violence.control.share').display).toBe('41 %');
    expectNothingRecoverable(theirs);

    const outsider = await reportOf(service, { scope: rc(GVL), period: PERIOD, viewer: other });
    expect(outsider.figures).toEqual(theirs.figures);
  });

  it('the national view is suppressed even for an RC coordinator, and covers every RC', async () => {
    const store = await stores.open(kind);
    const factory = new RecordFactory();
    await insertRecords(store, [
      ...replayRecords(GAVLEBORG_2020),
      factory.make({ rcId: GBG, created: '2020-02-03T09:00:00Z', sector: 'police' }),
    ]);
    const { service } = statistics(store);
    const national = await reportOf(service, { scope: { kind: 'all' }, period: PERIOD, viewer: own(GVL) });
    expect(national.exact).toBe(false);
    expect(national.scope).toMatchObject({ kind: 'all' });
    expect(figure(national, 'ga2.cases').value).toBe(23);
    expect(figure(national, 'ga2.sector.police').display).toBe('<5');
    expect(national.coverage).toBeNull();
    expectNothingRecoverable(national);
  });

  it('a lone small cell takes the next-smallest with it, and both shares are hidden', async () => {
    const store = await stores.open(kind);
    const factory = new RecordFactory();
    const make = (sector: 'social_services' | 'school' | 'police', n: number) =>
      Array.from({ length: n }, (_, i) => factory.make({ rcId: GBG, created: `2026-05-${String(4 + (i % 20)).padStart(2, '0')}T09:00:00Z`, sector }));
    await insertRecords(store, [...make('social_services', 3), ...make('school', 12), ...make('police', 15)]);
    const { service } = statistics(store);
    const request = { scope: rc(GBG), period: { kind: 'month', year: 2026, index: 5 } } as const;

    const outside = await reportOf(service, { ...request, viewer: other });
    expect(figure(outside, 'ga2.cases').value).toBe(30);
    expect(figure(outside, 'ga2.sector.social_services')).toMatchObject({ display: '<5', hiddenBecause: 'small_count' });
    expect(figure(outside, 'ga2.sector.school')).toMatchObject({ value: null, display: '..', suppressed: true, hiddenBecause: 'complementary' });
    expect(figure(outside, 'ga2.sector.school.share').suppressed).toBe(true);
    expect(figure(outside, 'ga2.sector.police')).toMatchObject({ value: 15, suppressed: false });
    expect(figure(outside, 'ga2.sector.police.share').display).toBe('50 %');
    expectNothingRecoverable(outside);

    const inside = await reportOf(service, { ...request, viewer: own(GBG) });
    expect(figure(inside, 'ga2.sector.school')).toMatchObject({ value: 12, suppressed: false });
    expect(inside.figures.every((f) => !f.suppressed)).toBe(true);
  });
});
