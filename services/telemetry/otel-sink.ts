// The telemetry calls as OpenTelemetry spans and metrics, on whatever tracer and meter
// providers are registered globally (Azure Monitor in production, in-memory ones in tests).
// Attribute names are fixed here; values arrive already reduced to codes (telemetry.ts).

import { metrics, SpanKind, SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';
import type { TelemetrySink } from './telemetry.js';

const NAME = 'rc-bot';

export function otelSink(): TelemetrySink {
  const tracer = trace.getTracer(NAME);
  const meter = metrics.getMeter(NAME);
  const turnDuration = meter.createHistogram('rc.turn.duration', { unit: 'ms', description: 'Bot turn duration by activity kind, verb and outcome' });
  const storeDuration = meter.createHistogram('rc.store.duration', { unit: 'ms', description: 'Cosmos DB call duration by container and operation' });
  const requestCharge = meter.createHistogram('rc.store.request_charge', { unit: '{RU}', description: 'Request units Cosmos DB charged per call' });
  const jobDuration = meter.createHistogram('rc.job.duration', { unit: 'ms', description: 'Background job run duration by job and outcome' });
  const errors = meter.createCounter('rc.errors', { description: 'Failed turns, store calls and job runs' });

  /** A span for something already finished: it started `ms` ago and ends now. */
  const finished = (name: string, kind: SpanKind, ms: number, attributes: Attributes, failed: boolean) => {
    const end = Date.now();
    const span = tracer.startSpan(name, { kind, startTime: end - ms, attributes });
    if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end(end);
  };

  return {
    turn({ kind, verb, outcome, ms, errorType }) {
      const attributes: Attributes = { kind, verb, outcome, ...(errorType ? { 'error.type': errorType } : {}) };
      turnDuration.record(ms, { kind, verb, outcome });
      if (outcome === 'error') errors.add(1, { where: 'turn', 'error.type': errorType ?? 'other' });
      finished(`turn ${verb === 'none' ? kind : verb}`, SpanKind.INTERNAL, ms, attributes, outcome === 'error');
    },
    storeCall({ container, operation, outcome, ms, requestCharge: charge, status }) {
      const attributes: Attributes = {
        'db.system': 'cosmosdb',
        'db.operation': operation,
        'db.cosmosdb.container': container,
        outcome,
        ...(charge === undefined ? {} : { 'db.cosmosdb.request_charge': charge }),
        ...(status === undefined ? {} : { 'db.cosmosdb.status_code': status }),
      };
      storeDuration.record(ms, { container, operation, outcome });
      if (charge !== undefined) requestCharge.record(charge, { container, operation });
      if (outcome === 'error') errors.add(1, { where: 'store', 'error.type': String(status ?? 'other') });
      finished(`cosmos ${operation} ${container}`, SpanKind.CLIENT, ms, attributes, outcome === 'error');
    },
    jobRun({ job, outcome, ms }) {
      jobDuration.record(ms, { job, outcome });
      if (outcome === 'failed') errors.add(1, { where: 'job', 'error.type': job });
      finished(`job ${job}`, SpanKind.INTERNAL, ms, { job, outcome }, outcome === 'failed');
    },
  };
}
