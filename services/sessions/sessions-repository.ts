// The `sessions` container, one partition per network. No transactions span documents, so
// every rule that must hold under concurrency lives inside ONE document and is enforced by
// a read, a rule check and a replace on the ETag that was read (../storage/optimistic-update.ts):
//   - capacity and the one-place-per-organisation rule: the session document holds its
//     bookings and waiting list, so two organisations taking the last place cannot both win;
//   - a question's status: its own document, so carry-over and a lead's "discussed" cannot
//     both apply.

import type { z } from 'zod';
import { isValidDocumentId } from '../storage/document-id.js';
import { ReadCache } from '../storage/read-cache.js';
import { AlreadyExistsError } from '../storage/errors.js';
import { UpdateLanes, updateOptimistically, type Decision, type Read, type Updated } from '../storage/optimistic-update.js';
import type { Collection, Document, DocumentStore, Filter } from '../storage/port.js';
import type { Clock } from '../time/clock.js';
import type { Sleep } from '../time/sleep.js';
import { networkSchema, questionSchema, seriesSchema, sessionSchema, type Network, type Question, type Series, type Session } from './model.js';

export type { Conflict, Decision, NotFound, Read, Updated } from '../storage/optimistic-update.js';

interface Kind<T> {
  kind: string;
  schema: z.ZodType<T>;
}
const NETWORK: Kind<Network> = { kind: 'network', schema: networkSchema };
const SERIES: Kind<Series> = { kind: 'series', schema: seriesSchema };
const SESSION: Kind<Session> = { kind: 'session', schema: sessionSchema };
const QUESTION: Kind<Question> = { kind: 'question', schema: questionSchema };

const isKind = (kind: string): Filter => ({ field: 'kind', op: '=', value: kind });

export class SessionsRepository {
  readonly docs: Collection<Document>;
  /** A session's bookings from many organisations at once take turns here instead of colliding. */
  private readonly lanes = new UpdateLanes();
  // Networks change rarely (a lead adds an organisation or a deputy) but every session turn
  // reads its network for the person's role, and the session list reads all of theirs. A
  // network written here forgets both at once; one written by another instance shows within
  // cacheMs (RC_DIRECTORY_REFRESH_SECONDS, as the coordinators' RCs). Updates always read afresh.
  private readonly networks: ReadCache<Read<Network> | undefined>;
  private readonly memberships: ReadCache<Network[]>;

  constructor(
    store: DocumentStore,
    private readonly sleep: Sleep,
    clock: Clock,
    cacheMs = 0,
  ) {
    this.docs = store.collection<Document>('sessions');
    this.networks = new ReadCache(cacheMs, clock);
    this.memberships = new ReadCache(cacheMs, clock);
  }

  network(networkId: string): Promise<Read<Network> | undefined> {
    return this.networks.get(networkId, () => this.read(NETWORK, networkId, networkId));
  }

  series(networkId: string, seriesDocId: string): Promise<Read<Series> | undefined> {
    return this.read(SERIES, networkId, seriesDocId);
  }

  session(networkId: string, sessionId: string): Promise<Read<Session> | undefined> {
    return this.read(SESSION, networkId, sessionId);
  }

  question(networkId: string, questionId: string): Promise<Read<Question> | undefined> {
    return this.read(QUESTION, networkId, questionId);
  }

  /** Create-if-absent; false when the id is taken (a retry of the same creation). */
  async createIfAbsent(item: Network | Series | Session | Question): Promise<boolean> {
    const schema = { network: networkSchema, series: seriesSchema, session: sessionSchema, question: questionSchema }[item.kind];
    try {
      await this.docs.create(schema.parse(item) as Document);
      return true;
    } catch (error) {
      if (error instanceof AlreadyExistsError) return false;
      throw error;
    } finally {
      if (item.kind === 'network') this.forgetNetworks();
    }
  }

  async updateNetwork<D extends object, F>(networkId: string, decide: (current: Network) => Decision<Network, D, F>): Promise<Updated<Network, D, F>> {
    try {
      return await this.update(NETWORK, networkId, networkId, decide);
    } finally {
      this.forgetNetworks();
    }
  }

  updateSession<D extends object, F>(networkId: string, sessionId: string, decide: (current: Session) => Decision<Session, D, F>): Promise<Updated<Session, D, F>> {
    return this.update(SESSION, networkId, sessionId, decide);
  }

  updateQuestion<D extends object, F>(networkId: string, questionId: string, decide: (current: Question) => Decision<Question, D, F>): Promise<Updated<Question, D, F>> {
    return this.update(QUESTION, networkId, questionId, decide);
  }

  /** Cross-partition: every network the user leads or belongs to through an organisation. */
  networksWith(userId: string): Promise<Network[]> {
    return this.memberships.get(userId, async () => {
      const items = await this.docs.queryAll({ where: [isKind('network'), { field: 'participantIds', op: 'contains', value: userId }] });
      return items.map((item) => networkSchema.parse(item)).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    });
  }

  async networkByFeedToken(token: string): Promise<Network | undefined> {
    const page = await this.docs.query({ where: [isKind('network'), { field: 'feedToken', op: '=', value: token }], top: 1 }, { pageSize: 1 });
    const found = page.items[0];
    return found && networkSchema.parse(found);
  }

  async sessionsOfSeries(networkId: string, seriesId: string): Promise<Session[]> {
    return this.sessions([isKind('session'), { field: 'seriesId', op: '=', value: seriesId }], networkId);
  }

  /** Every session of one network (cancelled and held too) starting at or after the instant. */
  async sessionsFrom(networkId: string, fromIso: string): Promise<Session[]> {
    return this.sessions([isKind('session'), { field: 'startsAt', op: '>=', value: fromIso }], networkId);
  }

  /** Scheduled sessions of one network starting after the instant, earliest first. */
  async scheduledAfter(networkId: string, afterIso: string, limit: number): Promise<Session[]> {
    return this.sessions(
      [isKind('session'), { field: 'status', op: '=', value: 'scheduled' }, { field: 'startsAt', op: '>', value: afterIso }],
      networkId,
      limit,
    );
  }

  /** Cross-partition: scheduled sessions starting in (fromIso, toIso], for the reminder job. */
  async scheduledStartingBetween(fromIso: string, toIso: string): Promise<Session[]> {
    return this.sessions(
      [
        isKind('session'),
        { field: 'status', op: '=', value: 'scheduled' },
        { field: 'startsAt', op: '>', value: fromIso },
        { field: 'startsAt', op: '<=', value: toIso },
      ],
      undefined,
    );
  }

  async questionsOf(networkId: string, sessionId: string): Promise<Question[]> {
    const items = await this.docs.queryAll(
      { where: [isKind('question'), { field: 'sessionId', op: '=', value: sessionId }], orderBy: { field: 'times.submitted' } },
      { partitionKey: networkId },
    );
    return items.map((item) => questionSchema.parse(item));
  }

  /**
   * Cross-partition: discussed or withdrawn questions last changed before the cutoff that
   * still hold their text. A null never matches a string comparison, so `>= ''` means "has text".
   */
  async questionsWithTextEndedBefore(cutoffIso: string, limit: number): Promise<Question[]> {
    const items = await this.docs.queryAll(
      {
        where: [
          isKind('question'),
          { field: 'status', op: 'in', values: ['discussed', 'withdrawn'] },
          { field: 'times.updated', op: '<=', value: cutoffIso },
          { field: 'text', op: '>=', value: '' },
        ],
        top: limit,
      },
      {},
    );
    return items.map((item) => questionSchema.parse(item));
  }

  private async sessions(where: Filter[], networkId: string | undefined, top?: number): Promise<Session[]> {
    const items = await this.docs.queryAll(
      { where, orderBy: { field: 'startsAt', direction: 'asc' }, ...(top === undefined ? {} : { top }) },
      networkId === undefined ? {} : { partitionKey: networkId },
    );
    return items.map((item) => sessionSchema.parse(item));
  }

  private forgetNetworks(): void {
    this.networks.clear();
    this.memberships.clear();
  }

  private async read<T>(kind: Kind<T>, networkId: string, id: string): Promise<Read<T> | undefined> {
    // Ids come from card data: one that the store would refuse simply names nothing.
    if (!isValidDocumentId(id) || !isValidDocumentId(networkId)) return undefined;
    const stored = await this.docs.get(id, networkId);
    if (!stored || stored.item.kind !== kind.kind) return undefined;
    return { item: kind.schema.parse(stored.item), etag: stored.etag };
  }

  private update<T, D extends object, F>(
    kind: Kind<T>,
    networkId: string,
    id: string,
    decide: (current: T) => Decision<T, D, F>,
  ): Promise<Updated<T, D, F>> {
    return updateOptimistically(
      {
        read: () => this.read(kind, networkId, id),
        write: async (next, current) => (await this.docs.replace(kind.schema.parse(next) as Document, current.etag)).etag,
        lane: { lanes: this.lanes, key: `${networkId}/${id}` },
      },
      decide,
      { sleep: this.sleep },
    );
  }
}
