// Idempotent submission. A double click, a retried HTTP request or a resubmitted card carries
// the same submissionKey; the first to create the key document (create-if-absent, in the RC's
// partition) may create the record, and everyone after it gets that record back.
//
// If the first request dies between the key and the record, its key is "stuck". After
// STUCK_AFTER_MS another request may take it over with a conditional write on the key's
// ETag (so only one does), and the original gives up before creating anything once its own
// time is up. A late original and a taker-over racing on the very last create is the one
// window left; the store's request timeouts keep it far below 30 seconds.

import { AlreadyExistsError, ChangedBySomeoneElseError, NotFoundError } from '../storage/errors.js';
import type { Collection, Document, Stored } from '../storage/port.js';
import type { Clock } from '../time/clock.js';
import type { Sleep } from '../time/sleep.js';
import type { ConsultationRecord } from './record.js';

export const STUCK_AFTER_MS = 30_000;

export interface SubmissionKeyDoc extends Document {
  rcId: string;
  kind: 'submission-key';
  submissionKey: string;
  /** When the current owner took the key; ISO instant. */
  claimedAt: string;
}

export interface SubmissionKeyOptions {
  /** Between looks for the record while the first request is still in flight. */
  pollMs: number;
  /** How long a duplicate waits for the first request before answering 'in_progress'. */
  maxWaitMs: number;
}

export const DEFAULT_KEY_OPTIONS: SubmissionKeyOptions = { pollMs: 100, maxWaitMs: 5_000 };

export type KeyOutcome =
  /** This request creates the record; ask `stillEntitled` before each attempt. */
  | { kind: 'owner'; stillEntitled: () => boolean }
  | { kind: 'existing'; stored: Stored<ConsultationRecord> }
  /** Another request holds the key and has not finished within the wait. */
  | { kind: 'in_progress' };

export function submissionKeyId(submissionKey: string): string {
  return `key:${submissionKey}`;
}

export class SubmissionKeys {
  constructor(
    private readonly docs: Collection<Document>,
    private readonly clock: Clock,
    private readonly sleep: Sleep,
    private readonly options: SubmissionKeyOptions = DEFAULT_KEY_OPTIONS,
  ) {}

  async acquire(
    rcId: string,
    submissionKey: string,
    findRecord: () => Promise<Stored<ConsultationRecord> | undefined>,
  ): Promise<KeyOutcome> {
    const id = submissionKeyId(submissionKey);
    const started = this.clock.now().getTime();
    for (;;) {
      const claimedAt = this.clock.now();
      const doc: SubmissionKeyDoc = { id, rcId, kind: 'submission-key', submissionKey, claimedAt: claimedAt.toISOString() };
      try {
        await this.docs.create(doc);
        return this.owner(claimedAt);
      } catch (error) {
        if (!(error instanceof AlreadyExistsError)) throw error;
      }
      const stored = await findRecord();
      if (stored) return { kind: 'existing', stored };
      const held = await this.docs.get(id, rcId);
      if (!held) continue;
      const heldSince = Date.parse(String(held.item.claimedAt));
      if (!(claimedAt.getTime() - heldSince < STUCK_AFTER_MS)) {
        if (!(await this.takeOver(doc, held.etag))) continue;
        // The stuck request may have finished after all between the look above and the takeover.
        const late = await findRecord();
        return late ? { kind: 'existing', stored: late } : this.owner(claimedAt);
      }
      if (this.clock.now().getTime() - started >= this.options.maxWaitMs) return { kind: 'in_progress' };
      await this.sleep(this.options.pollMs);
    }
  }

  private owner(claimedAt: Date): KeyOutcome {
    const deadline = claimedAt.getTime() + STUCK_AFTER_MS;
    return { kind: 'owner', stillEntitled: () => this.clock.now().getTime() < deadline };
  }

  /** True when this request now owns the key; false when someone else changed it first. */
  private async takeOver(doc: SubmissionKeyDoc, etag: string): Promise<boolean> {
    try {
      await this.docs.replace(doc, etag);
      return true;
    } catch (error) {
      if (error instanceof ChangedBySomeoneElseError || error instanceof NotFoundError) return false;
      throw error;
    }
  }
}
