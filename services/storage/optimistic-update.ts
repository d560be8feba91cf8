// The one read-modify-write loop. Neither store has transactions across documents, so a rule
// that must hold under concurrency lives in one document and is enforced by reading it,
// deciding on what was read, and replacing it only if its ETag is unchanged. When someone
// else wrote in between (412), the whole cycle runs again on fresh data, so a change to one
// field never overwrites another writer's change to a different one.
//
// Attempts: each lost round means another writer succeeded, so N writers that all need to
// write finish within N rounds. The worst case we know is a network's organisations (20 and
// more) booking or joining the waiting list of one session document in the same second;
// MAX_UPDATE_ATTEMPTS = 40 covers twice that. Writers that are refused (a claim someone else
// won) stop after one extra round, so the bound only matters for writers that must all land.
//
// Pause: "full jitter", uniform in [0, min(attempt, 5) × 10 ms). The random spread keeps
// writers that collided from colliding again in lockstep; the cap keeps the total pause of
// the worst case to at most 2 s (40 × 50 ms, about 1 s on average), well inside the time a
// Teams card action may take.
//
// Lanes: the rounds above are for writers in other instances. Writers in this process that
// update one document (a `lane` key) take turns instead: the next starts when the one before
// has written, on the version it wrote, so they never collide and never use up the rounds
// however many there are; only another instance's write can still make a round fail.

import type { Sleep } from '../time/sleep.js';
import { ChangedBySomeoneElseError, NotFoundError } from './errors.js';

export const MAX_UPDATE_ATTEMPTS = 40;
const PAUSE_STEP_MS = 10;
const PAUSE_STEPS_CAP = 5;

/** A document as read, with the ETag a conditional write presents. */
export type Read<T> = { item: T; etag: string };

export type NotFound = { ok: false; reason: 'not_found' };
/** Others kept writing the document between every read and write; nothing was changed. */
export type Conflict = { ok: false; reason: 'conflict' };

/** The document to write (the same object: nothing to write) with what the caller wants back, or a refusal. */
export type Decision<T, D extends object, F> = ({ ok: true; next: T } & D) | F;
export type Updated<T, D extends object, F> = ({ ok: true; item: T; etag: string } & D) | F | NotFound | Conflict;

export const NOT_FOUND: NotFound = { ok: false, reason: 'not_found' };
export const CONFLICT: Conflict = { ok: false, reason: 'conflict' };

export interface OptimisticDocument<T> {
  /** The current version, or undefined when there is none. */
  read(): Promise<Read<T> | undefined>;
  /**
   * Writes `next` only if the stored version still has `current.etag`; returns the new ETag.
   * Throws ChangedBySomeoneElseError when it has changed, NotFoundError when it is gone.
   */
  write(next: T, current: Read<T>): Promise<string>;
  /** Updates of this process with the same lanes and key run one after another. */
  lane?: { lanes: UpdateLanes; key: string };
}

export interface RetryPacing {
  sleep: Sleep;
  /** In [0, 1); injectable so tests can pin the jitter. */
  random?: () => number;
}

/** The pause before round `attempt + 1`, after `attempt` lost rounds. */
export function pauseAfterLostRound(attempt: number, random: () => number = Math.random): number {
  return Math.floor(random() * PAUSE_STEP_MS * Math.min(attempt, PAUSE_STEPS_CAP));
}

/**
 * Read, decide, write on the ETag; on a lost race the whole cycle runs again with fresh data.
 * `known`, a version the caller has just written or read, stands in for the first read: when it
 * is no longer current, the write fails on its ETag and the next round reads.
 */
export function updateOptimistically<T, D extends object, F>(
  doc: OptimisticDocument<T>,
  decide: (current: T) => Decision<T, D, F>,
  pacing: RetryPacing,
  known?: Read<T>,
): Promise<Updated<T, D, F>> {
  if (!doc.lane) return rounds(doc, decide, pacing, known);
  const { lanes, key } = doc.lane;
  return lanes.run(key, async (handedOver) => {
    // What the writer before wrote is at least as new as anything this one could have read.
    const result = await rounds(doc, decide, pacing, (handedOver as Read<T> | undefined) ?? known);
    const written = result as { ok?: unknown; item?: T; etag?: string };
    return { result, last: written.ok === true ? { item: written.item, etag: written.etag } : undefined };
  });
}

/**
 * One key's queue of updates in this process. A version is handed from one update to the next
 * only while the queue lasts: the one receiving it was waiting when it was written, so deciding
 * on it is deciding on a state current within that update's own time.
 */
export class UpdateLanes {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<R>(key: string, work: (handedOver: unknown) => Promise<{ result: R; last: unknown }>): Promise<R> {
    const before = this.tails.get(key);
    const mine = (before ?? Promise.resolve(undefined)).then(
      (handedOver) => work(handedOver),
      () => work(undefined),
    );
    const tail = mine.then(
      ({ last }) => last,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return mine.then(({ result }) => result);
  }
}

async function rounds<T, D extends object, F>(
  doc: OptimisticDocument<T>,
  decide: (current: T) => Decision<T, D, F>,
  pacing: RetryPacing,
  known: Read<T> | undefined,
): Promise<Updated<T, D, F>> {
  for (let attempt = 1; ; attempt++) {
    const current = attempt === 1 && known ? known : await doc.read();
    if (!current) return NOT_FOUND;
    const decision = decide(current.item);
    if (!isWrite(decision)) return decision;
    const { next, ...extra } = decision;
    if (next === current.item) return { ok: true, item: current.item, etag: current.etag, ...(extra as D) };
    try {
      const etag = await doc.write(next, current);
      return { ok: true, item: next, etag, ...(extra as D) };
    } catch (error) {
      if (error instanceof NotFoundError) return NOT_FOUND;
      if (!(error instanceof ChangedBySomeoneElseError)) throw error;
      if (attempt >= MAX_UPDATE_ATTEMPTS) return CONFLICT;
      await pacing.sleep(pauseAfterLostRound(attempt, pacing.random));
    }
  }
}

function isWrite<T, D extends object, F>(decision: Decision<T, D, F>): decision is { ok: true; next: T } & D {
  return typeof decision === 'object' && decision !== null && 'next' in decision;
}
