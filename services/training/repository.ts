// Reads and conditional writes of the `trainings` container. Every read is parsed with the
// model's schemas; every change is the one optimistic-update loop.
import type { z } from 'zod';
import { isValidDocumentId } from '../storage/document-id.js';
import { updateOptimistically, type Decision, type Read, type Updated } from '../storage/optimistic-update.js';
import type { Collection, Document, DocumentStore } from '../storage/port.js';
import type { Sleep } from '../time/sleep.js';
import { trainingEventSchema, trainingRequestSchema, type TrainingEvent, type TrainingRequest } from './model.js';

interface Kind<T> {
  kind: string;
  schema: z.ZodType<T>;
}
const REQUEST: Kind<TrainingRequest> = { kind: 'request', schema: trainingRequestSchema };
const EVENT: Kind<TrainingEvent> = { kind: 'event', schema: trainingEventSchema };

export class TrainingRepository {
  private readonly docs: Collection<Document>;

  constructor(store: DocumentStore, private readonly sleep: Sleep) {
    this.docs = store.collection<Document>('trainings');
  }

  request(rcId: string, id: string): Promise<Read<TrainingRequest> | undefined> {
    return this.read(REQUEST, rcId, id);
  }

  event(rcId: string, id: string): Promise<Read<TrainingEvent> | undefined> {
    return this.read(EVENT, rcId, id);
  }

  async create(item: TrainingRequest | TrainingEvent): Promise<void> {
    const schema = item.kind === 'request' ? trainingRequestSchema : trainingEventSchema;
    await this.docs.create(schema.parse(item) as Document);
  }

  updateRequest<D extends object, F>(rcId: string, id: string, decide: (current: TrainingRequest) => Decision<TrainingRequest, D, F>): Promise<Updated<TrainingRequest, D, F>> {
    return this.update(REQUEST, rcId, id, decide);
  }

  updateEvent<D extends object, F>(rcId: string, id: string, decide: (current: TrainingEvent) => Decision<TrainingEvent, D, F>): Promise<Updated<TrainingEvent, D, F>> {
    return this.update(EVENT, rcId, id, decide);
  }

  /** An RC's requests still waiting for an answer, oldest first. */
  async openRequests(rcId: string): Promise<TrainingRequest[]> {
    const rows = await this.docs.queryAll(
      { where: [{ field: 'kind', op: '=', value: 'request' }, { field: 'status', op: 'in', values: ['new', 'taken', 'proposed'] }], orderBy: { field: 'times.created' } },
      { partitionKey: rcId },
    );
    return rows.map((row) => trainingRequestSchema.parse(row));
  }

  /** Events starting in [from, to), any RC when `rcId` is absent, earliest first. */
  async eventsStartingBetween(from: string, to: string, rcId?: string, top?: number): Promise<TrainingEvent[]> {
    const rows = await this.docs.queryAll(
      {
        where: [
          { field: 'kind', op: '=', value: 'event' },
          { field: 'startsAt', op: '>=', value: from },
          { field: 'startsAt', op: '<', value: to },
        ],
        orderBy: { field: 'startsAt' },
        ...(top ? { top } : {}),
      },
      rcId ? { partitionKey: rcId } : {},
    );
    return rows.map((row) => trainingEventSchema.parse(row));
  }

  /** The event behind a calendar link (cross-partition: the link names no RC). */
  async eventByCalendarToken(token: string): Promise<TrainingEvent | undefined> {
    const rows = await this.docs.queryAll({ where: [{ field: 'kind', op: '=', value: 'event' }, { field: 'calendarToken', op: '=', value: token }], top: 1 });
    return rows[0] ? trainingEventSchema.parse(rows[0]) : undefined;
  }

  private async read<T>(kind: Kind<T>, rcId: string, id: string): Promise<Read<T> | undefined> {
    // Ids come from card data: one that the store would refuse simply names nothing.
    if (!isValidDocumentId(id) || !isValidDocumentId(rcId)) return undefined;
    const stored = await this.docs.get(id, rcId);
    if (!stored || stored.item.kind !== kind.kind) return undefined;
    return { item: kind.schema.parse(stored.item), etag: stored.etag };
  }

  private update<T, D extends object, F>(kind: Kind<T>, rcId: string, id: string, decide: (current: T) => Decision<T, D, F>): Promise<Updated<T, D, F>> {
    return updateOptimistically(
      {
        read: () => this.read(kind, rcId, id),
        write: async (next, current) => (await this.docs.replace(kind.schema.parse(next) as Document, current.etag)).etag,
      },
      decide,
      { sleep: this.sleep },
    );
  }
}
