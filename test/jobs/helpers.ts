// Small pieces shared by the job tests.

import type { DocumentStore } from '../../services/storage/port.js';
import { JobRunner, type JobRunnerOptions } from '../../services/jobs/job-runner.js';
import type { FakeClock } from '../../services/time/fake-clock.js';

export interface Gate {
  /** Resolves when the gate is opened. */
  wait: Promise<void>;
  open(): void;
}

export function gate(): Gate {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { wait, open };
}

export interface TestRunner {
  runner: JobRunner;
  errors: Array<{ job: string; error: unknown }>;
}

/** A runner as a bot instance would have one, recording what it reports. */
export function instance(
  store: DocumentStore,
  clock: FakeClock,
  holderId: string,
  options: Partial<JobRunnerOptions> = {},
): TestRunner {
  const errors: TestRunner['errors'] = [];
  const runner = new JobRunner({
    store,
    clock,
    holderId,
    leaseMs: 60_000,
    onError: (job, error) => errors.push({ job, error }),
    ...options,
  });
  return { runner, errors };
}
