// What a background job sees and returns. Kept apart from the runner so that feature
// services can declare jobs without importing the scheduling machinery.

import type { Clock } from '../time/clock.js';
import type { OnceLedger } from './once-ledger.js';

export interface JobContext {
  readonly jobName: string;
  readonly clock: Clock;
  /**
   * Aborted when the runner is stopping or the lease was lost to another instance: finish
   * the step in hand and return without starting new side effects.
   */
  readonly signal: AbortSignal;
  /** Claim before each side effect; see once-ledger.ts for why that is at-most-once. */
  readonly once: OnceLedger;
  /**
   * Extends the lease now (the runner also renews on its own timer). False means the lease
   * is gone to another instance; the signal is aborted too.
   */
  renewLease(): Promise<boolean>;
}

export interface JobDefinition {
  /** Letters, digits, '.', '_' and '-'; it names the lease document. */
  name: string;
  /** Pause between the end of one run and the start of the next on this instance. */
  intervalMs: number;
  /** Overrides the runner's lease length for this job. */
  leaseMs?: number;
  run(ctx: JobContext): Promise<void> | void;
}

/**
 * - ran: the job ran to the end under the lease;
 * - failed: it (or taking the lease) threw; the error went to onError;
 * - held-elsewhere: another instance holds the lease, so it was not run here;
 * - already-running: this instance is running it right now;
 * - stopped: the runner has been stopped.
 */
export type JobOutcome = 'ran' | 'failed' | 'held-elsewhere' | 'already-running' | 'stopped';

/** Reported through onError when a running job's lease was taken over by another instance. */
export class LeaseLostError extends Error {
  readonly code = 'JOBS.LEASE_LOST' as const;
  constructor(readonly jobName: string) {
    super(`lease for job ${jobName} was taken over by another instance while it ran`);
    this.name = 'LeaseLostError';
  }
}
