// The rest of the report: waiting times, feedback, coverage, what is left out, what is not
// computable yet, goal area 3 through the sessions port, and what the store is asked for.

import { describe, expect, it } from 'vitest';
import type { Collection, Document, DocumentStore, QueryOptions, QuerySpec } from '../../services/storage/port.js';
import { NOT_YET_RECORDED, SESSION_INDICATORS } from '../../services/statistics/indicators.js';
import type { SessionStatsQuery, SessionStatsSource } from '../../services/statistics/session-stats.js';
import { asRequester, coordinating, coordinator, harness, requester, validInput } from '../fixtures/consultations.js';
import { GBG, SKANE } from '../fixtures/directory.js';
import { useStores } from '../helpers/stores.js';
import { figure, insertRecords, other, own, rc, RecordFactory, reportOf, statistics } from './helpers.js';

const stores = useStores();
const MAY_2026 = { kind: 'month', year: 2026, index: 5 } as const;
const HOUR = 3_600_000;

const at = (base: string, hours: number) => new Date(Date.parse(base) + hours * HOUR).toISOString();
const asker = { id: '29:asker', name: 'Handläggare' };

describe.each(stores.kinds)('statistics report (%s)', (kind) => {
  it('medians of hours to claim and to answer count requests only, not logged consultations', async () => {
    const store = await stores.open(kind);
    const f = new RecordFactory();
    const request = (created: string, claim: number, answer: number | null) =>
      f.make({
        created,
        requester: asker,
        channel: 'teams',
        status: answer === null ? 'claimed' : 'answered',
        times: { claimed: at(created, claim), answered: answer === null ? null : at(created, answer), closed: null },
      });
    await insertRecords(store, [
      request('2026-05-04T07:00:00Z', 1, 3),
      request('2026-05-05T07:00:00Z', 2, 5),
      request('2026-05-06T07:00:00Z', 6, 10),
      request('2026-05-07T07:00:00Z', 8, null),
      // Logged afterwards: claimed and answered at once; would pull both medians to zero.
      ...Array.from({ length: 6 }, (_, i) => f.make({ created: `2026-05-1${i}T09:00:00Z` })),
    ]);
    const { service } = statistics(store);
    const report = await reportOf(service, { scope: rc(GBG), period: MAY_2026, viewer: own(GBG) });
    expect(figure(report, 'ga2.hours_to_claim.median')).toMatchObject({ unit: 'hours', value: 4, display: '4,0', denominator: 4 });
    expect(figure(report, 'ga2.hours_to_answer.median')).toMatchObject({ value: 5, display: '5,0', denominator: 3 });
    // Seen from outside, a median of 1-4 requests is hidden.
    const outside = await reportOf(service, { scope: rc(GBG), period: MAY_2026, viewer: other });
    const hidden = figure(outside, 'ga2.hours_to_claim.median');
    expect(hidden).toMatchObject({ value: null, display: '..', suppressed: true });
    expect(hidden.denominator).toBeUndefined();
  });

  it('helpfulness mean, advice followed among those who answered, withdrawn requests apart', async () => {
    const store = await stores.open(kind);
    const f = new RecordFactory();
    const rated = [5, 4, 4, 3, 5].map((helpfulness, i) => f.make({ created: `2026-05-0${i + 1}T09:00:00Z`, requester: asker, helpfulness }));
    const followed = (['yes', 'yes', 'yes', 'no', 'partly'] as const).map((adviceFollowed, i) =>
      f.make({ created: `2026-05-1${i}T09:00:00Z`, requester: asker, adviceFollowed }),
    );
    const withdrawn = f.make({ created: '2026-05-20T09:00:00Z', requester: asker, status: 'withdrawn', sector: 'police', times: { claimed: null, answered: null, closed: null, withdrawn: '2026-05-20T10:00:00Z' } });
    await insertRecords(store, [...rated, ...followed, withdrawn]);
    const { service } = statistics(store);
    const report = await reportOf(service, { scope: rc(GBG), period: MAY_2026, viewer: own(GBG) });

    expect(figure(report, 'ga2.cases').value).toBe(10);
    expect(figure(report, 'ga2.withdrawn').value).toBe(1);
    expect(figure(report, 'ga2.sector.police').value).toBe(0);
    expect(figure(report, 'ga2.helpfulness.answers').value).toBe(5);
    expect(figure(report, 'ga2.helpfulness.mean')).toMatchObject({ unit: 'mean', value: 4.2, display: '4,2', denominator: 5 });
    expect(figure(report, 'ga2.advice_followed.answers').value).toBe(5);
    expect(figure(report, 'ga2.advice_followed.yes.share')).toMatchObject({ value: 60, display: '60 %', denominator: 5 });
    expect(figure(report, 'ga2.advice_followed.unknown').value).toBe(0);
    expect(report.groups.find((g) => g.code === 'ga2.advice_followed')).toEqual({ code: 'ga2.advice_followed', total: 'ga2.advice_followed.answers', multiSelect: false });

    // From outside: yes 3, no 1 and partly 1 are all small; the total of 5 answers and the mean of 5 ratings stay.
    const outside = await reportOf(service, { scope: rc(GBG), period: MAY_2026, viewer: other });
    expect(figure(outside, 'ga2.advice_followed.no').display).toBe('<5');
    expect(figure(outside, 'ga2.advice_followed.yes').display).toBe('<5');
    expect(figure(outside, 'ga2.helpfulness.mean').display).toBe('4,2');
    expect(figure(outside, 'ga2.withdrawn').display).toBe('<5');
  });

  it('coverage of the RC area, and not-computable indicators listed rather than zero', async () => {
    const store = await stores.open(kind);
    const f = new RecordFactory();
    await insertRecords(store, [
      f.make({ created: '2026-05-04T09:00:00Z' }),
      f.make({ rcId: SKANE, created: '2026-05-04T09:00:00Z', municipality: '1280' }),
    ]);
    const { service } = statistics(store);
    const gbg = await reportOf(service, { scope: rc(GBG), period: MAY_2026, viewer: own(GBG) });
    expect(figure(gbg, 'ga2.coverage.municipalities').display).toBe('1 av 1');
    expect(gbg.coverage).toEqual({ area: 1, reached: 1, unreached: [], unnamed: 0 });
    expect(gbg.notComputable).toEqual([...NOT_YET_RECORDED, ...SESSION_INDICATORS].sort());
    expect(gbg.figures.some((x) => x.goalArea === 3)).toBe(false);

    // Skåne's municipalities are not named in the sources: no coverage, and it says so.
    const skane = await reportOf(service, { scope: rc(SKANE), period: MAY_2026, viewer: own(SKANE) });
    expect(skane.coverage).toBeNull();
    expect(skane.notComputable).toContain('ga2.coverage.municipalities');
    expect(figure(skane, 'ga2.cases').value).toBe(1);
  });

  it('goal area 3 comes from the sessions port; a satisfaction mean of 1-4 ratings leaves the RC hidden', async () => {
    const store = await stores.open(kind);
    const asked: SessionStatsQuery[] = [];
    const sessions: SessionStatsSource = {
      async sessionStats(query) {
        asked.push(query);
        return {
          computable: true,
          stats: {
            sessions: { held: 16, cancelled: 3 },
            questions: { submitted: 38, discussed: 29, carriedOver: 4 },
            organisationsPerSession: [12, 14, 10],
            satisfaction: { mean: 4.5, answers: 4 },
          },
        };
      },
    };
    const { service } = statistics(store, { sessions });
    const request = { scope: rc('una-norrbotten'), period: { kind: 'year', year: 2020 } } as const;
    const inside = await reportOf(service, { ...request, viewer: own('una-norrbotten') });
    expect(asked[0]).toMatchObject({ rcIds: ['una-norrbotten'], period: { label: '2020', start: '2019-12-31T23:00:00.000Z' } });
    expect(figure(inside, 'ga3.sessions.held')).toMatchObject({ goalArea: 3, value: 16 });
    expect(figure(inside, 'ga3.questions.discussed').value).toBe(29);
    expect(figure(inside, 'ga3.sessions.organisations.mean')).toMatchObject({ value: 12, display: '12,0', denominator: 3 });
    expect(figure(inside, 'ga3.sessions.satisfaction.mean').display).toBe('4,5');
    expect(inside.notComputable).toEqual([...NOT_YET_RECORDED].sort());

    const outside = await reportOf(service, { ...request, viewer: other });
    expect(figure(outside, 'ga3.sessions.cancelled')).toMatchObject({ value: 3, suppressed: false });
    expect(figure(outside, 'ga3.sessions.satisfaction.mean')).toMatchObject({ value: null, suppressed: true });
  });

  it('ignores submission keys, and counts records it cannot read instead of guessing', async () => {
    const store = await stores.open(kind);
    const f = new RecordFactory();
    const broken = { ...f.make({ created: '2026-05-05T09:00:00Z' }), sector: 'astrology' };
    await insertRecords(store, [f.make({ created: '2026-05-04T09:00:00Z' })]);
    const docs = store.collection<Document>('consultations');
    await docs.create(broken);
    // Unreadable too, but created in another period: not this report's business.
    await docs.create({ ...f.make({ created: '2025-05-05T09:00:00Z' }), contacts: 0 });
    await docs.create({ id: 'key:abc', kind: 'submission_key', rcId: GBG, times: { created: '2026-05-05T09:00:00Z' } });
    const { service } = statistics(store);
    const report = await reportOf(service, { scope: rc(GBG), period: MAY_2026, viewer: own(GBG) });
    expect(figure(report, 'ga2.cases').value).toBe(1);
    expect(report.unreadableRecords).toBe(1);
  });

  it('asks the store per RC partition for codes and times, never the question or answer', async () => {
    const store = await stores.open(kind);
    const specs: Array<{ container: string; spec: QuerySpec; partitionKey: string | undefined }> = [];
    const spying: DocumentStore = Object.create(store, {
      collection: {
        value: <T extends Document>(name: Parameters<DocumentStore['collection']>[0]): Collection<T> => {
          const real = store.collection<T>(name);
          return Object.create(real, {
            query: {
              value: (spec: QuerySpec, options?: QueryOptions) => {
                specs.push({ container: name, spec, partitionKey: options?.partitionKey });
                return real.query(spec, options);
              },
            },
          }) as Collection<T>;
        },
      },
    });
    const { service } = statistics(spying);
    await reportOf(service, { scope: { kind: 'all' }, period: MAY_2026, viewer: other });
    const recordReads = specs.filter((s) => s.container === 'consultations');
    expect(recordReads.length).toBeGreaterThan(5);
    for (const { partitionKey } of specs) expect(partitionKey).toEqual(expect.any(String));
    for (const { spec } of recordReads) {
      expect(spec.select).toBeDefined();
      expect(spec.select).not.toContain('question');
      expect(spec.select).not.toContain('answer');
      expect(spec.select).not.toContain('requesterConversation');
    }
  });

  it('counts what the consultation service stores: a request from the card through claim, answer and rating', async () => {
    const store = await stores.open(kind);
    const h = harness(store, { start: '2026-05-04T07:00:00Z' });
    const submitted = await h.service.submit(asRequester, validInput({ sector: 'school', violence: 'control,physical' }));
    if (!submitted.ok) throw new Error(`submit failed: ${JSON.stringify(submitted)}`);
    const id = submitted.record.id;
    h.clock.advanceHours(2);
    await h.service.claim(coordinating(1), GBG, id);
    h.clock.advanceHours(1);
    await h.service.answer(coordinating(1), GBG, id, { answer: 'Gör en orosanmälan.', outcomes: 'report_of_concern' });
    await h.service.rateHelpfulness(asRequester, GBG, id, 5);

    const { service } = statistics(store);
    const report = await reportOf(service, { scope: rc(GBG), period: MAY_2026, viewer: own(GBG) });
    expect(figure(report, 'ga2.cases').value).toBe(1);
    expect(figure(report, 'ga2.channel.teams').value).toBe(1);
    expect(figure(report, 'ga2.sector.school').value).toBe(1);
    expect(figure(report, 'ga2.violence.physical.share').display).toBe('100 %');
    expect(figure(report, 'ga2.outcome.report_of_concern').value).toBe(1);
    expect(figure(report, 'ga2.hours_to_claim.median').value).toBe(2);
    expect(figure(report, 'ga2.hours_to_answer.median').value).toBe(3);
    expect(figure(report, 'ga2.helpfulness.mean').value).toBe(5);
  });
});
