// The goal area 3 figures as the sessions domain counts them for the statistics, on both stores:
// sessions by their start, questions by the events inside the period (each question once per
// status), attendance and ratings of the sessions held, and networks by the RC they belong to.

import { actor } from '../helpers/actors.js';
import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../services/statistics/period.js';
import type { SessionStatsQuery } from '../../services/statistics/session-stats.js';
import { NetworkSessionStats } from '../../services/sessions/session-stats-source.js';
import { FYR, GBG, GOTEBORG, UNA } from '../fixtures/directory.js';
import { useStores } from '../helpers/stores.js';
import { admin, coLead, deputyA, lead, MEETING_URL, memberA, memberB, memberC, nth, ok, outsider, questionRaw, seriesRaw, world, type World } from './helpers.js';

const stores = useStores();

// From Thursday 5 March to Friday 10 April 2026: sessions 0-2 of the world's series (10 and
// 24 March, 7 April) start inside it, session 3 (21 April) after it.
const SPRING = resolvePeriod({ kind: 'range', from: '2026-03-05', to: '2026-04-10' });
const APRIL = resolvePeriod({ kind: 'month', year: 2026, index: 4 });
const IN_PERIOD = '2026-03-06T09:00:00.000Z';
const AFTER_PERIOD = '2026-04-12T08:00:00.000Z';

const una = (period = SPRING): SessionStatsQuery => ({ scope: { kind: 'rc', rcId: UNA }, rcIds: [UNA], period });
const all = (period = SPRING): SessionStatsQuery => ({ scope: { kind: 'all' }, rcIds: [UNA, GBG, FYR], period });

/** A Göteborg network with one session on 12 March, cancelled with its one question on it. */
async function otherCentre(w: World): Promise<{ networkId: string; sessionId: string }> {
  const created = ok(await w.service.createNetwork(actor(admin, { admin: true }), { rcId: GBG, name: 'Nätverk Göteborg', leads: [coLead], meetingUrl: MEETING_URL }));
  const networkId = created.network.networkId;
  ok(await w.service.addOrganisation(coLead, networkId, { name: 'Socialtjänsten Göteborg', type: 'social_services', municipality: GOTEBORG, member: outsider, deputy: null }));
  const session = ok(await w.service.createSeries(coLead, networkId, seriesRaw({ firstDate: '2026-03-12', count: '1' }))).sessions[0];
  if (!session) throw new Error('no session in the Göteborg series');
  return { networkId, sessionId: session.id };
}

/**
 * The world's network through spring: session 0 held (A and B present, rated 5 and 4),
 * session 1 cancelled, session 2 held (A present, rated 3 after the period ended), session 3
 * still scheduled. Questions:
 *   - early: submitted 2 March (before the period), discussed at session 0 (inside it);
 *   - moved: submitted 6 March, carried over twice (session 0 held, session 1 cancelled), discussed at session 2;
 *   - late: submitted 12 April (after the period) for session 3.
 */
async function spring(w: World, other: { networkId: string; sessionId: string }): Promise<void> {
  const id = w.network.networkId;
  const [s0, s1, s2, s3] = [nth(w, 0), nth(w, 1), nth(w, 2), nth(w, 3)];
  const early = ok(await w.service.submitQuestion(memberA, id, s0.id, questionRaw())).question;

  w.clock.set(IN_PERIOD);
  const moved = ok(await w.service.submitQuestion(memberB, id, s0.id, questionRaw())).question;
  ok(await w.service.submitQuestion(outsider, other.networkId, other.sessionId, questionRaw()));
  ok(await w.service.cancelSession(coLead, other.networkId, other.sessionId, 'Sjukdom'));

  w.clock.set(s0.endsAt);
  ok(await w.service.markDiscussed(lead, id, s0.id, early.id));
  expect(ok(await w.service.recordAttendance(lead, id, s0.id, [w.orgA.id, w.orgB.id])).questions.moved).toEqual([{ questionId: moved.id, toSessionId: s1.id }]);
  ok(await w.service.rateSession(memberA, id, s0.id, 5));
  ok(await w.service.rateSession(memberB, id, s0.id, 4));
  expect(ok(await w.service.cancelSession(lead, id, s1.id, 'Ledighet')).questions.moved).toEqual([{ questionId: moved.id, toSessionId: s2.id }]);

  w.clock.set(s2.endsAt);
  ok(await w.service.markDiscussed(lead, id, s2.id, moved.id));
  ok(await w.service.recordAttendance(lead, id, s2.id, [w.orgA.id]));

  w.clock.set(AFTER_PERIOD);
  ok(await w.service.rateSession(deputyA, id, s2.id, 3));
  ok(await w.service.submitQuestion(memberC, id, s3.id, questionRaw()));
}

describe.each(stores.kinds)('session statistics for the report (%s)', (kind) => {
  it('counts one RC\'s sessions, questions, attendance and ratings in the period, and leaves other RCs out', async () => {
    const w = await world(await stores.open(kind));
    await spring(w, await otherCentre(w));
    const source = new NetworkSessionStats(w.store);

    expect(await source.sessionStats(una())).toEqual({
      computable: true,
      stats: {
        sessions: { held: 2, cancelled: 1 },
        // Submitted: only "moved" (early came before the period, late after it); early's discussion falls inside.
        questions: { submitted: 1, discussed: 2, carriedOver: 1 },
        organisationsPerSession: [2, 1],
        // The rating given after the period still belongs to session 2, held inside it.
        satisfaction: { mean: 4, answers: 3 },
      },
    });
  });

  it('counts every RC\'s networks when the scope is all', async () => {
    const w = await world(await stores.open(kind));
    await spring(w, await otherCentre(w));
    const source = new NetworkSessionStats(w.store);

    // Göteborg adds its cancelled session and its question, submitted and carried over (nowhere to go).
    expect(await source.sessionStats(all())).toEqual({
      computable: true,
      stats: {
        sessions: { held: 2, cancelled: 2 },
        questions: { submitted: 2, discussed: 2, carriedOver: 2 },
        organisationsPerSession: [2, 1],
        satisfaction: { mean: 4, answers: 3 },
      },
    });
  });

  it('moves with the period: April holds session 2 and 3, the late question and the second discussion', async () => {
    const w = await world(await stores.open(kind));
    await spring(w, await otherCentre(w));
    const source = new NetworkSessionStats(w.store);

    expect(await source.sessionStats(all(APRIL))).toEqual({
      computable: true,
      stats: {
        // Session 3 is still scheduled: neither held nor cancelled.
        sessions: { held: 1, cancelled: 0 },
        questions: { submitted: 1, discussed: 1, carriedOver: 0 },
        organisationsPerSession: [1],
        satisfaction: { mean: 3, answers: 1 },
      },
    });
  });

  it('answers zeros, and no mean, for RCs without networks', async () => {
    const w = await world(await stores.open(kind));
    await spring(w, await otherCentre(w));
    const source = new NetworkSessionStats(w.store);

    const empty = {
      computable: true,
      stats: { sessions: { held: 0, cancelled: 0 }, questions: { submitted: 0, discussed: 0, carriedOver: 0 }, organisationsPerSession: [], satisfaction: { mean: null, answers: 0 } },
    };
    expect(await source.sessionStats({ scope: { kind: 'rc', rcId: FYR }, rcIds: [FYR], period: SPRING })).toEqual(empty);
    expect(await source.sessionStats({ scope: { kind: 'all' }, rcIds: [], period: SPRING })).toEqual(empty);
  });
});
