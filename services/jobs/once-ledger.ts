// Records which side effects a job has already caused, so that neither a second bot instance
// nor the next run after a crash repeats them. A claim is a create-if-absent of one document
// in the `system` container: the store lets exactly one creator win.
//
// Jobs claim BEFORE the side effect, which makes effects at-most-once: a crash between the
// claim and the send loses that one message rather than sending it twice. For reminders and
// re-announcements to professionals handling sensitive cases that is the right way round: a
// duplicate is noise that erodes trust in the bot (and a re-announcement repeats case
// details), while a lost reminder is rare and the underlying request stays visible anyway.
// An effect that must not be lost needs its own outbox with retries, not this ledger.

import { createHash } from 'node:crypto';
import type { Clock } from '../time/clock.js';
import { AlreadyExistsError } from '../storage/errors.js';
import { isValidDocumentId } from '../storage/document-id.js';
import type { Collection, Document, DocumentStore } from '../storage/port.js';

export const ONCE_PARTITION = 'once';

export interface OnceDoc extends Document {
  pk: typeof ONCE_PARTITION;
  key: string;
  /** ISO instant of the claim. */
  claimedAt: string;
  claimedBy?: string;
}

// A key that could not be part of a document id (see ../storage/document-id.ts), or is too
// long to leave room for the prefix, is hashed.
const MAX_PLAIN_KEY_LENGTH = 240;

export function onceId(key: string): string {
  if (typeof key !== 'string' || key === '') throw new TypeError('claimOnce: key must be a non-empty string');
  return key.length <= MAX_PLAIN_KEY_LENGTH && isValidDocumentId(key) ? `once:${key}` : `once-sha256:${createHash('sha256').update(key).digest('hex')}`;
}

export class OnceLedger {
  constructor(
    private readonly docs: Collection<OnceDoc>,
    private readonly clock: Clock,
    /** Who claims, for diagnosis (e.g. the runner's holder id). */
    private readonly claimant?: string,
  ) {}

  static forStore(store: DocumentStore, clock: Clock, claimant?: string): OnceLedger {
    return new OnceLedger(store.collection<OnceDoc>('system'), clock, claimant);
  }

  /**
   * True for the first caller with this key, ever; false for everyone after. Call it right
   * before the side effect and skip the effect on false (see the top of this file for why
   * that is at-most-once). Store failures are thrown: then nothing was claimed for certain,
   * and skipping the effect is the safe reading.
   */
  async claimOnce(key: string): Promise<boolean> {
    const doc: OnceDoc = {
      id: onceId(key),
      pk: ONCE_PARTITION,
      key,
      claimedAt: this.clock.now().toISOString(),
      ...(this.claimant ? { claimedBy: this.claimant } : {}),
    };
    try {
      await this.docs.create(doc);
      return true;
    } catch (err) {
      if (err instanceof AlreadyExistsError) return false;
      throw err;
    }
  }

  async isClaimed(key: string): Promise<boolean> {
    return (await this.docs.get(onceId(key), ONCE_PARTITION)) !== undefined;
  }

  /**
   * Deletes claims made before `cutoff`, at most `limit` per call; returns how many. Only for
   * keys that can never come up again (e.g. occurrences long past), or the effect would repeat.
   */
  async forgetClaimsBefore(cutoff: Date, limit = 500): Promise<number> {
    const old = await this.docs.query<{ id: string }>(
      { where: [{ field: 'claimedAt', op: '<', value: cutoff.toISOString() }], select: ['id'], top: limit },
      { partitionKey: ONCE_PARTITION, pageSize: Math.min(limit, 1000) },
    );
    let deleted = 0;
    for (const { id } of old.items) if (await this.docs.delete(id, ONCE_PARTITION)) deleted++;
    return deleted;
  }
}
