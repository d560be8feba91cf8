// Cases land in the period Stockholm's calendar puts them in, in both stores: around New
// Year's midnight and the two clock changes, and for an instant stored with an offset.

import { describe, expect, it } from 'vitest';
import type { PeriodSpec } from '../../services/statistics/types.js';
import { GBG } from '../fixtures/directory.js';
import { useStores } from '../helpers/stores.js';
import { figure, insertRecords, own, rc, RecordFactory, reportOf, statistics } from './helpers.js';

const stores = useStores();

// 2027: summer time from 28 March 01:00 UTC to 31 October 01:00 UTC.
const CREATED = [
  '2026-12-31T22:59:59.000Z', // 23:59:59 on New Year's Eve: 2026
  '2026-12-31T23:30:00.000Z', // 00:30 on New Year's Day: 2027
  '2027-03-31T21:59:00.000Z', // 23:59 CEST, 31 March: March
  '2027-03-31T22:00:00.000Z', // 00:00 CEST, 1 April: April
  '2027-10-31T22:30:00.000Z', // 23:30 CET on 31 October, the night the clocks went back: October
  '2027-10-31T23:00:00.000Z', // 00:00 CET, 1 November: November
  '2027-06-15T00:30:00+02:00', // stored with an offset: 14 June 22:30 UTC, 15 June in Stockholm
];

const cases = (period: PeriodSpec) => ({ scope: rc(GBG), period, viewer: own(GBG) });

describe.each(stores.kinds)('period boundaries (%s)', (kind) => {
  it('counts each case in the Stockholm year, quarter, month and day it belongs to', async () => {
    const store = await stores.open(kind);
    const factory = new RecordFactory();
    await insertRecords(store, CREATED.map((created) => factory.make({ rcId: GBG, created })));
    const { service } = statistics(store);
    const count = async (period: PeriodSpec) => figure(await reportOf(service, cases(period)), 'ga2.cases').value;

    expect(await count({ kind: 'year', year: 2026 })).toBe(1);
    expect(await count({ kind: 'year', year: 2027 })).toBe(6);
    expect(await count({ kind: 'month', year: 2027, index: 1 })).toBe(1);
    expect(await count({ kind: 'month', year: 2027, index: 3 })).toBe(1);
    expect(await count({ kind: 'month', year: 2027, index: 4 })).toBe(1);
    expect(await count({ kind: 'month', year: 2027, index: 10 })).toBe(1);
    expect(await count({ kind: 'month', year: 2027, index: 11 })).toBe(1);
    expect(await count({ kind: 'quarter', year: 2027, index: 1 })).toBe(2);
    expect(await count({ kind: 'quarter', year: 2027, index: 2 })).toBe(2);
    expect(await count({ kind: 'quarter', year: 2027, index: 4 })).toBe(2);
    expect(await count({ kind: 'range', from: '2027-06-15', to: '2027-06-15' })).toBe(1);
    expect(await count({ kind: 'range', from: '2027-06-14', to: '2027-06-14' })).toBe(0);
    // The 25-hour day of the autumn change holds its last half hour.
    expect(await count({ kind: 'range', from: '2027-10-31', to: '2027-10-31' })).toBe(1);
  });

  it('refuses an impossible period and an unknown centre with reason codes', async () => {
    const store = await stores.open(kind);
    const { service } = statistics(store);
    expect(await service.report({ scope: rc(GBG), period: { kind: 'month', year: 2027, index: 13 }, viewer: own(GBG) })).toMatchObject({
      ok: false,
      reason: 'invalid_period',
    });
    expect(await service.report({ scope: rc('no-such-centre'), period: { kind: 'year', year: 2027 }, viewer: own(GBG) })).toEqual({
      ok: false,
      reason: 'unknown_centre',
    });
  });
});
