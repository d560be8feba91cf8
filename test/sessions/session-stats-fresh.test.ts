// The goal area 3 figures are counted again only when something they read was written: asked
// again with nothing written, the last count is given back after a write-version read; after any
// write that reaches the figures (attendance, a rating, a cancellation, a question submitted,
// discussed or withdrawn, a new network) the figures are those a fresh count gives, whether
// this instance or another one on the same database wrote. On both stores.

import { actor } from '../helpers/actors.js';
import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../services/statistics/period.js';
import type { SessionStats, SessionStatsQuery } from '../../services/statistics/session-stats.js';
import { NetworkSessionStats } from '../../services/sessions/session-stats-source.js';
import type { Collection, Document, DocumentStore } from '../../services/storage/port.js';
import { UNA } from '../fixtures/directory.js';
import { overriding, useStores } from '../helpers/stores.js';
import { admin, harness, lead, MEETING_URL, memberA, memberB, nth, ok, questionRaw, world, type World } from './helpers.js';

const stores = useStores();
const SPRING: SessionStatsQuery = { scope: { kind: 'rc', rcId: UNA }, rcIds: [UNA], period: resolvePeriod({ kind: 'range', from: '2026-03-02', to: '2026-04-30' }) };

/** The source on `store`, counting the session and question reads it makes. */
function counting(store: DocumentStore): { source: NetworkSessionStats; reads: () => number } {
  let reads = 0;
  const spied = overriding(store, 'sessions', (real: Collection<Document>) => ({
    queryAll: (spec, options) => {
      if (spec.where?.some((f) => f.field === 'kind' && 'value' in f && f.value !== 'network')) reads++;
      return real.queryAll(spec, options);
    },
  }));
  return { source: new NetworkSessionStats(spied), reads: () => reads };
}

/** The figures a source gives (this source always can count them). */
async function statsOf(source: NetworkSessionStats): Promise<SessionStats> {
  const answer = await source.sessionStats(SPRING);
  if (!answer.computable) throw new Error('session figures not computable');
  return answer.stats;
}

/** What a source that remembers nothing counts now. */
const freshCount = (store: DocumentStore) => statsOf(new NetworkSessionStats(store));

/** Each write, then the figures the remembering source gives against a fresh count. */
async function expectFreshAfterEachWrite(w: World, source: NetworkSessionStats, reader: DocumentStore): Promise<void> {
  const id = w.network.networkId;
  const [s0, s1] = [nth(w, 0), nth(w, 1)];
  const early = ok(await w.service.submitQuestion(memberA, id, s0.id, questionRaw())).question;
  const writes: Array<[string, () => Promise<unknown>]> = [
    ['a question submitted', async () => ok(await w.service.submitQuestion(memberB, id, s0.id, questionRaw()))],
    ['a question discussed', async () => {
      w.clock.set(s0.endsAt);
      return ok(await w.service.markDiscussed(lead, id, s0.id, early.id));
    }],
    // The other question is carried over to session 1 as the attendance closes session 0.
    ['attendance recorded', async () => ok(await w.service.recordAttendance(lead, id, s0.id, [w.orgA.id, w.orgB.id]))],
    ['a rating', async () => ok(await w.service.rateSession(memberA, id, s0.id, 2))],
    ['a second rating', async () => ok(await w.service.rateSession(memberB, id, s0.id, 5))],
    ['a session cancelled', async () => ok(await w.service.cancelSession(lead, id, s1.id, 'Ledighet'))],
  ];
  let last = await statsOf(source);
  for (const [what, write] of writes) {
    await write();
    const now = await statsOf(source);
    expect({ what, stats: now }).toEqual({ what, stats: await freshCount(reader) });
    expect({ what, changed: JSON.stringify(now) !== JSON.stringify(last) }).toEqual({ what, changed: true });
    last = now;
  }
}

describe.each(stores.kinds)('session figures given again only while nothing they read was written (%s)', (kind) => {
  it('gives the last count again without reading sessions or questions while nothing is written', async () => {
    const w = await world(await stores.open(kind));
    ok(await w.service.submitQuestion(memberA, w.network.networkId, nth(w, 0).id, questionRaw()));
    const { source, reads } = counting(w.store);

    const first = await statsOf(source);
    const readsOfACount = reads();
    expect(readsOfACount).toBeGreaterThan(0);
    expect(await statsOf(source)).toEqual(first);
    expect(await statsOf(source)).toEqual(first);
    expect(reads()).toBe(readsOfACount);
    expect(first.questions.submitted).toBe(1);
  });

  it('is fresh right after every write of this instance that reaches the figures', async () => {
    const w = await world(await stores.open(kind));
    await expectFreshAfterEachWrite(w, new NetworkSessionStats(w.store), w.store);
  });

  it('is fresh right after every write of another instance on the same database', async () => {
    const [mine, theirs] = await stores.openTwins(kind);
    const w = await world(theirs);
    await expectFreshAfterEachWrite(w, new NetworkSessionStats(mine), mine);
  });

  it('counts a network another instance adds for the RC, and a question withdrawn there', async () => {
    const [mine, theirs] = await stores.openTwins(kind);
    await world(theirs);
    const source = new NetworkSessionStats(mine);
    const before = await statsOf(source);

    const other = harness(theirs);
    const created = ok(await other.service.createNetwork(actor(admin, { admin: true }), { rcId: UNA, name: 'Nätverk två', leads: [lead], meetingUrl: MEETING_URL }));
    ok(await other.service.addOrganisation(lead, created.network.networkId, { name: 'Skolan', type: 'school', municipality: '2580', member: memberA, deputy: null }));
    const sessions = ok(await other.service.createSeries(lead, created.network.networkId, { firstDate: '2026-03-11', startTime: '13:00', durationMinutes: '120', cadenceWeeks: '2', endKind: 'count', count: '1', holidayPolicy: 'skip' })).sessions;
    const asked = ok(await other.service.submitQuestion(memberA, created.network.networkId, sessions[0]!.id, questionRaw())).question;
    expect((await statsOf(source)).questions.submitted).toBe(before.questions.submitted + 1);

    ok(await other.service.withdrawQuestion(memberA, created.network.networkId, asked.id));
    expect(await statsOf(source)).toEqual(await freshCount(mine));
  });
});
