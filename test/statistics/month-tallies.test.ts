// Stored month tallies: a report built from them says exactly what counting every record says,
// and a write to a month's records is never hidden behind a tally counted before it.

import { describe, expect, it } from 'vitest';
import { ChangeMarks } from '../../services/consultation/change-marks.js';
import type { ConsultationRecord } from '../../services/consultation/record.js';
import type { Collection, Document, DocumentStore } from '../../services/storage/port.js';
import { spansOf } from '../../services/statistics/tally-loader.js';
import type { ReportRequest, StatisticsReport } from '../../services/statistics/types.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { startOfZonedDay } from '../../services/time/zoned-time.js';
import { seededRandom } from '../helpers/seeded-random.js';
import { asRequester, coordinating, coordinator, harness, requester, validInput } from '../fixtures/consultations.js';
import { FYR, GBG, GVL, SHIPPED } from '../fixtures/directory.js';
import { overriding, useStores } from '../helpers/stores.js';
import { figure, insertRecords, other, own, rc, RecordFactory, reportOf, statistics } from './helpers.js';

const stores = useStores();
const MINUTE = 60_000;
const YEAR_2026 = { kind: 'year', year: 2026 } as const;
const MAY_2026 = { kind: 'month', year: 2026, index: 5 } as const;
const asker = { id: '29:asker', name: 'Handläggare' };

/** Counts the record reads a report makes, so a test can see whether it counted or reused. */
function countingRecordReads(store: DocumentStore): { store: DocumentStore; reads: () => number; rows: () => number } {
  let reads = 0;
  let rows = 0;
  const counting = overriding(store, 'consultations', (real) => ({
    query: async (...args: Parameters<Collection<Document>['query']>) => {
      reads++;
      const page = await real.query(...args);
      rows += page.items.length;
      return page;
    },
  }) as Partial<Collection<Document>>);
  return { store: counting, reads: () => reads, rows: () => rows };
}

/** Records spread over 2025-12 .. 2027-01 in three RCs, with requests, ratings and waiting times. */
function spreadRecords(n: number): ConsultationRecord[] {
  const rand = seededRandom(7);
  const f = new RecordFactory();
  const from = Date.parse('2025-12-20T00:00:00Z');
  const span = Date.parse('2027-01-10T00:00:00Z') - from;
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)] as T;
  return Array.from({ length: n }, () => {
    const created = new Date(from + Math.floor(rand() * span)).toISOString();
    const requested = rand() < 0.6;
    const claimHours = rand() * 30;
    return f.make({
      created,
      rcId: pick([GBG, FYR, GVL]),
      sector: pick(['social_services', 'school', 'police', 'health_care'] as const),
      violence: pick([['control'], ['control', 'physical'], ['sexual']] as const) as ConsultationRecord['violence'],
      ...(requested
        ? {
            requester: asker,
            channel: 'teams',
            status: 'answered',
            helpfulness: rand() < 0.5 ? 1 + Math.floor(rand() * 5) : null,
            times: {
              claimed: new Date(Date.parse(created) + claimHours * 3_600_000).toISOString(),
              answered: new Date(Date.parse(created) + (claimHours + rand() * 40) * 3_600_000).toISOString(),
              closed: null,
            },
          }
        : {}),
    });
  });
}

/** The store as a report sees it when no tally was ever stored and none can be: every record is counted. */
function withoutTallies(store: DocumentStore): DocumentStore {
  return overriding(store, 'statistics', () => ({
    queryAll: async () => [],
    upsert: async () => Promise.reject(new Error('not stored in this test')),
  }) as Partial<Collection<Document>>);
}

const values = (report: StatisticsReport) => report.figures.map((f) => [f.indicator, f.value, f.display]);

describe('spansOf', () => {
  const window = (from: string, toExclusive: string) => ({ startMs: startOfZonedDay(from as `${number}-${number}-${number}`).getTime(), endMs: startOfZonedDay(toExclusive as `${number}-${number}-${number}`).getTime() });

  it('cuts a year into its twelve Stockholm months, March an hour short and October an hour long', () => {
    const spans = spansOf(window('2026-01-01', '2027-01-01'));
    expect(spans.map((s) => s.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    const hours = (s: { startMs: number; endMs: number }) => (s.endMs - s.startMs) / 3_600_000;
    expect(hours(spans[2]!)).toBe(31 * 24 - 1);
    expect(hours(spans[9]!)).toBe(31 * 24 + 1);
  });

  it('keeps the part-months at the ends of a date range apart from the whole months between', () => {
    const spans = spansOf(window('2026-03-15', '2026-05-11'));
    expect(spans.map((s) => s.month)).toEqual([null, '2026-04', null]);
    expect(spans[0]!.endMs).toBe(spans[1]!.startMs);
    expect(spans[2]!.startMs).toBe(spans[1]!.endMs);
    expect(spansOf(window('2026-06-03', '2026-06-20')).map((s) => s.month)).toEqual([null]);
  });
});

describe.each(stores.kinds)('stored month tallies (%s)', (kind) => {
  it('give the same figures as counting every record, for years, quarters and ranges across DST and year end', async () => {
    const store = await stores.open(kind);
    await insertRecords(store, spreadRecords(400));
    const requests: ReportRequest[] = [
      { scope: { kind: 'all' }, period: YEAR_2026, viewer: other },
      { scope: rc(GBG), period: YEAR_2026, viewer: own(GBG) },
      { scope: rc(FYR), period: { kind: 'quarter', year: 2026, index: 4 }, viewer: own(FYR) },
      { scope: { kind: 'all' }, period: { kind: 'range', from: '2026-03-15', to: '2026-10-28' }, viewer: other },
      { scope: rc(GBG), period: { kind: 'range', from: '2025-12-24', to: '2027-01-06' }, viewer: own(GBG) },
    ];
    const counting = statistics(withoutTallies(store), { onStoreError: () => undefined }).service;
    const expected = [];
    for (const request of requests) expected.push(values(await reportOf(counting, request)));
    expect(await store.collection('statistics').count({ where: [{ field: 'kind', op: '=', value: 'month_tally' }] })).toBe(0);

    const spy = countingRecordReads(store);
    const { service } = statistics(spy.store);
    for (const round of ['stores the tallies', 'reads them back']) {
      for (const [i, request] of requests.entries()) expect(values(await reportOf(service, request)), `${round}: request ${i}`).toEqual(expected[i]);
    }
    expect(await store.collection('statistics').count({ where: [{ field: 'kind', op: '=', value: 'month_tally' }] })).toBeGreaterThan(12);
    expect(figure(await reportOf(counting, requests[0]!), 'ga2.cases').value).toBeGreaterThan(300);

    // A national year with every month stored reads no records at all.
    const before = spy.reads();
    await reportOf(service, requests[0]!);
    expect(spy.reads()).toBe(before);
  });

  it('a rating, a new request and a withdrawal after a report all show in the next one', async () => {
    const store = await stores.open(kind);
    const h = harness(store, { start: '2026-05-04T07:00:00Z' });
    // Writers and reports on one time line, as instances with synchronised clocks are.
    const { service, clock } = statistics(store, { now: '2026-05-04T07:00:00Z' });
    const later = (ms: number) => [h.clock, clock].forEach((c) => c.advance(ms));
    const submitted = await h.service.submit(asRequester, validInput({ sector: 'school' }));
    if (!submitted.ok) throw new Error(`submit failed: ${JSON.stringify(submitted)}`);
    await h.service.claim(coordinating(1), GBG, submitted.record.id);
    await h.service.answer(coordinating(1), GBG, submitted.record.id, { answer: 'Gör en orosanmälan.', outcomes: 'report_of_concern' });
    // Quiet by now: this report stores May's tally.
    later(11 * MINUTE);
    const request = { scope: rc(GBG), period: MAY_2026, viewer: own(GBG) } as const;
    expect(figure(await reportOf(service, request), 'ga2.helpfulness.answers').value).toBe(0);
    expect(await store.collection<Document>('statistics').get('tally:2026-05', GBG)).toBeDefined();

    later(24 * 60 * MINUTE);
    await h.service.rateHelpfulness(asRequester, GBG, submitted.record.id, 4);
    const after = await reportOf(service, request);
    expect(figure(after, 'ga2.helpfulness.answers').value).toBe(1);
    expect(figure(after, 'ga2.helpfulness.mean').value).toBe(4);

    const second = await h.service.submit(asRequester, validInput({ sector: 'police' }));
    if (!second.ok) throw new Error(`submit failed: ${JSON.stringify(second)}`);
    expect(figure(await reportOf(service, request), 'ga2.cases').value).toBe(2);
    await h.service.withdraw(asRequester, GBG, second.record.id);
    const withdrawn = await reportOf(service, request);
    expect(figure(withdrawn, 'ga2.cases').value).toBe(1);
    expect(figure(withdrawn, 'ga2.withdrawn').value).toBe(1);
  });

  it('a record written while a report was counting is not lost behind that report\'s tally', async () => {
    const store = await stores.open(kind);
    const f = new RecordFactory();
    await insertRecords(store, [f.make({ created: '2026-05-04T09:00:00Z' })]);
    const late = f.make({ created: '2026-05-05T09:00:00Z', sector: 'police' });
    // The write lands after the report has read the month's mark, before it reads the records' last page.
    let written = false;
    const racing = overriding(store, 'consultations', (real) => ({
      query: async (...args: Parameters<Collection<Document>['query']>) => {
        const page = await real.query(...args);
        if (!written) {
          written = true;
          await insertRecords(store, [late]);
        }
        return page;
      },
    }) as Partial<Collection<Document>>);
    const request = { scope: rc(GBG), period: MAY_2026, viewer: own(GBG) } as const;
    expect(figure(await reportOf(statistics(racing).service, request), 'ga2.cases').value).toBe(1);
    const next = await reportOf(statistics(store).service, request);
    expect(figure(next, 'ga2.cases').value).toBe(2);
    expect(figure(next, 'ga2.sector.police').value).toBe(1);
  });

  it('a month written to in the last minutes is counted every time, and stored only once it is quiet', async () => {
    const store = await stores.open(kind);
    const f = new RecordFactory();
    const clock = new FakeClock('2026-05-20T12:00:00Z');
    // A writer that left its first mark, wrote the record and died before the second one.
    const record = f.make({ created: '2026-05-20T11:59:00Z' });
    await new ChangeMarks(store, clock).touch(record.rcId, record.times.created);
    await store.collection('consultations').create(record);

    const spy = countingRecordReads(store);
    const { service, clock: reportClock } = statistics(spy.store, { now: '2026-05-20T12:01:00Z', quietMs: 10 * MINUTE });
    const request = { scope: rc(GBG), period: MAY_2026, viewer: own(GBG) } as const;
    for (let i = 0; i < 2; i++) {
      const readsBefore = spy.reads();
      expect(figure(await reportOf(service, request), 'ga2.cases').value).toBe(1);
      expect(spy.reads()).toBeGreaterThan(readsBefore);
    }
    reportClock.advance(10 * MINUTE);
    expect(figure(await reportOf(service, request), 'ga2.cases').value).toBe(1);
    const stored = spy.reads();
    expect(figure(await reportOf(service, request), 'ga2.cases').value).toBe(1);
    expect(spy.reads()).toBe(stored);
  });

  it('counted ahead in the background, a national year reads no records at all', async () => {
    const store = await stores.open(kind);
    await insertRecords(store, spreadRecords(120));
    const spy = countingRecordReads(store);
    const { service } = statistics(spy.store, { now: '2027-01-15T03:00:00Z' });
    expect(await service.refreshMonthTallies()).toMatchObject({ monthsCounted: 13 * SHIPPED.centres.length });
    expect(await service.refreshMonthTallies()).toMatchObject({ monthsCounted: 0, monthsStored: 13 * SHIPPED.centres.length });
    const before = spy.reads();
    const report = await reportOf(service, { scope: { kind: 'all' }, period: YEAR_2026, viewer: other });
    expect(spy.reads()).toBe(before);
    expect(figure(report, 'ga2.cases').value).toBeGreaterThan(90);
  });

  it('a date range with its middle months stored reads only the records of its two part-months', async () => {
    const store = await stores.open(kind);
    const f = new RecordFactory();
    const daily = Array.from({ length: 365 }, (_, day) => f.make({ created: new Date(Date.parse('2026-01-01T10:00:00Z') + day * 86_400_000).toISOString() }));
    await insertRecords(store, daily);
    const spy = countingRecordReads(store);
    const { service } = statistics(spy.store);
    await reportOf(service, { scope: rc(GBG), period: YEAR_2026, viewer: own(GBG) });
    const before = spy.rows();
    const range = await reportOf(service, { scope: rc(GBG), period: { kind: 'range', from: '2026-03-15', to: '2026-10-20' }, viewer: own(GBG) });
    // 15-31 March and 1-20 October: 17 + 20 days, one record a day; Apr-Sep (183) come from their tallies.
    expect(figure(range, 'ga2.cases').value).toBe(17 + 183 + 20);
    // The store is asked a day wider on each side of each end (stored offsets vary); never for the middle.
    expect(spy.rows() - before).toBeLessThanOrEqual(17 + 20 + 4);
  });

  it('a request whose second change mark could not be written still succeeds, and still counts', async () => {
    const store = await stores.open(kind);
    let marks = 0;
    const flaky = overriding(store, 'statistics', (real) => ({
      // Every second mark (the one after the record) fails, as a store that just went away would.
      upsert: async (doc: Document) => (++marks % 2 === 0 ? Promise.reject(new Error('store unavailable')) : real.upsert(doc)),
    }) as Partial<Collection<Document>>);
    // A record write slow enough to need a second mark.
    const slow = overriding(flaky, 'consultations', (real) => ({
      create: async (doc: Document) => {
        if (doc.kind === 'consultation') h.clock.advanceMinutes(2);
        return real.create(doc);
      },
    }) as Partial<Collection<Document>>);
    const h = harness(slow, { start: '2026-05-04T07:00:00Z' });
    const submitted = await h.service.submit(asRequester, validInput({ sector: 'police' }));
    expect(submitted).toMatchObject({ ok: true, duplicate: false });
    expect(marks).toBe(2);
    const report = await reportOf(statistics(store).service, { scope: rc(GBG), period: MAY_2026, viewer: own(GBG) });
    expect(figure(report, 'ga2.sector.police').value).toBe(1);
  });

  it('a second request within a minute of the first adds no mark, and is counted once the month is quiet', async () => {
    const store = await stores.open(kind);
    let marks = 0;
    const counted = overriding(store, 'statistics', (real) => ({
      upsert: async (doc: Document) => {
        marks++;
        return real.upsert(doc);
      },
    }) as Partial<Collection<Document>>);
    const h = harness(counted, { start: '2026-05-04T07:00:00Z' });
    expect(await h.service.submit(asRequester, validInput({ sector: 'school' }))).toMatchObject({ ok: true });
    expect(marks).toBe(1);
    h.clock.advance(30_000);
    expect(await h.service.submit(asRequester, validInput({ sector: 'police' }))).toMatchObject({ ok: true });
    expect(marks).toBe(1);
    const { service, clock } = statistics(store, { now: '2026-05-04T07:00:30Z', quietMs: 10 * MINUTE });
    const request = { scope: rc(GBG), period: MAY_2026, viewer: own(GBG) } as const;
    expect(figure(await reportOf(service, request), 'ga2.cases').value).toBe(2);
    expect(await store.collection<Document>('statistics').get('tally:2026-05', GBG)).toBeUndefined();
    clock.advance(11 * MINUTE);
    expect(figure(await reportOf(service, request), 'ga2.cases').value).toBe(2);
    // Stored on the first request's mark, now quiet: the tally holds both.
    expect(await store.collection<Document>('statistics').get('tally:2026-05', GBG)).toBeDefined();
    expect(figure(await reportOf(service, request), 'ga2.sector.police').value).toBe(1);
  });

  it('a tally stored by another version of the counting is counted again, not trusted', async () => {
    const store = await stores.open(kind);
    const f = new RecordFactory();
    await insertRecords(store, [f.make({ created: '2026-05-04T09:00:00Z' }), f.make({ created: '2026-05-06T09:00:00Z' })]);
    const { service } = statistics(store);
    const request = { scope: rc(GBG), period: MAY_2026, viewer: own(GBG) } as const;
    await reportOf(service, request);
    const tallies = store.collection<Document>('statistics');
    const stored = await tallies.get('tally:2026-05', GBG);
    if (!stored) throw new Error('no tally stored for May');
    await tallies.replace({ ...stored.item, version: '0:old', counts: { ...(stored.item.counts as object), 'ga2.cases': 99 } }, stored.etag);
    expect(figure(await reportOf(service, request), 'ga2.cases').value).toBe(2);
  });
});
