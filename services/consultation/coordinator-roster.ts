// Who coordinates which RC, learnt from their actions in the RC's bound channel (Teams
// membership is the access control there). The statistics tab uses it to show exact counts
// to an RC's own coordinators and suppressed figures to everyone else; the re-announcement job
// tells them in their personal chats when a request has waited past its target.
import { BoundedSet } from '../bounded.js';
import type { Collection, Document, DocumentStore } from '../storage/port.js';
import { ReadCache } from '../storage/read-cache.js';
import type { Clock } from '../time/clock.js';

const PK = 'coordinator';

interface CoordinatorDoc extends Document {
  pk: typeof PK;
  aadObjectId: string;
  rcIds: string[];
  /** Teams user id (29:…), where personal notices go; absent on records from before it was kept. */
  userId?: string;
  seenAt: string;
}

// Bounds the memory; past it the set starts over (each pair then costs one read again).
export const MAX_KNOWN = 20_000;

const idFor = (aadObjectId: string) => `coordinator:${Buffer.from(aadObjectId).toString('base64url')}`;

export class CoordinatorRoster {
  private readonly docs: Collection<CoordinatorDoc>;
  /**
   * Pairs this process has read back as stored: nothing removes an RC from a coordinator, so
   * such a pair needs no read on the next action (it was one store round trip per channel action).
   */
  private readonly known = new BoundedSet<string>(MAX_KNOWN);

  /**
   * A person's RCs as last read: nothing removes an RC from a coordinator, so a value held for a
   * while only ever lacks an RC another instance has just learnt (../storage/read-cache.ts).
   */
  private readonly rcs: ReadCache<string[]>;

  constructor(
    store: DocumentStore,
    private readonly clock: Clock,
    /** How long rcsOf's answers stay in memory; 0: always read. */
    cacheMs = 0,
  ) {
    this.docs = store.collection<CoordinatorDoc>('system');
    this.rcs = new ReadCache(cacheMs, clock);
  }

  /** Idempotent; a lost race between two writes only delays the record to the next action. */
  async remember(aadObjectId: string | undefined, rcId: string, userId?: string): Promise<void> {
    if (!aadObjectId) return;
    const pair = `${aadObjectId}/${rcId}`;
    if (this.known.has(pair)) return;
    const found = await this.docs.get(idFor(aadObjectId), PK);
    if (found?.item.rcIds.includes(rcId) && (userId === undefined || found.item.userId === userId)) {
      // Only once read back: a write of ours another instance overwrote is repaired on the next action.
      this.known.add(pair);
      return;
    }
    const rcIds = [...new Set([...(found?.item.rcIds ?? []), rcId])].sort();
    const id = userId ?? found?.item.userId;
    try {
      await this.docs.upsert({ id: idFor(aadObjectId), pk: PK, aadObjectId, rcIds, ...(id ? { userId: id } : {}), seenAt: this.clock.now().toISOString() });
    } finally {
      this.rcs.clear();
    }
  }

  /** The Teams user ids of an RC's known coordinators (those who have acted in its channel). */
  async coordinatorsOf(rcId: string): Promise<string[]> {
    const all = await this.docs.queryAll({ where: [{ field: 'pk', op: '=', value: PK }] }, { partitionKey: PK });
    return all.filter((d) => d.rcIds.includes(rcId) && d.userId).map((d) => d.userId as string).sort();
  }

  async rcsOf(aadObjectId: string | undefined): Promise<string[]> {
    if (!aadObjectId) return [];
    return this.rcs.get(aadObjectId, async () => (await this.docs.get(idFor(aadObjectId), PK))?.item.rcIds ?? []);
  }
}
