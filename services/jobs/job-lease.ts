// Leases that let one bot instance at a time run a given job. A lease is one document in the
// `system` container, taken and handed over only by conditional writes: create-if-absent for
// the first holder, replace-if-etag once the previous holder's lease has expired or been
// released. Any write by someone else changes the etag, so a holder that has lost its lease
// finds out at its next renew or release instead of overwriting the new holder.
//
// Expiry is judged on each instance's own clock: the lease must be much longer than the
// clock skew between instances plus the gap between renewals.

import type { Clock } from '../time/clock.js';
import { AlreadyExistsError, ChangedBySomeoneElseError, NotFoundError } from '../storage/errors.js';
import type { Collection, Document, DocumentStore } from '../storage/port.js';

export const LEASE_PARTITION = 'lease';

export interface LeaseDoc extends Document {
  pk: typeof LEASE_PARTITION;
  job: string;
  holder: string;
  acquiredAt: string;
  /** ISO instant; at or before "now" the lease is free (expired, or released). */
  expiresAt: string;
  releasedAt?: string;
}

/** A lease this process holds, with the version it last wrote. */
export interface HeldLease {
  readonly doc: LeaseDoc;
  readonly etag: string;
}

export function leaseId(job: string): string {
  return `lease:${job}`;
}

function lostToSomeoneElse(err: unknown): boolean {
  return err instanceof ChangedBySomeoneElseError || err instanceof NotFoundError;
}

export class JobLeases {
  constructor(
    private readonly docs: Collection<LeaseDoc>,
    private readonly clock: Clock,
  ) {}

  static forStore(store: DocumentStore, clock: Clock): JobLeases {
    return new JobLeases(store.collection<LeaseDoc>('system'), clock);
  }

  /** The lease, or undefined when another holder's lease is still running or won the race. */
  async tryAcquire(job: string, holder: string, leaseMs: number): Promise<HeldLease | undefined> {
    const now = this.clock.now();
    const wanted: LeaseDoc = {
      id: leaseId(job),
      pk: LEASE_PARTITION,
      job,
      holder,
      acquiredAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + leaseMs).toISOString(),
    };
    const current = await this.docs.get(wanted.id, LEASE_PARTITION);
    if (!current) {
      try {
        return toHeld(await this.docs.create(wanted));
      } catch (err) {
        if (err instanceof AlreadyExistsError) return undefined;
        throw err;
      }
    }
    if (Date.parse(current.item.expiresAt) > now.getTime()) return undefined;
    try {
      return toHeld(await this.docs.replace(wanted, current.etag));
    } catch (err) {
      if (lostToSomeoneElse(err)) return undefined;
      throw err;
    }
  }

  /**
   * Pushes the expiry to now + leaseMs. Undefined means the lease was lost: someone else took
   * it over. (A lease that merely ran out without being taken is still ours, since nobody
   * else can have run in between: their takeover would have changed the etag.)
   */
  async renew(lease: HeldLease, leaseMs: number): Promise<HeldLease | undefined> {
    const expiresAt = new Date(this.clock.now().getTime() + leaseMs).toISOString();
    try {
      return toHeld(await this.docs.replace({ ...lease.doc, expiresAt }, lease.etag));
    } catch (err) {
      if (lostToSomeoneElse(err)) return undefined;
      throw err;
    }
  }

  /**
   * Frees the lease for the next run, keeping the document (last holder and times help
   * when diagnosing). False when it had already been lost.
   */
  async release(lease: HeldLease): Promise<boolean> {
    const now = this.clock.now().toISOString();
    try {
      await this.docs.replace({ ...lease.doc, expiresAt: now, releasedAt: now }, lease.etag);
      return true;
    } catch (err) {
      if (lostToSomeoneElse(err)) return false;
      throw err;
    }
  }

  async read(job: string): Promise<LeaseDoc | undefined> {
    return (await this.docs.get(leaseId(job), LEASE_PARTITION))?.item;
  }
}

function toHeld(stored: { item: LeaseDoc; etag: string }): HeldLease {
  return { doc: stored.item, etag: stored.etag };
}
