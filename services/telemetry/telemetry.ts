// The bot's telemetry calls: the server records turns, the Cosmos store its calls, the job
// runner its runs. Off unless main.ts installs a sink (Application Insights configured); off,
// each call is one comparison and nothing of OpenTelemetry is loaded.
//
// Only codes and numbers go out, never what a user wrote. Every string passes code(): the
// same rule the logs follow (routing facts only, services/logging.ts), made strict: anything
// that is not a short identifier-like code is replaced by "other".

export type Outcome = 'ok' | 'error' | 'refused';

export interface TurnRecord {
  /** Activity type, and the invoke name for invokes: "message", "invoke/adaptiveCard/action". */
  kind: string;
  /** The card action's verb, "other" for an unknown one, "none" without one. */
  verb: string;
  outcome: Outcome;
  ms: number;
  /** Class name of the error that failed the turn (never its message). */
  errorType?: string;
}

export interface StoreCallRecord {
  container: string;
  operation: string;
  outcome: 'ok' | 'error';
  ms: number;
  /** Request units Cosmos DB charged, when it said. */
  requestCharge?: number;
  /** HTTP status of a failed call. */
  status?: number;
}

export interface JobRunRecord {
  job: string;
  /** ran, failed, held-elsewhere, already-running or stopped (services/jobs/job-types.ts). */
  outcome: string;
  ms: number;
}

export interface TelemetrySink {
  turn(record: TurnRecord): void;
  storeCall(record: StoreCallRecord): void;
  jobRun(record: JobRunRecord): void;
}

let sink: TelemetrySink | undefined;

/** main.ts (or a test) switches telemetry on; undefined switches it off. */
export function installTelemetry(next: TelemetrySink | undefined): void {
  sink = next;
}

export function telemetryEnabled(): boolean {
  return sink !== undefined;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,79}$/;

/** A value fit for an attribute: an identifier-like code, or "other". */
export function code(value: unknown): string {
  return typeof value === 'string' && CODE.test(value) ? value : 'other';
}

const ms = (value: number) => (Number.isFinite(value) && value >= 0 ? value : 0);

export function recordTurn(record: TurnRecord): void {
  sink?.turn({
    kind: code(record.kind),
    verb: code(record.verb),
    outcome: record.outcome,
    ms: ms(record.ms),
    ...(record.errorType === undefined ? {} : { errorType: code(record.errorType) }),
  });
}

export function recordStoreCall(record: StoreCallRecord): void {
  sink?.storeCall({
    container: code(record.container),
    operation: code(record.operation),
    outcome: record.outcome,
    ms: ms(record.ms),
    ...(typeof record.requestCharge === 'number' && Number.isFinite(record.requestCharge) ? { requestCharge: record.requestCharge } : {}),
    ...(typeof record.status === 'number' ? { status: record.status } : {}),
  });
}

export function recordJobRun(record: JobRunRecord): void {
  sink?.jobRun({ job: code(record.job), outcome: code(record.outcome), ms: ms(record.ms) });
}
