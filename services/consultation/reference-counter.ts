// Where the search for the next reference number starts, at a cost that does not depend on how
// many records are stored. The record still takes its number by being created under it
// (create-if-absent on the id, ./consultation-repository.ts), so a number exists only as a
// record: a failed create leaves no hole, two writers never share a number. The counter is
// a hint: when it lags, a create collides and the search moves on; it never decides a number.
//
// - One counter document per RC and year (`counter:2026` in the RC's partition) holds the
//   highest number known taken. It is advanced after each create by a conditional write on
//   its ETag, so a slow writer never moves it back. It is seeded once from the highest stored
//   number (the partition query that every submit used to run), so data stored before the
//   counter existed keeps numbering on.
// - This process remembers the counter and its ETag, and numbers one record per RC and year
//   at a time: within one instance no two submits race for the same number, so the steady
//   state is no read at all and one write (shared by the records numbered while it waits). Another instance's numbers show up as a collision,
//   after which the counter document is read again.

import { z } from 'zod';
import { AlreadyExistsError, ChangedBySomeoneElseError, NotFoundError } from '../storage/errors.js';
import { updateOptimistically } from '../storage/optimistic-update.js';
import type { Collection, Document } from '../storage/port.js';
import type { Sleep } from '../time/sleep.js';

export const REFERENCE_COUNTER_KIND = 'reference-counter';

const counterSchema = z.object({
  id: z.string(),
  rcId: z.string().min(1),
  kind: z.literal(REFERENCE_COUNTER_KIND),
  year: z.number().int(),
  /** The highest number known to be taken by a record. */
  seq: z.number().int().min(0),
});
type CounterDoc = z.infer<typeof counterSchema>;

export function referenceCounterId(year: number): string {
  return `counter:${year}`;
}

interface Known {
  seq: number;
  /** Undefined until this process has read or written the document. */
  etag?: string;
}

export class ReferenceCounters {
  private readonly known = new Map<string, Known>();
  private readonly queues = new Map<string, Promise<unknown>>();
  /** The counter documents' advances under way, by RC and year, each after the one before. */
  private readonly writes = new Map<string, Promise<void>>();
  /** The advance queued behind them, not yet started, that later numbers join. */
  private readonly waiting = new Map<string, Promise<void>>();

  constructor(
    private readonly docs: Collection<Document>,
    private readonly sleep: Sleep,
    /** The highest number stored as a record: the seed, and the way out when the counter is far behind. */
    private readonly highestStored: (rcId: string, year: number) => Promise<number>,
  ) {}

  /** Runs `work` after every earlier numbering of this RC and year in this process has finished. */
  async oneAtATime<T>(rcId: string, year: number, work: () => Promise<T>): Promise<T> {
    const key = keyOf(rcId, year);
    const run = (this.queues.get(key) ?? Promise.resolve()).then(work);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(key, settled);
    try {
      return await run;
    } finally {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    }
  }

  /** The highest number known taken; reads the document (seeding it if absent) only the first time. */
  async highest(rcId: string, year: number): Promise<number> {
    return this.known.get(keyOf(rcId, year))?.seq ?? this.read(rcId, year);
  }

  /**
   * After `collided` turned out to be taken (by another instance): where to try next. The
   * counter document usually knows; when it is behind too (its writer died before advancing
   * it), the stored records are asked once, so a lagging counter costs one query, not a walk.
   */
  async afterCollision(rcId: string, year: number, collided: number): Promise<number> {
    const counter = await this.read(rcId, year);
    const highest = counter > collided ? counter : Math.max(collided, await this.highestStored(rcId, year));
    this.remember(rcId, year, { seq: highest });
    return highest;
  }

  /**
   * `seq` now belongs to a record. This process numbers on from it at once (before the returned
   * promise settles, so the next numbering need not wait for the document); the document is
   * advanced after every earlier advance of this RC and year, each on the ETag the last one
   * wrote, and resolves once it holds `seq` or more.
   */
  taken(rcId: string, year: number, seq: number): Promise<void> {
    const key = keyOf(rcId, year);
    this.remember(rcId, year, { seq });
    // An advance that has not started yet writes the highest number known when it starts, this
    // one included: under load many records share one write of the counter.
    const waiting = this.waiting.get(key);
    if (waiting) return waiting;
    const write = (this.writes.get(key) ?? Promise.resolve()).then(() => {
      if (this.waiting.get(key) === write) this.waiting.delete(key);
      return this.advance(rcId, year, seq);
    });
    this.waiting.set(key, write);
    const settled = write.then(noop, noop);
    this.writes.set(key, settled);
    void settled.then(() => this.writes.get(key) === settled && this.writes.delete(key));
    return write;
  }

  /** Advances the document to the highest number this process knows taken (`seq` at least), unless it is already past it. */
  private async advance(rcId: string, year: number, seq: number): Promise<void> {
    const known = this.known.get(keyOf(rcId, year));
    const next: CounterDoc = { id: referenceCounterId(year), rcId, kind: REFERENCE_COUNTER_KIND, year, seq: Math.max(seq, known?.seq ?? 0) };
    if (known?.etag) {
      try {
        const saved = await this.docs.replace(next, known.etag);
        this.remember(rcId, year, { seq: next.seq, etag: saved.etag });
        return;
      } catch (error) {
        if (!(error instanceof ChangedBySomeoneElseError || error instanceof NotFoundError)) throw error;
      }
    }
    // Another instance wrote it since (or this process never read it): the general loop.
    const result = await updateOptimistically<CounterDoc, object, never>(
      {
        read: async () => {
          const stored = await this.docs.get(next.id, rcId);
          return stored ? { item: counterSchema.parse(stored.item), etag: stored.etag } : undefined;
        },
        write: async (doc, current) => (await this.docs.replace(doc, current.etag)).etag,
      },
      (current) => ({ ok: true, next: current.seq >= next.seq ? current : { ...current, seq: next.seq } }),
      { sleep: this.sleep },
    );
    if (result.ok) this.remember(rcId, year, { seq: result.item.seq, etag: result.etag });
    else if (result.reason === 'not_found') await this.read(rcId, year);
  }

  /** Reads the document; when there is none, creates it from the highest stored number. */
  private async read(rcId: string, year: number): Promise<number> {
    const id = referenceCounterId(year);
    for (;;) {
      const stored = await this.docs.get(id, rcId);
      if (stored) {
        const seq = counterSchema.parse(stored.item).seq;
        this.remember(rcId, year, { seq, etag: stored.etag });
        return seq;
      }
      const seq = await this.highestStored(rcId, year);
      try {
        const saved = await this.docs.create({ id, rcId, kind: REFERENCE_COUNTER_KIND, year, seq } satisfies CounterDoc);
        this.remember(rcId, year, { seq, etag: saved.etag });
        return seq;
      } catch (error) {
        // Another writer seeded it first: read theirs.
        if (!(error instanceof AlreadyExistsError)) throw error;
      }
    }
  }

  /**
   * Never moves this process's memory backwards. An ETag is the document's version whatever
   * number it holds, so it is kept even from a document behind what this process has numbered
   * (an advance still on its way), and the advance after it writes on that version.
   */
  private remember(rcId: string, year: number, next: Known): void {
    const key = keyOf(rcId, year);
    const current = this.known.get(key);
    const seq = Math.max(current?.seq ?? next.seq, next.seq);
    // A number learnt from a collision keeps the ETag last read: the document itself is unchanged.
    const etag = next.etag ?? current?.etag;
    this.known.set(key, etag ? { seq, etag } : { seq });
  }
}

function keyOf(rcId: string, year: number): string {
  return `${rcId}/${year}`;
}

const noop = (): void => undefined;
