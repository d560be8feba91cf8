// Telemetry leaves the country's most sensitive conversations out: turns, store calls and job
// runs go out as codes and numbers only. The real server, in-process, with a Cosmos store on
// the wire server, sends its spans and metrics to in-memory exporters; a text nobody could
// mistake for a code is sent in every place a user can write, and must appear nowhere.
import { metrics, SpanKind, trace } from '@opentelemetry/api';
import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../cards/verbs.js';
import { otelSink } from '../../services/telemetry/otel-sink.js';
import { RedactingSpanProcessor, routeOf } from '../../services/telemetry/redact-spans.js';
import { installTelemetry, recordTurn } from '../../services/telemetry/telemetry.js';
import { executeActivity, messageActivity, postActivity, submitActivity } from '../helpers/activities.js';
import { startBotUnderTest, type BotUnderTest } from '../helpers/bot-under-test.js';
import { useCosmosDatabases } from '../storage/cosmos-databases.js';

const SECRET = 'Hemligt-ärende Zlatan 19121212-1212 ringde';
const SECRET_PARTS = ['Hemligt', 'Zlatan', '19121212', 'ringde'];

const spans = new InMemorySpanExporter();
const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3_600_000 });
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new RedactingSpanProcessor(), new SimpleSpanProcessor(spans)] });
const meterProvider = new MeterProvider({ readers: [reader] });

const database = useCosmosDatabases('telemetry');
let bot: BotUnderTest;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  trace.setGlobalTracerProvider(tracerProvider);
  metrics.setGlobalMeterProvider(meterProvider);
  installTelemetry(otelSink());
  const cosmos = await database();
  cleanup = cosmos.cleanup;
  bot = await startBotUnderTest({ store: cosmos.store });
});

afterAll(async () => {
  await bot?.close();
  await cleanup?.();
  installTelemetry(undefined);
  await meterProvider.shutdown();
  await tracerProvider.shutdown();
  trace.disable();
  metrics.disable();
});

function exportedText(finished: ReadableSpan[], points: unknown): string {
  return JSON.stringify({
    spans: finished.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events, status: s.status, links: s.links })),
    points,
  });
}

async function metricPoints() {
  await reader.forceFlush();
  return metricExporter
    .getMetrics()
    .flatMap((r) => r.scopeMetrics)
    .flatMap((s) => s.metrics)
    .map((m) => ({ name: m.descriptor.name, attributes: m.dataPoints.map((p) => p.attributes) }));
}

describe('telemetry from a real turn', () => {
  it('carries the turn, store and job facts an operator needs, and none of what the user wrote', async () => {
    const opts = { serviceUrl: bot.stub.url };
    expect((await postActivity(bot.botUrl, messageActivity(SECRET, opts))).status).toBe(200);
    expect((await postActivity(bot.botUrl, executeActivity(VERBS.centreFind, { place: SECRET, note: SECRET }, opts))).status).toBe(200);
    // A verb nobody defined (a forged or stale card) is counted, never echoed.
    await postActivity(bot.botUrl, executeActivity(SECRET, { text: SECRET }, opts));
    await postActivity(bot.botUrl, submitActivity({ verb: SECRET, question: SECRET }, opts));
    await bot.app.jobs.runDueNow();

    const finished = spans.getFinishedSpans();
    const points = await metricPoints();
    const exported = exportedText(finished, points);
    for (const part of SECRET_PARTS) expect(exported).not.toContain(part);

    const turns = finished.filter((s) => s.name.startsWith('turn '));
    expect(turns.map((s) => s.attributes)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'message', verb: 'none', outcome: 'ok' }),
        expect.objectContaining({ kind: 'invoke/adaptiveCard/action', verb: VERBS.centreFind, outcome: 'ok' }),
        expect.objectContaining({ kind: 'invoke/adaptiveCard/action', verb: 'other' }),
        expect.objectContaining({ kind: 'message', verb: 'other' }),
      ]),
    );
    const store = finished.filter((s) => s.kind === SpanKind.CLIENT);
    expect(store.length).toBeGreaterThan(0);
    expect(store[0]?.attributes).toMatchObject({
      'db.system': 'cosmosdb',
      'db.operation': expect.any(String),
      'db.cosmosdb.container': expect.any(String),
      'db.cosmosdb.request_charge': expect.any(Number),
    });
    const jobs = finished.filter((s) => s.name.startsWith('job '));
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.every((s) => ['ran', 'held-elsewhere'].includes(String(s.attributes.outcome)))).toBe(true);

    const byName = new Map(points.map((p) => [p.name, p.attributes]));
    expect(byName.get('rc.turn.duration')).toEqual(expect.arrayContaining([{ kind: 'invoke/adaptiveCard/action', verb: VERBS.centreFind, outcome: 'ok' }]));
    expect(byName.get('rc.store.duration')?.length).toBeGreaterThan(0);
    expect(byName.get('rc.store.request_charge')?.length).toBeGreaterThan(0);
    expect(byName.get('rc.job.duration')?.length).toBeGreaterThan(0);
  });

  it('counts a failed turn with the error\'s type and status, never its message', async () => {
    spans.reset();
    recordTurn({ kind: 'message', verb: 'none', outcome: 'error', ms: 12, errorType: SECRET });
    const [span] = spans.getFinishedSpans();
    expect(span?.attributes).toEqual({ kind: 'message', verb: 'none', outcome: 'error', 'error.type': 'other' });
    expect(span?.status.code).toBe(2); // SpanStatusCode.ERROR
    const errors = (await metricPoints()).find((p) => p.name === 'rc.errors');
    expect(errors?.attributes).toEqual(expect.arrayContaining([{ where: 'turn', 'error.type': 'other' }]));
  });
});

describe('spans from HTTP instrumentation', () => {
  it('lose client addresses, query strings, capability tokens in paths, text fields and exception messages', () => {
    spans.reset();
    const span = trace.getTracer('test').startSpan('GET', {
      kind: SpanKind.SERVER,
      attributes: {
        'url.full': 'https://rc-bot.example.se/calendar/Tq8xZlatan19121212.ics?who=Zlatan',
        'url.path': '/calendar/Tq8xZlatan19121212/GBG-2026-0007.ics',
        'url.query': 'who=Zlatan',
        'client.address': '10.1.2.3',
        'http.request.method': 'GET',
        'http.response.status_code': 200,
        'rc.text': SECRET,
      },
    });
    span.recordException(new Error(SECRET));
    span.end();
    const [exported] = spans.getFinishedSpans();
    expect(exported?.attributes).toEqual({
      'url.full': 'https://rc-bot.example.se/calendar/{id}',
      'url.path': '/calendar/{id}/{id}',
      'http.request.method': 'GET',
      'http.response.status_code': 200,
    });
    expect(exported?.events.map((e) => e.attributes)).toEqual([{ 'exception.type': 'Error' }]);
    expect(routeOf('/api/messages')).toBe('/api/messages');
    expect(routeOf('/healthz?probe=1')).toBe('/healthz');
  });
});
