// One run of one job: take the lease, run with renewals, release. Never throws; every
// failure ends up in `report` and in the outcome.

import type { Clock } from '../time/clock.js';
import type { HeldLease, JobLeases } from './job-lease.js';
import { LeaseLostError, type JobDefinition, type JobOutcome } from './job-types.js';
import type { OnceLedger } from './once-ledger.js';

export interface RunDeps {
  leases: JobLeases;
  once: OnceLedger;
  clock: Clock;
  holderId: string;
  leaseMs: number;
  renewEveryMs: number;
  /** Aborted when the runner stops. */
  stopping: AbortSignal;
  report(jobName: string, error: unknown): void;
}

export async function runWithLease(job: JobDefinition, deps: RunDeps): Promise<JobOutcome> {
  const leaseMs = job.leaseMs ?? deps.leaseMs;
  let lease: HeldLease | undefined;
  try {
    lease = await deps.leases.tryAcquire(job.name, deps.holderId, leaseMs);
  } catch (err) {
    deps.report(job.name, err);
    return 'failed';
  }
  if (!lease) return 'held-elsewhere';

  const aborter = new AbortController();
  const onStopping = () => aborter.abort(deps.stopping.reason);
  if (deps.stopping.aborted) onStopping();
  else deps.stopping.addEventListener('abort', onStopping, { once: true });

  let held: HeldLease | undefined = lease;
  let lostReported = false;
  const markLost = () => {
    held = undefined;
    if (!aborter.signal.aborted) aborter.abort(new LeaseLostError(job.name));
    if (!lostReported) {
      lostReported = true;
      deps.report(job.name, new LeaseLostError(job.name));
    }
  };

  // Renewals are chained: two at once would present the same etag and the loser would
  // wrongly conclude the lease was lost.
  let chain: Promise<boolean> = Promise.resolve(true);
  const renew = (): Promise<boolean> => {
    chain = chain.then(async () => {
      if (!held) return false;
      try {
        const renewed = await deps.leases.renew(held, leaseMs);
        if (renewed) held = renewed;
        else markLost();
      } catch (err) {
        // Unreachable store: keep going on the lease we have; it may still be valid.
        deps.report(job.name, err);
      }
      return held !== undefined;
    });
    return chain;
  };
  // Real time, while expiry is judged on the injected clock: in production they are the same.
  const renewTimer = setInterval(() => void renew(), deps.renewEveryMs);
  renewTimer.unref();

  let outcome: JobOutcome = 'ran';
  try {
    await job.run({
      jobName: job.name,
      clock: deps.clock,
      signal: aborter.signal,
      once: deps.once,
      renewLease: renew,
    });
  } catch (err) {
    deps.report(job.name, err);
    outcome = 'failed';
  } finally {
    clearInterval(renewTimer);
    deps.stopping.removeEventListener('abort', onStopping);
    await chain;
    const last: HeldLease | undefined = held;
    if (last) {
      try {
        if (!(await deps.leases.release(last))) markLost();
      } catch (err) {
        // Left to expire on its own; the next run waits at most one lease length.
        deps.report(job.name, err);
      }
    }
  }
  return outcome;
}
