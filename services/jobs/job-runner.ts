// Runs background jobs (reminders, re-announcements) on every bot instance, with each run
// guarded by a lease in storage so that at most one instance runs a given job at a time.
// Leases prevent concurrent runs; the OnceLedger in the job context prevents a repeat of an
// individual effect on a later run. Together: each due effect happens at most once.
//
// Each job is rescheduled intervalMs after its previous run ended (not on a fixed beat), so
// a slow run never overlaps the next one on the same instance. Timers are unref()ed: the
// runner never keeps the process alive on its own.

import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { systemClock, type Clock } from '../time/clock.js';
import type { DocumentStore } from '../storage/port.js';
import { recordJobRun } from '../telemetry/telemetry.js';
import { JobLeases } from './job-lease.js';
import { runWithLease } from './job-run.js';
import type { JobDefinition, JobOutcome } from './job-types.js';
import { OnceLedger } from './once-ledger.js';

export interface JobRunnerOptions {
  store: DocumentStore;
  /** Where failures go (the lead passes a logger). Must not throw; if it does, that is swallowed. */
  onError(jobName: string, error: unknown): void;
  clock?: Clock;
  /** Names this instance in lease and claim documents. Default: host, pid and a random part. */
  holderId?: string;
  /**
   * How long a lease lasts without renewal: how long another instance waits to take over
   * after a crash. Default 2 minutes.
   */
  leaseMs?: number;
  /** Renewal period while a job runs. Default: a third of the lease. */
  renewEveryMs?: number;
  /** Delay before each job's first run after start(). Default 1 s, to let startup settle. */
  firstRunDelayMs?: number;
}

const JOB_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export class JobRunner {
  readonly holderId: string;
  readonly once: OnceLedger;
  private readonly leases: JobLeases;
  private readonly clock: Clock;
  private readonly leaseMs: number;
  private readonly renewEveryMs: number;
  private readonly firstRunDelayMs: number;
  private readonly jobs = new Map<string, JobDefinition>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, Promise<JobOutcome>>();
  private readonly stopping = new AbortController();
  private state: 'idle' | 'started' | 'stopped' = 'idle';

  constructor(private readonly options: JobRunnerOptions) {
    this.clock = options.clock ?? systemClock;
    this.holderId = options.holderId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.leaseMs = positive('leaseMs', options.leaseMs ?? 120_000);
    this.renewEveryMs = positive('renewEveryMs', options.renewEveryMs ?? Math.floor(this.leaseMs / 3));
    this.firstRunDelayMs = Math.min(Math.max(0, options.firstRunDelayMs ?? 1_000), MAX_TIMER_MS);
    this.leases = JobLeases.forStore(options.store, this.clock);
    this.once = OnceLedger.forStore(options.store, this.clock, this.holderId);
  }

  register(job: JobDefinition): void {
    if (!JOB_NAME.test(job.name)) throw new Error(`job name ${JSON.stringify(job.name)} must match ${JOB_NAME}`);
    if (this.jobs.has(job.name)) throw new Error(`job ${job.name} is already registered`);
    positive(`${job.name}.intervalMs`, job.intervalMs);
    if (job.leaseMs !== undefined) positive(`${job.name}.leaseMs`, job.leaseMs);
    if (this.state === 'stopped') throw new Error('job runner is stopped');
    this.jobs.set(job.name, job);
    if (this.state === 'started') this.schedule(job, this.firstRunDelayMs);
  }

  start(): void {
    if (this.state === 'stopped') throw new Error('a stopped job runner cannot be started again');
    if (this.state === 'started') return;
    this.state = 'started';
    for (const job of this.jobs.values()) this.schedule(job, this.firstRunDelayMs);
  }

  /**
   * Cancels every timer, tells running jobs to wind down (ctx.signal) and resolves when they
   * have returned and released their leases. Final: the runner cannot be started again.
   */
  async stop(): Promise<void> {
    this.state = 'stopped';
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    if (!this.stopping.signal.aborted) this.stopping.abort(new Error('job runner stopping'));
    await Promise.allSettled([...this.running.values()]);
  }

  /** Runs every registered job once, one after another, respecting leases. For tests and admin commands. */
  async runDueNow(): Promise<Record<string, JobOutcome>> {
    const outcomes: Record<string, JobOutcome> = {};
    for (const job of this.jobs.values()) outcomes[job.name] = await this.runOnce(job);
    return outcomes;
  }

  private runOnce(job: JobDefinition): Promise<JobOutcome> {
    if (this.state === 'stopped') return Promise.resolve('stopped');
    if (this.running.has(job.name)) return Promise.resolve('already-running');
    const started = performance.now();
    const run = runWithLease(job, {
      leases: this.leases,
      once: this.once,
      clock: this.clock,
      holderId: this.holderId,
      leaseMs: this.leaseMs,
      renewEveryMs: this.renewEveryMs,
      stopping: this.stopping.signal,
      report: (name, error) => this.report(name, error),
    })
      .then((outcome) => {
        recordJobRun({ job: job.name, outcome, ms: performance.now() - started });
        return outcome;
      })
      .finally(() => this.running.delete(job.name));
    this.running.set(job.name, run);
    return run;
  }

  private schedule(job: JobDefinition, delayMs: number): void {
    if (this.state !== 'started') return;
    const timer = setTimeout(() => {
      this.timers.delete(job.name);
      void this.runOnce(job).then(() => this.schedule(job, job.intervalMs));
    }, delayMs);
    timer.unref();
    this.timers.set(job.name, timer);
  }

  private report(jobName: string, error: unknown): void {
    try {
      this.options.onError(jobName, error);
    } catch {
      // A failing logger must not take the runner (or the process) down with it.
    }
  }
}

// Node turns a longer timer delay into 1 ms (with a warning), which would make a job spin.
const MAX_TIMER_MS = 2_147_483_647;

function positive(what: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0 || value > MAX_TIMER_MS) {
    throw new RangeError(`${what} must be a number of milliseconds in 1…${MAX_TIMER_MS}, got ${value}`);
  }
  return value;
}
