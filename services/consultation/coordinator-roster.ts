// Who coordinates which RC, learnt from their actions in the RC's bound channel (Teams
// membership is the access control there). The statistics tab uses it to show exact counts
// to an RC's own coordinators and suppressed figures to everyone else.
import type { Collection, Document, DocumentStore } from '../storage/port.js';
import type { Clock } from '../time/clock.js';

const PK = 'coordinator';

interface CoordinatorDoc extends Document {
  pk: typeof PK;
  aadObjectId: string;
  rcIds: string[];
  seenAt: string;
}

const idFor = (aadObjectId: string) => `coordinator:${Buffer.from(aadObjectId).toString('base64url')}`;

export class CoordinatorRoster {
  private readonly docs: Collection<CoordinatorDoc>;

  constructor(store: DocumentStore, private readonly clock: Clock) {
    this.docs = store.collection<CoordinatorDoc>('system');
  }

  /** Idempotent; a lost race between two writes only delays the record to the next action. */
  async remember(aadObjectId: string | undefined, rcId: string): Promise<void> {
    if (!aadObjectId) return;
    const found = await this.docs.get(idFor(aadObjectId), PK);
    if (found?.item.rcIds.includes(rcId)) return;
    const rcIds = [...(found?.item.rcIds ?? []), rcId].sort();
    await this.docs.upsert({ id: idFor(aadObjectId), pk: PK, aadObjectId, rcIds, seenAt: this.clock.now().toISOString() });
  }

  async rcsOf(aadObjectId: string | undefined): Promise<string[]> {
    if (!aadObjectId) return [];
    return (await this.docs.get(idFor(aadObjectId), PK))?.item.rcIds ?? [];
  }
}
