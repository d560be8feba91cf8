// Benchmark of the follow-up report: a national yearly report over 100 000 consultations, on
// the embedded store (a SQLite file in a temp folder) and on the Cosmos DB wire server.
// Run: npm run build && node dist/scripts/bench-stats.js [consultations] [runs] [embedded,cosmos]
//
// Records are seeded through the store port, shaped as the consultation service writes them
// (free text and conversation reference included, so documents have their real size), spread
// over the year and over the RCs in proportion to the 2020 volumes (L9628, L10161, L10682,
// L11219, L11389). The Cosmos wire server comes from test/ like privacy-report.ts's corpus:
// tsc emits what a script imports, and the helper has no vitest in it. One create per request
// through the port runs at about 400 a second against it (client and server share this
// process), so Cosmos is seeded with transactional batches of 100 straight through the SDK;
// the report itself reads through the port like the bot does.
//
// Network sessions are not seeded: the sessions service has no SessionStatsSource yet, so the
// report lists goal area 3 as not computable and 2 000 sessions would change no timing.

import { CosmosClient, type JSONObject, type OperationInput } from '@azure/cosmos';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { consultationRecordSchema, type ConsultationRecord } from '../services/consultation/record.js';
import { formatReference, referenceYear } from '../services/consultation/reference.js';
import { DirectoryIndex } from '../services/directory/lookup.js';
import { CosmosStore } from '../services/storage/cosmos/cosmos-store.js';
import type { DocumentStore } from '../services/storage/port.js';
import { SqliteStore } from '../services/storage/sqlite/sqlite-store.js';
import { StatisticsService } from '../services/statistics/statistics-service.js';
import type { ReportRequest } from '../services/statistics/types.js';
import { systemClock } from '../services/time/clock.js';
import { startOfZonedDay } from '../services/time/zoned-time.js';
import { startCosmosTestServer } from '../test/storage/cosmos-test-server.js';
import { seededRandom as random } from '../test/helpers/seeded-random.js';

const TOTAL = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 3);
const STORES = new Set((process.argv[4] ?? 'embedded,cosmos').split(','));
const YEAR = 2026;
const BATCH = 100; // the most one Cosmos transactional batch takes
const BATCHES_IN_FLIGHT = 8;
const COSMOS_REPORT_BUDGET_MS = 600_000;
const directory = new DirectoryIndex();
const NATIONAL: ReportRequest = { scope: { kind: 'all' }, period: { kind: 'year', year: YEAR }, viewer: { kind: 'other' } };

// Cases in 2020 by pilot: the weights of the national mix.
const WEIGHTS: Array<[string, number]> = [
  ['resursteam-heder-goteborg', 353],
  ['resurscentrum-barnahus-fyrbodal', 283],
  ['resurscentrum-heder-kronoberg', 41],
  ['una-norrbotten', 38],
  ['resurscentrum-gavleborg', 22],
];


const rand = random(20260101);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
const some = <T>(items: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(items)))];
const QUESTION = 'En elev i årskurs 8 berättar att familjen kontrollerar vilka hon umgås med och att en resa planeras i sommar. '.repeat(5);
const ANSWER = 'Gör en orosanmälan, gör en riskbedömning enligt Patriark och överväg att kontakta polisen om utreseförbud. '.repeat(4);
const CONVERSATION = { activityId: '1:abc', user: { id: '29:user', aadObjectId: 'aad' }, bot: { id: '28:bot', name: 'RC' }, conversation: { id: 'a:1personal-chat-id-long-enough-to-be-real', conversationType: 'personal', tenantId: 'tenant' }, channelId: 'msteams', locale: 'sv-SE', serviceUrl: 'https://smba.trafficmanager.net/emea/' };

function generate(): ConsultationRecord[] {
  const weightSum = WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  const yearStart = startOfZonedDay(`${YEAR}-01-01`).getTime();
  const yearMs = startOfZonedDay(`${YEAR + 1}-01-01`).getTime() - yearStart;
  const records: ConsultationRecord[] = [];
  for (const [rcId, weight] of WEIGHTS) {
    const centre = directory.centre(rcId);
    if (!centre || centre.coverage.kind !== 'municipalities') throw new Error(`bench: ${rcId} has no municipalities`);
    const n = Math.round((TOTAL * weight) / weightSum);
    const area = centre.coverage.codes;
    for (let seq = 1; seq <= n; seq++) {
      const created = yearStart + Math.floor(((seq - 1 + rand()) / n) * yearMs);
      const requested = rand() < 0.6;
      const claimed = created + Math.floor(rand() * 30 * 3_600_000);
      const answered = claimed + Math.floor(rand() * 48 * 3_600_000);
      const iso = (ms: number) => new Date(ms).toISOString();
      const person = { id: '29:coordinator', name: 'Samordnare' };
      const reference = formatReference(centre.shortCode, referenceYear(new Date(created)), seq);
      records.push({
        id: reference, kind: 'consultation', rcId, reference, year: YEAR, seq,
        channel: requested ? 'teams' : pick(['phone', 'email', 'meeting', 'network_session'] as const),
        sector: pick(['social_services', 'social_services', 'school', 'school', 'health_care', 'police', 'self', 'other'] as const),
        municipality: pick(area),
        gender: pick(['girl_woman', 'girl_woman', 'girl_woman', 'boy_man', 'unknown'] as const),
        ageBand: pick(['0-12', '13-17', '13-17', '18-26', '27+', 'unknown'] as const),
        violence: some(['control', 'psychological', 'physical', 'sexual', 'marriage', 'fgm', 'abduction'] as const, 3),
        perpetrators: some(['parents', 'siblings', 'relatives', 'partner', 'unknown'] as const, 2),
        questionType: pick(['hrv', 'hrv', 'case_handling', 'close_relationship'] as const),
        urgent: rand() < 0.1,
        question: QUESTION, answer: ANSWER,
        outcomes: some(['report_of_concern', 'police_report', 'risk_assessment', 'referral', 'continued_support'] as const, 2),
        status: 'closed', contacts: 1 + Math.floor(rand() * 6),
        adviceFollowed: requested && rand() < 0.5 ? pick(['yes', 'no', 'partly', 'unknown'] as const) : null,
        helpfulness: requested && rand() < 0.5 ? 1 + Math.floor(rand() * 5) : null,
        requester: requested ? { id: '29:professional', aadObjectId: 'aad-professional', name: 'Handläggare' } : null,
        claimedBy: person, answeredBy: person, submissionKey: null, channelActivityId: null,
        requesterConversation: requested ? CONVERSATION : null, reannouncements: 0, followUp: requested ? 'asked' : 'none',
        times: {
          created: iso(created), claimed: iso(requested ? claimed : created), answered: iso(requested ? answered : created),
          closed: iso(requested ? answered : created), withdrawn: null, erased: null, reannounced: null, followUpAsked: null,
        },
      });
    }
  }
  // The generator is typed, but a drifted schema should fail here and not as odd figures.
  for (const record of records.slice(0, 50)) consultationRecordSchema.parse(record);
  return records;
}

/** Through the port, one record at a time: what the embedded store does anyway (SQLite is synchronous). */
async function seedOneByOne(store: DocumentStore, records: readonly ConsultationRecord[]): Promise<number> {
  const collection = store.collection('consultations');
  const started = performance.now();
  for (const record of records) await collection.create(record);
  return performance.now() - started;
}

/** Batches of 100 creates in one partition each, several in flight. */
async function seedInBatches(client: CosmosClient, databaseId: string, records: readonly ConsultationRecord[]): Promise<number> {
  const container = client.database(databaseId).container('consultations');
  const batches: Array<{ rcId: string; operations: OperationInput[] }> = [];
  for (const [rcId] of WEIGHTS) {
    const mine = records.filter((r) => r.rcId === rcId);
    for (let i = 0; i < mine.length; i += BATCH) {
      batches.push({ rcId, operations: mine.slice(i, i + BATCH).map((r) => ({ operationType: 'Create', resourceBody: r as unknown as JSONObject })) });
    }
  }
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const { rcId, operations } = batches[next++] as (typeof batches)[number];
      const response = await container.items.batch(operations, rcId);
      const failed = response.result?.find((r) => r.statusCode >= 300);
      if (failed) throw new Error(`bench: batch create failed with ${failed.statusCode}`);
    }
  };
  await Promise.all(Array.from({ length: BATCHES_IN_FLIGHT }, worker));
  return performance.now() - started;
}

async function timeReports(label: string, store: DocumentStore, runs = RUNS): Promise<void> {
  const service = new StatisticsService(store, () => directory, systemClock);
  const times: number[] = [];
  let cases: number | null = null;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = await service.report(NATIONAL);
    times.push(performance.now() - started);
    if (!result.ok) throw new Error(`report refused: ${JSON.stringify(result)}`);
    cases = result.report.figures.find((f) => f.indicator === 'ga2.cases')?.value ?? null;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  console.log(`${label.padEnd(36)} first ${ms(times[0] ?? NaN)}  median ${ms(median)}  (${runs} runs, ga2.cases = ${cases}, load ${loadavg()[0]?.toFixed(1)})`);
}

const ms = (x: number) => `${x >= 10_000 ? (x / 1000).toFixed(1) + ' s' : Math.round(x) + ' ms'}`.padStart(8);

/** The same store, made to look like Cosmos so the report pushes its filters down: the alternative the loader rejects. */
function withServerFilters(store: DocumentStore): DocumentStore {
  return Object.create(store, { kind: { value: 'cosmos' } }) as DocumentStore;
}

async function main(): Promise<void> {
  const records = generate();
  const bytes = records.reduce((sum, r) => sum + JSON.stringify(r).length, 0);
  console.log(`${records.length} consultations in ${YEAR}, ${Math.round(bytes / records.length)} bytes each on average (node ${process.version})`);
  // Other work on the machine slows every figure below; say how busy it was.
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`per RC: ${WEIGHTS.map(([id]) => `${directory.centre(id)?.shortCode} ${records.filter((r) => r.rcId === id).length}`).join(', ')}`);

  if (STORES.has('embedded')) await benchEmbedded(records);
  if (STORES.has('cosmos')) await benchCosmos(records);
}

async function benchEmbedded(records: readonly ConsultationRecord[]): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'rc-bench-stats-'));
  const sqlite = new SqliteStore({ file: join(folder, 'bench.sqlite') });
  try {
    await sqlite.init();
    const seeded = await seedOneByOne(sqlite, records);
    console.log(`\nembedded store: seeded in ${ms(seeded)} (${Math.round(statSync(join(folder, 'bench.sqlite')).size / 1e6)} MB file)`);
    await timeReports('national yearly report', sqlite);
    await timeReports('  for comparison: filters in SQL', withServerFilters(sqlite), 1);
  } finally {
    await sqlite.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The wire server answers every page by evaluating the query over the whole container and
 * slicing (its paginate helper), so a report costs pages x documents, and garbage collection
 * makes it worse than that: it is timed on growing samples of the same records (every k-th,
 * so the RC mix and the spread over the year stay) up to the full set. A report that runs
 * past the budget is given up, and so are the larger sizes.
 */
async function benchCosmos(records: readonly ConsultationRecord[]): Promise<void> {
  const server = await startCosmosTestServer();
  const connection = { endpoint: server.endpoint, key: server.key, agent: server.agent };
  const client = new CosmosClient({ ...connection, connectionPolicy: { enableEndpointDiscovery: false } });
  console.log(`\nCosmos wire server (seeded in batches of ${BATCH}, ${BATCHES_IN_FLIGHT} in flight; a report may take ${COSMOS_REPORT_BUDGET_MS / 1000} s):`);
  try {
    for (const step of [20, 10, 5, 1]) {
      const sample = records.filter((_, i) => i % step === 0);
      if (step > 1 && sample.length < 1000) continue;
      const size = String(sample.length).padStart(7);
      const databaseId = `bench-stats-${sample.length}`;
      const cosmos = new CosmosStore({ ...connection, databaseId, requestTimeoutMs: COSMOS_REPORT_BUDGET_MS });
      await cosmos.init();
      console.log(`${size} consultations: seeded in ${ms(await seedInBatches(client, databaseId, sample))}`);
      const timing = timeReports(`${size} national yearly report`, cosmos, sample.length > 10_000 ? 1 : RUNS);
      const finished = await Promise.race([timing.then(() => true), sleep(COSMOS_REPORT_BUDGET_MS).then(() => false)]);
      if (!finished) {
        // Still running inside the server; closing it below makes the requests fail, quietly.
        timing.catch(() => undefined);
        console.log(`${size} national yearly report: did not finish within ${COSMOS_REPORT_BUDGET_MS / 1000} s`);
        break;
      }
      await cosmos.close();
      await client.database(databaseId).delete();
    }
  } finally {
    client.dispose();
    await server.close();
  }
}

const sleep = (msToWait: number) => new Promise<void>((resolve) => setTimeout(resolve, msToWait).unref());

await main();
