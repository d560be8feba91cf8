// Benchmark of the follow-up report: a national yearly report over 100 000 consultations, on
// the embedded store (a SQLite file in a temp folder) and on the Cosmos DB wire server.
// Run: npm run build && node dist/scripts/bench-stats.js [consultations] [runs] [embedded,cosmos]
//
// The data is in bench-stats-data.ts: records shaped as the consultation service writes them,
// spread over the year and the RCs in proportion to the 2020 volumes (L9628, L10161, L10682,
// L11219, L11389). Each store is timed three ways: the first report (no month tally stored,
// every record counted), with every month's tally stored, and on a working day, when each RC
// has just had a new request, so that month is counted from its records in every report.
// The Cosmos wire server comes from test/ like privacy-report.ts's corpus:
// tsc emits what a script imports, and the helper has no vitest in it. One create per request
// through the port runs at about 400 a second against it (client and server share this
// process), so Cosmos is seeded with transactional batches of 100 straight through the SDK;
// the report itself reads through the port like the bot does.
//
// 2 000 network sessions go with them (80 networks meeting fortnightly, about 2.4 questions a
// session as in Norrbotten 2020, L10682), read through the sessions domain's SessionStatsSource.

import { CosmosClient } from '@azure/cosmos';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChangeMarks } from '../services/consultation/change-marks.js';
import { ConsultationRepository } from '../services/consultation/consultation-repository.js';
import type { ConsultationRecord } from '../services/consultation/record.js';
import { DirectoryIndex } from '../services/directory/lookup.js';
import { NetworkSessionStats } from '../services/sessions/session-stats-source.js';
import { CosmosStore } from '../services/storage/cosmos/cosmos-store.js';
import type { Document, DocumentStore } from '../services/storage/port.js';
import { SqliteStore } from '../services/storage/sqlite/sqlite-store.js';
import { StatisticsService } from '../services/statistics/statistics-service.js';
import type { ReportRequest } from '../services/statistics/types.js';
import { systemClock } from '../services/time/clock.js';
import { startCosmosTestServer } from '../test/storage/cosmos-test-server.js';
import { sleep } from './bench-seed.js';
import { BATCH, BATCHES_IN_FLIGHT, seedInBatches, seedOneByOne } from './bench-seed.js';
import { TrainingStatsFromEvents } from '../services/training/training-stats-source.js';
import { generate, generateSessions, generateTrainings, NETWORKS, WEIGHTS, YEAR } from './bench-stats-data.js';

const TOTAL = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 3);
const STORES = new Set((process.argv[4] ?? 'embedded,cosmos').split(','));
const COSMOS_REPORT_BUDGET_MS = 600_000;
const directory = new DirectoryIndex();
const NATIONAL: ReportRequest = { scope: { kind: 'all' }, period: { kind: 'year', year: YEAR }, viewer: { kind: 'other' } };

/**
 * One new request in every RC, written as the consultation service writes it: the month it
 * falls in is then counted from its records in every report for the next ten minutes (the
 * quiet period), which is what a report costs on a working day.
 */
async function newRequestInEveryRc(store: DocumentStore, records: readonly ConsultationRecord[]): Promise<void> {
  const repository = new ConsultationRepository(store, async () => undefined, new ChangeMarks(store, systemClock));
  for (const [rcId] of WEIGHTS) {
    const template = records.find((r) => r.rcId === rcId && r.requester !== null);
    const centre = directory.centre(rcId);
    if (!template || !centre) throw new Error(`bench: no request to copy for ${rcId}`);
    const { id: _id, kind: _kind, reference: _reference, year: _year, seq: _seq, ...draft } = template;
    const created = `${YEAR}-11-16T09:00:00.000Z`;
    await repository.createNumbered({ ...draft, status: 'new', times: { ...draft.times, created, claimed: null, answered: null, closed: null } }, centre.shortCode, YEAR);
  }
}

async function timeReports(label: string, store: DocumentStore, runs = RUNS): Promise<void> {
  const service = new StatisticsService(store, () => directory, systemClock, { sessions: new NetworkSessionStats(store), trainings: new TrainingStatsFromEvents(store) });
  const times: number[] = [];
  let cases: number | null = null;
  let held: number | null = null;
  let trainings: number | null = null;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = await service.report(NATIONAL);
    times.push(performance.now() - started);
    if (!result.ok) throw new Error(`report refused: ${JSON.stringify(result)}`);
    cases = result.report.figures.find((f) => f.indicator === 'ga2.cases')?.value ?? null;
    held = result.report.figures.find((f) => f.indicator === 'ga3.sessions.held')?.value ?? null;
    trainings = result.report.figures.find((f) => f.indicator === 'ga2.information_sessions.held')?.value ?? null;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  const range = `first ${ms(times[0] ?? NaN)}  median ${ms(median)}  best ${ms(sorted[0] ?? NaN)}`;
  console.log(`${label.padEnd(42)} ${range}  (${runs} runs, ga2.cases = ${cases}, ga3.sessions.held = ${held}, ga2.information_sessions.held = ${trainings}, load ${loadavg()[0]?.toFixed(1)})`);
}

const ms = (x: number) => `${x >= 10_000 ? (x / 1000).toFixed(1) + ' s' : Math.round(x) + ' ms'}`.padStart(8);

async function main(): Promise<void> {
  const records = generate(TOTAL);
  const bytes = records.reduce((sum, r) => sum + JSON.stringify(r).length, 0);
  console.log(`${records.length} consultations in ${YEAR}, ${Math.round(bytes / records.length)} bytes each on average (node ${process.version})`);
  // Other work on the machine slows every figure below; say how busy it was.
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`per RC: ${WEIGHTS.map(([id]) => `${directory.centre(id)?.shortCode} ${records.filter((r) => r.rcId === id).length}`).join(', ')}`);

  // The trainings ride with the sessions: both are seeded beside the consultations.
  const sessions = [...generateSessions(), ...generateTrainings()];
  console.log(`${sessions.filter((d) => d.kind === 'session').length} sessions, ${sessions.filter((d) => d.kind === 'question').length} questions in ${NETWORKS} networks, ${sessions.filter((d) => d.kind === 'event').length} trainings held`);

  const tallies = STORES.has('embedded') ? await benchEmbedded(records, sessions) : undefined;
  if (STORES.has('cosmos')) await benchCosmos(records, sessions, tallies);
}

/** Returns the month tallies the embedded run stored, counted from exactly these records. */
async function benchEmbedded(records: readonly ConsultationRecord[], sessions: readonly Document[]): Promise<Document[]> {
  const folder = mkdtempSync(join(tmpdir(), 'rc-bench-stats-'));
  const sqlite = new SqliteStore({ file: join(folder, 'bench.sqlite') });
  try {
    await sqlite.init();
    const seeded = (await seedOneByOne(sqlite, 'consultations', records)) + (await seedOneByOne(sqlite, 'sessions', sessions.filter((d) => d.kind !== 'event'))) + (await seedOneByOne(sqlite, 'trainings', sessions.filter((d) => d.kind === 'event')));
    console.log(`\nembedded store: seeded in ${ms(seeded)} (${Math.round(statSync(join(folder, 'bench.sqlite')).size / 1e6)} MB file)`);
    await timeReports('yearly, nothing stored yet', sqlite, 1);
    await timeReports('yearly, every month stored', sqlite);
    // Taken before the new requests: those went into this store only.
    const tallies = await sqlite.collection<Document>('statistics').queryAll<Document>({ where: [{ field: 'kind', op: '=', value: 'month_tally' }] });
    await newRequestInEveryRc(sqlite, records);
    await timeReports('yearly, a new request in every RC', sqlite);
    return tallies;
  } finally {
    await sqlite.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The wire server answers every page by evaluating the query over the whole container and
 * slicing (its paginate helper), so counting from the records costs pages x documents, and
 * garbage collection makes it worse: a first report took 11 s over 10 000 records and 263 s
 * over 20 000. So the first report is timed on samples (every k-th record, so the RC mix and
 * the spread over the year stay), and for the full set the month tallies are those the
 * embedded run counted from the same records, written through the port as the hourly job
 * would have left them; the stored-month and working-day reports then read this store only.
 */
async function benchCosmos(records: readonly ConsultationRecord[], sessions: readonly Document[], tallies: readonly Document[] | undefined): Promise<void> {
  const server = await startCosmosTestServer();
  const connection = { endpoint: server.endpoint, key: server.key, agent: server.agent };
  const client = new CosmosClient({ ...connection, connectionPolicy: { enableEndpointDiscovery: false } });
  console.log(`\nCosmos wire server (seeded in batches of ${BATCH}, ${BATCHES_IN_FLIGHT} in flight; a report may take ${COSMOS_REPORT_BUDGET_MS / 1000} s):`);
  try {
    for (const step of [20, 10, 1]) {
      const sample = records.filter((_, i) => i % step === 0);
      if (step > 1 && sample.length < 1000) continue;
      const size = String(sample.length).padStart(7);
      const databaseId = `bench-stats-${sample.length}`;
      const cosmos = new CosmosStore({ ...connection, databaseId, requestTimeoutMs: COSMOS_REPORT_BUDGET_MS });
      await cosmos.init();
      const seeded =
        (await seedInBatches(client, databaseId, 'consultations', sample, 'rcId')) + (await seedInBatches(client, databaseId, 'sessions', sessions.filter((d) => d.kind !== 'event'), 'networkId')) +
        (await seedInBatches(client, databaseId, 'trainings', sessions.filter((d) => d.kind === 'event'), 'rcId'));
      console.log(`${size} consultations and the sessions: seeded in ${ms(seeded)}`);
      if (step === 1 && tallies) {
        for (const tally of tallies) await cosmos.collection('statistics').upsert(tally);
        console.log(`${size} month tallies: the ${tallies.length} the embedded run counted from these records, written through the port`);
      } else {
        const timing = timeReports(`${size} yearly, nothing stored yet`, cosmos, 1);
        const finished = await Promise.race([timing.then(() => true), sleep(COSMOS_REPORT_BUDGET_MS).then(() => false)]);
        if (!finished) {
          // Still running inside the server; closing it below makes the requests fail, quietly.
          timing.catch(() => undefined);
          console.log(`${size} national yearly report: did not finish within ${COSMOS_REPORT_BUDGET_MS / 1000} s`);
          break;
        }
      }
      await timeReports(`${size} yearly, every month stored`, cosmos);
      if (step === 1 && tallies) {
        // Counting one month from the records pages through it, and every page costs the whole
        // container here: 35 s a report at 20 000 records, far longer at the full set.
        console.log(`${size} yearly, a new request in every RC: not timed at this size on the wire server (see the smaller sizes)`);
      } else {
        await newRequestInEveryRc(cosmos, sample);
        await timeReports(`${size} yearly, a new request in every RC`, cosmos);
      }
      await cosmos.close();
      await client.database(databaseId).delete();
    }
  } finally {
    client.dispose();
    await server.close();
  }
}


await main();
