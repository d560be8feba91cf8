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
// 2 000 network sessions go with them (80 networks meeting fortnightly, about 2.4 questions a
// session as in Norrbotten 2020, L10682), read through the sessions domain's SessionStatsSource.

import { CosmosClient, type JSONObject, type OperationInput } from '@azure/cosmos';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChangeMarks } from '../services/consultation/change-marks.js';
import { ConsultationRepository } from '../services/consultation/consultation-repository.js';
import { consultationRecordSchema, type ConsultationRecord } from '../services/consultation/record.js';
import { formatReference, referenceYear } from '../services/consultation/reference.js';
import { DirectoryIndex } from '../services/directory/lookup.js';
import { networkSchema, questionSchema, sessionSchema } from '../services/sessions/model.js';
import { NetworkSessionStats } from '../services/sessions/session-stats-source.js';
import { CosmosStore } from '../services/storage/cosmos/cosmos-store.js';
import type { ContainerName, Document, DocumentStore } from '../services/storage/port.js';
import { SqliteStore } from '../services/storage/sqlite/sqlite-store.js';
import { StatisticsService } from '../services/statistics/statistics-service.js';
import type { ReportRequest } from '../services/statistics/types.js';
import { systemClock } from '../services/time/clock.js';
import { startOfZonedDay, zonedDate } from '../services/time/zoned-time.js';
import { startCosmosTestServer } from '../test/storage/cosmos-test-server.js';
import { seededRandom as random } from '../test/helpers/seeded-random.js';

const TOTAL = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 3);
const STORES = new Set((process.argv[4] ?? 'embedded,cosmos').split(','));
const YEAR = 2026;
const BATCH = 100; // the most one Cosmos transactional batch takes
const BATCHES_IN_FLIGHT = 8;
const NETWORKS = 80;
const SESSIONS_PER_NETWORK = 25;
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

/** Networks with their sessions and questions, as the sessions service stores them. */
function generateSessions(): Document[] {
  const docs: Document[] = [];
  const iso = (ms: number) => new Date(ms).toISOString();
  const person = (id: string) => ({ id: `29:${id}`, name: id });
  const firstMonday = startOfZonedDay(`${YEAR}-01-05`).getTime() + 9 * 3_600_000;
  for (let n = 0; n < NETWORKS; n++) {
    const rcId = (WEIGHTS[n % WEIGHTS.length] as [string, number])[0];
    const networkId = `net-${n}`;
    const orgs = Array.from({ length: 10 + (n % 11) }, (_, o) => ({
      id: `org-${n}-${o}`, name: `Organisation ${o}`, type: pick(['social_services', 'school', 'police', 'health_care', 'shelter'] as const),
      municipality: '1480', member: person(`m${n}-${o}`), deputy: null, addedAt: iso(firstMonday),
    }));
    const lead = person(`lead-${n}`);
    docs.push({
      id: networkId, kind: 'network', networkId, rcId, name: `Nätverk ${n}`, leads: [lead], organisations: orgs,
      participantIds: [lead.id, ...orgs.map((o) => o.member.id)], meetingUrl: 'https://teams.microsoft.com/l/meetup-join/x',
      conversationReference: null, feedToken: null, createdBy: lead, times: { created: iso(firstMonday), updated: iso(firstMonday) },
    });
    for (let i = 0; i < SESSIONS_PER_NETWORK; i++) {
      const startsAt = firstMonday + (n % 10) * 86_400_000 + i * 14 * 86_400_000;
      const id = `${networkId}:s:${i}`;
      const status = rand() < 0.1 ? 'cancelled' : 'held';
      const present = status === 'held' ? orgs.filter(() => rand() < 0.8) : [];
      docs.push({
        id, kind: 'session', networkId, seriesId: 's', index: i, date: zonedDate(new Date(startsAt)), start: '09:00', end: '11:00', durationMinutes: 120,
        startsAt: iso(startsAt), endsAt: iso(startsAt + 7_200_000), scheduledDate: zonedDate(new Date(startsAt)), movedFrom: null, holiday: null,
        status, sequence: 0, meetingUrl: null, capacity: null, allowMultiplePerOrg: false, bookings: [], waitingList: [], agendaItems: [],
        agendaOrder: [], attendance: orgs.map((o) => ({ orgId: o.id, present: present.includes(o) })),
        ratings: present.filter(() => rand() < 0.5).map((o) => ({ userId: o.member.id, orgId: o.id, rating: 3 + Math.floor(rand() * 3), at: iso(startsAt + 8_000_000) })),
        cancelReason: status === 'cancelled' ? 'Sjukdom' : null,
        times: { created: iso(firstMonday), cancelled: status === 'cancelled' ? iso(startsAt - 86_400_000) : null, rescheduled: null, held: status === 'held' ? iso(startsAt) : null },
      });
      for (let q = 0; q < Math.round(1 + rand() * 3); q++) {
        const org = pick(orgs);
        const submitted = iso(startsAt - 3 * 86_400_000);
        const outcome = status === 'held' && rand() < 0.76 ? 'discussed' : 'carried_over';
        docs.push({
          id: `question:${id}:${q}`, kind: 'question', networkId, sessionId: id, orgId: org.id, submittedBy: org.member, text: QUESTION.slice(0, 300),
          questionType: 'hrv', ageBand: '13-17', violence: ['control'], status: outcome,
          history: [
            { at: submitted, event: 'submitted', status: 'submitted', sessionId: id, by: org.member.id },
            { at: iso(startsAt + 7_200_000), event: outcome, status: outcome, sessionId: id, by: outcome === 'discussed' ? lead.id : null },
          ],
          times: { submitted, updated: iso(startsAt + 7_200_000) },
        });
      }
    }
  }
  // As for the records: a drifted schema should fail here.
  const schemas = { network: networkSchema, session: sessionSchema, question: questionSchema } as const;
  for (const doc of docs.slice(0, 200)) schemas[doc.kind as keyof typeof schemas].parse(doc);
  return docs;
}

/**
 * A kept-alive socket the server closed during a long report fails the next request with
 * ECONNRESET before it reaches the server, so sending the same batch again is safe.
 */
async function withRetries<T>(send: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= attempts || !/ECONNRESET|socket hang up/.test(String(error))) throw error;
    }
  }
}

/** Through the port, one record at a time: what the embedded store does anyway (SQLite is synchronous). */
async function seedOneByOne(store: DocumentStore, container: ContainerName, docs: readonly Document[]): Promise<number> {
  const collection = store.collection(container);
  const started = performance.now();
  for (const doc of docs) await collection.create(doc);
  return performance.now() - started;
}

/** Batches of 100 creates in one partition each, several in flight. */
async function seedInBatches(client: CosmosClient, databaseId: string, container: ContainerName, docs: readonly Document[], partitionKey: string): Promise<number> {
  const target = client.database(databaseId).container(container);
  const byPartition = new Map<string, Document[]>();
  for (const doc of docs) {
    const key = String(doc[partitionKey]);
    byPartition.set(key, [...(byPartition.get(key) ?? []), doc]);
  }
  const batches: Array<{ key: string; operations: OperationInput[] }> = [];
  for (const [key, mine] of byPartition) {
    for (let i = 0; i < mine.length; i += BATCH) {
      batches.push({ key, operations: mine.slice(i, i + BATCH).map((d) => ({ operationType: 'Create', resourceBody: d as unknown as JSONObject })) });
    }
  }
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const { key, operations } = batches[next++] as (typeof batches)[number];
      const response = await withRetries(() => target.items.batch(operations, key));
      const failed = response.result?.find((r) => r.statusCode >= 300);
      if (failed) throw new Error(`bench: batch create failed with ${failed.statusCode}`);
    }
  };
  await Promise.all(Array.from({ length: BATCHES_IN_FLIGHT }, worker));
  return performance.now() - started;
}

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
  const service = new StatisticsService(store, () => directory, systemClock, { sessions: new NetworkSessionStats(store) });
  const times: number[] = [];
  let cases: number | null = null;
  let held: number | null = null;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = await service.report(NATIONAL);
    times.push(performance.now() - started);
    if (!result.ok) throw new Error(`report refused: ${JSON.stringify(result)}`);
    cases = result.report.figures.find((f) => f.indicator === 'ga2.cases')?.value ?? null;
    held = result.report.figures.find((f) => f.indicator === 'ga3.sessions.held')?.value ?? null;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  const range = `first ${ms(times[0] ?? NaN)}  median ${ms(median)}  best ${ms(sorted[0] ?? NaN)}`;
  console.log(`${label.padEnd(42)} ${range}  (${runs} runs, ga2.cases = ${cases}, ga3.sessions.held = ${held}, load ${loadavg()[0]?.toFixed(1)})`);
}

const ms = (x: number) => `${x >= 10_000 ? (x / 1000).toFixed(1) + ' s' : Math.round(x) + ' ms'}`.padStart(8);

async function main(): Promise<void> {
  const records = generate();
  const bytes = records.reduce((sum, r) => sum + JSON.stringify(r).length, 0);
  console.log(`${records.length} consultations in ${YEAR}, ${Math.round(bytes / records.length)} bytes each on average (node ${process.version})`);
  // Other work on the machine slows every figure below; say how busy it was.
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`per RC: ${WEIGHTS.map(([id]) => `${directory.centre(id)?.shortCode} ${records.filter((r) => r.rcId === id).length}`).join(', ')}`);

  const sessions = generateSessions();
  console.log(`${sessions.filter((d) => d.kind === 'session').length} sessions, ${sessions.filter((d) => d.kind === 'question').length} questions in ${NETWORKS} networks`);

  if (STORES.has('embedded')) await benchEmbedded(records, sessions);
  if (STORES.has('cosmos')) await benchCosmos(records, sessions);
}

async function benchEmbedded(records: readonly ConsultationRecord[], sessions: readonly Document[]): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'rc-bench-stats-'));
  const sqlite = new SqliteStore({ file: join(folder, 'bench.sqlite') });
  try {
    await sqlite.init();
    const seeded = (await seedOneByOne(sqlite, 'consultations', records)) + (await seedOneByOne(sqlite, 'sessions', sessions));
    console.log(`\nembedded store: seeded in ${ms(seeded)} (${Math.round(statSync(join(folder, 'bench.sqlite')).size / 1e6)} MB file)`);
    await timeReports('yearly, nothing stored yet', sqlite, 1);
    await timeReports('yearly, every month stored', sqlite);
    await newRequestInEveryRc(sqlite, records);
    await timeReports('yearly, a new request in every RC', sqlite);
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
async function benchCosmos(records: readonly ConsultationRecord[], sessions: readonly Document[]): Promise<void> {
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
      const seeded =
        (await seedInBatches(client, databaseId, 'consultations', sample, 'rcId')) + (await seedInBatches(client, databaseId, 'sessions', sessions, 'networkId'));
      console.log(`${size} consultations and the sessions: seeded in ${ms(seeded)}`);
      const timing = timeReports(`${size} yearly, nothing stored yet`, cosmos, 1);
      const finished = await Promise.race([timing.then(() => true), sleep(COSMOS_REPORT_BUDGET_MS).then(() => false)]);
      if (!finished) {
        // Still running inside the server; closing it below makes the requests fail, quietly.
        timing.catch(() => undefined);
        console.log(`${size} national yearly report: did not finish within ${COSMOS_REPORT_BUDGET_MS / 1000} s`);
        break;
      }
      await timeReports(`${size} yearly, every month stored`, cosmos);
      await newRequestInEveryRc(cosmos, sample);
      await timeReports(`${size} yearly, a new request in every RC`, cosmos);
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
