// The statistics' goal area 3 figures, counted from the sessions container. The statistics
// service asks through its SessionStatsSource port and never reads this container itself; this
// is the sessions domain answering it. Only the fields a count needs are read (select
// projections), so a report does not pull agendas, bookings or question texts into memory.
// The networks' partitions are read together, up to 256 in one query (Cosmos DB's limit for an
// IN list): one query per network cost an "all RCs" report 160 round trips for 80 networks,
// and the Cosmos wire server evaluates each against the whole container (27 s in
// scripts/bench-stats.ts, against under a second this way).
// A count is given again while nothing it read has been written (../storage/versioned-results.ts):
// "statistik" asked over and over reads a write version, not every session and question again.

import type { SessionStats, SessionStatsAnswer, SessionStatsQuery, SessionStatsSource } from '../statistics/session-stats.js';
import type { ResolvedPeriod } from '../statistics/types.js';
import type { Collection, Document, DocumentStore, Filter } from '../storage/port.js';
import { VersionedResults } from '../storage/versioned-results.js';
import type { QuestionStatus } from './codes.js';
import { questionSchema, sessionSchema } from './model.js';

// Cosmos DB takes at most 256 values in one IN list (see the storage port).
const MAX_IN_VALUES = 256;
/** Cosmos DB's largest page: fewer round trips for the same rows. */
const PAGE_SIZE = 1000;

// The projections, parsed like every other read so a document of an older shape fails here.
const sessionCounts = sessionSchema.pick({ status: true, attendance: true, ratings: true });
const questionEvents = questionSchema.pick({ history: true, times: true });
const SESSION_FIELDS = ['status', 'attendance', 'ratings'];
const QUESTION_FIELDS = ['history', 'times'];

export class NetworkSessionStats implements SessionStatsSource {
  private readonly docs: Collection<Document>;
  private readonly counted = new VersionedResults<SessionStats>();

  constructor(store: DocumentStore) {
    this.docs = store.collection<Document>('sessions');
  }

  async sessionStats(query: SessionStatsQuery): Promise<SessionStatsAnswer> {
    const networkIds = await this.networksOf(query.rcIds);
    const chunks: string[][] = [];
    for (let i = 0; i < networkIds.length; i += MAX_IN_VALUES) chunks.push(networkIds.slice(i, i + MAX_IN_VALUES));
    const { period } = query;
    // Counted again only when a session or question these networks hold in the period was
    // written since the last count (a booking, a held session, a rating, a question moved).
    const stats = await this.counted.get(
      JSON.stringify([period.start, period.end, networkIds]),
      async () => {
        const versions: string[] = [];
        for (const chunk of chunks) versions.push(await this.docs.writeVersion(sessionsIn(chunk, period)), await this.docs.writeVersion(questionsIn(chunk, period)));
        return versions.join('|');
      },
      async () => {
        const tally = new Tally(period);
        for (const chunk of chunks) {
          await this.countSessions(chunk, period, tally);
          await this.countQuestions(chunk, period, tally);
        }
        return tally.stats();
      },
    );
    return { computable: true, stats: { ...stats, organisationsPerSession: [...stats.organisationsPerSession] } };
  }

  /** Cross-partition, ids only: the networks belonging to these RCs. */
  private async networksOf(rcIds: readonly string[]): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < rcIds.length; i += MAX_IN_VALUES) {
      const chunk = rcIds.slice(i, i + MAX_IN_VALUES);
      const rows = await this.docs.queryAll<{ networkId: string }>({
        where: [
          { field: 'kind', op: '=', value: 'network' },
          { field: 'rcId', op: 'in', values: [...chunk] },
        ],
        select: ['networkId'],
      });
      ids.push(...rows.map((row) => row.networkId));
    }
    return ids;
  }

  private async countSessions(networkIds: readonly string[], period: ResolvedPeriod, tally: Tally): Promise<void> {
    const rows = await this.docs.queryAll({ ...sessionsIn(networkIds, period), select: SESSION_FIELDS }, { pageSize: PAGE_SIZE });
    for (const row of rows) tally.session(sessionCounts.parse(row));
  }

  private async countQuestions(networkIds: readonly string[], period: ResolvedPeriod, tally: Tally): Promise<void> {
    const rows = await this.docs.queryAll({ ...questionsIn(networkIds, period), select: QUESTION_FIELDS }, { pageSize: PAGE_SIZE });
    for (const row of rows) tally.question(questionEvents.parse(row));
  }
}

/** Sessions belong to the period they start in, whatever their status. */
function sessionsIn(networkIds: readonly string[], period: ResolvedPeriod): { where: Filter[] } {
  // Instants are stored as toISOString() writes them, the same form as the period's bounds,
  // so comparing the strings compares the instants.
  return {
    where: [
      { field: 'networkId', op: 'in', values: [...networkIds] },
      { field: 'kind', op: '=', value: 'session' },
      { field: 'startsAt', op: '>=', value: period.start },
      { field: 'startsAt', op: '<', value: period.end },
    ],
  };
}

/**
 * A question counts in a period when it was submitted there or any of its history falls
 * there. Its last change (`times.updated`) is its latest event and nothing happens before
 * it is submitted, so these two bounds leave out every question with nothing in the period.
 */
function questionsIn(networkIds: readonly string[], period: ResolvedPeriod): { where: Filter[] } {
  return {
    where: [
      { field: 'networkId', op: 'in', values: [...networkIds] },
      { field: 'kind', op: '=', value: 'question' },
      { field: 'times.updated', op: '>=', value: period.start },
      { field: 'times.submitted', op: '<', value: period.end },
    ],
  };
}

type SessionCounts = ReturnType<typeof sessionCounts.parse>;
type QuestionEvents = ReturnType<typeof questionEvents.parse>;

/** The counts of one report, as the port's comments define them. */
class Tally {
  private held = 0;
  private cancelled = 0;
  private submitted = 0;
  private discussed = 0;
  private carriedOver = 0;
  private readonly organisations: number[] = [];
  private ratingSum = 0;
  private ratings = 0;
  private readonly startMs: number;
  private readonly endMs: number;

  constructor(period: ResolvedPeriod) {
    this.startMs = Date.parse(period.start);
    this.endMs = Date.parse(period.end);
  }

  session(s: SessionCounts): void {
    if (s.status === 'cancelled') this.cancelled++;
    if (s.status !== 'held') return;
    this.held++;
    this.organisations.push(s.attendance.filter((a) => a.present).length);
    // Ratings belong to the session's period, not to the day someone got round to rating.
    for (const r of s.ratings) {
      this.ratingSum += r.rating;
      this.ratings++;
    }
  }

  question(q: QuestionEvents): void {
    if (this.within(q.times.submitted)) this.submitted++;
    // By the status an event led to: a carry-over by the lead, by a held or by a cancelled
    // session all leave the question carried over. Each question counts once per status.
    if (this.reached(q, 'discussed')) this.discussed++;
    if (this.reached(q, 'carried_over')) this.carriedOver++;
  }

  stats(): SessionStats {
    return {
      sessions: { held: this.held, cancelled: this.cancelled },
      questions: { submitted: this.submitted, discussed: this.discussed, carriedOver: this.carriedOver },
      organisationsPerSession: [...this.organisations],
      satisfaction: { mean: this.ratings === 0 ? null : this.ratingSum / this.ratings, answers: this.ratings },
    };
  }

  private reached(q: QuestionEvents, status: QuestionStatus): boolean {
    return q.history.some((event) => event.status === status && this.within(event.at));
  }

  /** By instant rather than by string, since the schema allows any ISO offset in history. */
  private within(iso: string): boolean {
    const ms = Date.parse(iso);
    return ms >= this.startMs && ms < this.endMs;
  }
}
