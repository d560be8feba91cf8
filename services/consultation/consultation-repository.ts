// Consultation records in the `consultations` container, one partition per RC. Neither store
// has transactions across documents, so the two guarantees rest on single-document operations:
//   - numbering: the record's id IS its reference, and it is created with create-if-absent.
//     A number exists only as a record (no gaps), and two writers can never both create the
//     same id (no duplicates); the loser simply tries the next number. Where to start comes
//     from a counter per RC and year (./reference-counter.ts), not from the stored records,
//     so a submit costs the same at any number of records.
//   - changes: every change is a read, a rule check and a replace on the ETag that was read
//     (../storage/optimistic-update.ts), so a change to one field never overwrites another
//     coordinator's change to a different one.
// Every write that reaches the figures is covered by change marks (./change-marks.ts), so the
// statistics' monthly tallies know when a month's records have changed. This class is the only writer of records.

import { AlreadyExistsError } from '../storage/errors.js';
import { updateOptimistically, type Conflict, type Decision as DocumentDecision, type NotFound } from '../storage/optimistic-update.js';
import type { Collection, Document, DocumentStore, Filter, Stored } from '../storage/port.js';
import type { Sleep } from '../time/sleep.js';
import { changesFigures, type ChangeMarks } from './change-marks.js';
import { consultationRecordSchema, type ConsultationRecord } from './record.js';
import { ReferenceCounters } from './reference-counter.js';
import { formatReference } from './reference.js';

/** A record before it has a number. */
export type RecordDraft = Omit<ConsultationRecord, 'id' | 'kind' | 'reference' | 'year' | 'seq'>;

export type { Conflict, NotFound };

/** A decision on the current record: the record to write (the same object: nothing to write) or a refusal. */
export type Decision<F> = DocumentDecision<ConsultationRecord, Record<never, never>, F>;
export type Updated<F> = { ok: true; record: ConsultationRecord; etag: string } | F | NotFound | Conflict;

/** Submission keys share the container; every record query carries this filter. */
export const IS_RECORD: Filter = { field: 'kind', op: '=', value: 'consultation' };

// Each failed attempt means another writer took that number, so this bounds a storm, not a wait.
const MAX_NUMBER_ATTEMPTS = 1000;

export class ConsultationRepository {
  readonly docs: Collection<Document>;
  private readonly counters: ReferenceCounters;

  constructor(
    store: DocumentStore,
    private readonly sleep: Sleep,
    private readonly marks: ChangeMarks,
  ) {
    this.docs = store.collection<Document>('consultations');
    this.counters = new ReferenceCounters(this.docs, sleep, (rcId, year) => this.highestSeq(rcId, year));
  }

  async findById(rcId: string, id: string): Promise<Stored<ConsultationRecord> | undefined> {
    const stored = await this.docs.get(id, rcId);
    if (!stored || stored.item.kind !== 'consultation') return undefined;
    return { item: consultationRecordSchema.parse(stored.item), etag: stored.etag };
  }

  /**
   * Creates the record under the next free reference of its RC and year. Starts after the
   * highest number the counter knows and moves on past numbers others take meanwhile.
   * `stillEntitled` is asked before each attempt; when it says no, nothing is created and
   * undefined is returned.
   */
  async createNumbered(
    draft: RecordDraft,
    shortCode: string,
    year: number,
    stillEntitled: () => boolean = () => true,
  ): Promise<Stored<ConsultationRecord> | undefined> {
    const numbered = await this.counters.oneAtATime(draft.rcId, year, async () => {
      let seq = (await this.counters.highest(draft.rcId, year)) + 1;
      const covered = await this.marks.beforeWrite(draft.rcId, draft.times.created);
      for (let attempt = 0; attempt < MAX_NUMBER_ATTEMPTS; attempt++) {
        if (!stillEntitled()) return undefined;
        const reference = formatReference(shortCode, year, seq);
        // Not `{ ...draft, id, … }`: see record-draft.ts.
        const record = consultationRecordSchema.parse(Object.assign({}, draft, { id: reference, kind: 'consultation', reference, year, seq }));
        try {
          const saved = await this.docs.create(record);
          // The number is taken once the record exists: the next request of this RC numbers on
          // from here at once, while this one's counter document and change mark are written.
          return { stored: { item: record, etag: saved.etag }, covered, counted: this.counterAfterCreate(draft.rcId, year, seq) };
        } catch (error) {
          if (!(error instanceof AlreadyExistsError)) throw error;
        }
        seq = (await this.counters.afterCollision(draft.rcId, year, seq)) + 1;
      }
      throw new Error(`consultations/${draft.rcId}: no free reference after ${MAX_NUMBER_ATTEMPTS} attempts from ${shortCode}-${year}`);
    });
    if (!numbered) return undefined;
    await numbered.counted;
    await this.markAfterWrite(numbered.stored.item, numbered.covered);
    return numbered.stored;
  }

  /**
   * The record exists, so the submit must not be reported as failed because the counter could
   * not be advanced: a lagging counter only makes the next create collide and look again.
   */
  private async counterAfterCreate(rcId: string, year: number, seq: number): Promise<void> {
    try {
      await this.counters.taken(rcId, year, seq);
    } catch {
      // See above: nothing is lost.
    }
  }

  private async highestSeq(rcId: string, year: number): Promise<number> {
    const page = await this.docs.query<{ seq: number }>(
      {
        where: [IS_RECORD, { field: 'rcId', op: '=', value: rcId }, { field: 'year', op: '=', value: year }],
        orderBy: { field: 'seq', direction: 'desc' },
        select: ['seq'],
        top: 1,
      },
      { partitionKey: rcId, pageSize: 1 },
    );
    return page.items[0]?.seq ?? 0;
  }

  /** Read, decide, write on the ETag; on a lost race the whole cycle runs again with fresh data. */
  async update<F extends { ok: false }>(
    rcId: string,
    id: string,
    decide: (current: ConsultationRecord) => Decision<F>,
    known?: Stored<ConsultationRecord>,
  ): Promise<Updated<F>> {
    const result = await updateOptimistically(
      {
        read: () => this.findById(rcId, id),
        write: async (next, current) => {
          const parsed = consultationRecordSchema.parse(next);
          const counted = changesFigures(current.item, parsed);
          const covered = counted ? await this.marks.beforeWrite(rcId, current.item.times.created) : undefined;
          const saved = await this.docs.replace(parsed, current.etag);
          if (covered !== undefined) await this.markAfterWrite(current.item, covered);
          return saved.etag;
        },
      },
      decide,
      { sleep: this.sleep },
      known,
    );
    return result.ok ? { ok: true, record: result.item, etag: result.etag } : result;
  }

  /**
   * The write has happened, so it must not be reported as failed because its second mark
   * could not be written: the first mark, minutes old at most, already keeps the month from
   * being stored until the quiet period has passed, and by then the record is there to be counted.
   */
  private async markAfterWrite(record: Pick<ConsultationRecord, 'rcId' | 'times'>, coveredSince: number): Promise<void> {
    try {
      await this.marks.afterWrite(record.rcId, record.times.created, coveredSince);
    } catch {
      // See above: nothing is lost.
    }
  }

  async findBySubmissionKey(rcId: string, submissionKey: string): Promise<Stored<ConsultationRecord> | undefined> {
    const page = await this.docs.query<{ id: string }>(
      { where: [IS_RECORD, { field: 'submissionKey', op: '=', value: submissionKey }], select: ['id'], top: 1 },
      { partitionKey: rcId, pageSize: 1 },
    );
    const found = page.items[0];
    return found ? this.findById(rcId, found.id) : undefined;
  }

  /** Across all RCs: a professional may have asked several. */
  async findByRequester(requesterId: string, limit: number): Promise<ConsultationRecord[]> {
    return this.records(
      { where: [IS_RECORD, { field: 'requester.id', op: '=', value: requesterId }], orderBy: { field: 'times.created', direction: 'desc' }, top: limit },
      undefined,
    );
  }

  /** Unclaimed requests old enough that their working-hours deadline may have passed. */
  async findUnclaimedCreatedBefore(cutoff: Date, limit: number): Promise<ConsultationRecord[]> {
    return this.records(
      {
        where: [IS_RECORD, { field: 'status', op: '=', value: 'new' }, { field: 'times.created', op: '<=', value: cutoff.toISOString() }],
        orderBy: { field: 'times.created', direction: 'asc' },
        top: limit,
      },
      undefined,
    );
  }

  /** One RC's requests in the given states, oldest first (the queue, and those awaiting a channel). */
  async findInCentreByStatus(rcId: string, statuses: readonly ConsultationRecord['status'][], limit: number): Promise<ConsultationRecord[]> {
    return this.records(
      {
        where: [IS_RECORD, { field: 'status', op: 'in', values: [...statuses] }],
        orderBy: { field: 'times.created', direction: 'asc' },
        top: limit,
      },
      rcId,
    );
  }

  /** Across all RCs: requests in the given states, oldest first. */
  async findByStatus(statuses: readonly ConsultationRecord['status'][], limit: number): Promise<ConsultationRecord[]> {
    return this.records({ where: [IS_RECORD, { field: 'status', op: 'in', values: [...statuses] }], orderBy: { field: 'times.created', direction: 'asc' }, top: limit }, undefined);
  }

  /** Across all RCs: the cases a coordinator has taken and not yet answered. */
  async findClaimedBy(personId: string, limit: number): Promise<ConsultationRecord[]> {
    return this.records(
      {
        where: [IS_RECORD, { field: 'claimedBy.id', op: '=', value: personId }, { field: 'status', op: '=', value: 'claimed' }],
        orderBy: { field: 'times.created', direction: 'asc' },
        top: limit,
      },
      undefined,
    );
  }

  async findFollowUpPendingAnsweredBefore(cutoff: Date, limit: number): Promise<ConsultationRecord[]> {
    return this.records(
      {
        where: [
          IS_RECORD,
          { field: 'followUp', op: '=', value: 'pending' },
          { field: 'status', op: 'in', values: ['answered', 'closed'] },
          { field: 'times.answered', op: '<=', value: cutoff.toISOString() },
        ],
        orderBy: { field: 'times.answered', direction: 'asc' },
        top: limit,
      },
      undefined,
    );
  }

  /**
   * Closed or withdrawn before the cutoff and still holding a question or an answer. A null
   * never matches a string comparison in either store, so `>= ''` means "holds text".
   */
  async findWithFreeTextEndedBefore(cutoff: Date, limit: number): Promise<ConsultationRecord[]> {
    const found = new Map<string, ConsultationRecord>();
    for (const [status, time] of [['closed', 'times.closed'], ['withdrawn', 'times.withdrawn']] as const) {
      for (const text of ['question', 'answer'] as const) {
        const records = await this.records(
          {
            where: [IS_RECORD, { field: 'status', op: '=', value: status }, { field: time, op: '<=', value: cutoff.toISOString() }, { field: text, op: '>=', value: '' }],
            top: limit,
          },
          undefined,
        );
        for (const record of records) found.set(`${record.rcId}/${record.id}`, record);
      }
    }
    return [...found.values()].slice(0, limit);
  }

  /** Transferred records still holding their question: a transfer whose last step has not run. */
  async findTransferredWithText(limit: number): Promise<ConsultationRecord[]> {
    return this.records({ where: [IS_RECORD, { field: 'status', op: '=', value: 'transferred' }, { field: 'question', op: '>=', value: '' }], top: limit }, undefined);
  }

  private async records(spec: Parameters<Collection<Document>['queryAll']>[0], partitionKey: string | undefined): Promise<ConsultationRecord[]> {
    const items = await this.docs.queryAll(spec, partitionKey === undefined ? {} : { partitionKey });
    return items.map((item) => consultationRecordSchema.parse(item));
  }
}
