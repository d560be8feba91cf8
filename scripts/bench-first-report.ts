// Times exactly one thing: the first national yearly report over N consultations on the embedded
// store, nothing stored yet (no month tally), as an office sees it the first time after an
// upgrade or an import. bench-stats.ts times it once, among other things; this one repeats it.
// Run: npm run build && node dist/scripts/bench-first-report.js [--records 100000] [--runs 5]
//        [--profile DIR] [--json FILE] [--writes N]
//
// The records (bench-stats-data.ts, seeded random, so the same every run) are written once into
// a template file straight through SQLite, outside the timing; every run then opens a fresh copy
// of it, so each report really is the first. Printed per run: wall time and the process's CPU
// time (user + system) across the report. --profile writes a CPU profile of the reports only
// (not the seeding); --json writes the last run's report, with a fixed clock, for comparing the
// figures of two trees. --writes N then times what the indexes cost a consultation write: N
// records created through the port into an empty store, then each replaced once (as a claim
// does), every write re-indexing the record.

import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ConsultationRecord } from '../services/consultation/record.js';
import { DirectoryIndex } from '../services/directory/lookup.js';
import { NetworkSessionStats } from '../services/sessions/session-stats-source.js';
import { SqliteStore } from '../services/storage/sqlite/sqlite-store.js';
import { StatisticsService } from '../services/statistics/statistics-service.js';
import type { ReportRequest } from '../services/statistics/types.js';
import { TrainingStatsFromEvents } from '../services/training/training-stats-source.js';
import { seedSqliteFile } from './bench-seed.js';
import { generate, generateSessions, generateTrainings, YEAR } from './bench-stats-data.js';

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '5' },
    profile: { type: 'string' },
    json: { type: 'string' },
    writes: { type: 'string', default: '0' },
  },
});
const TOTAL = Number(args.records);
const RUNS = Number(args.runs);
const NATIONAL: ReportRequest = { scope: { kind: 'all' }, period: { kind: 'year', year: YEAR }, viewer: { kind: 'other' } };
// After the year, so every month of it is whole and quiet; fixed, so two trees' reports compare byte for byte.
const clock = { now: () => new Date(`${YEAR + 1}-01-15T12:00:00.000Z`) };

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'rc-bench-first-'));
  try {
    const template = join(folder, 'template.sqlite');
    const init = new SqliteStore({ file: template });
    await init.init();
    await init.close();
    const records = generate(TOTAL);
    const sessions = [...generateSessions(), ...generateTrainings()];
    const seeded =
      seedSqliteFile(template, 'consultations', records) +
      seedSqliteFile(template, 'sessions', sessions.filter((d) => d.kind !== 'event')) +
      seedSqliteFile(template, 'trainings', sessions.filter((d) => d.kind === 'event'));
    console.log(`${records.length} consultations in ${YEAR}: seeded in ${Math.round(seeded)} ms (not timed below); node ${process.version}`);

    const profiler = args.profile ? new Session() : undefined;
    if (profiler) {
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
    const walls: number[] = [];
    const cpus: number[] = [];
    let last: unknown;
    for (let run = 0; run < RUNS; run++) {
      const file = join(folder, `run-${run}.sqlite`);
      copyFileSync(template, file);
      const store = new SqliteStore({ file });
      // Opening the store (and building any index it lacks) is start-up, not the report.
      await store.init();
      const directory = new DirectoryIndex();
      const service = new StatisticsService(store, () => directory, clock, { sessions: new NetworkSessionStats(store), trainings: new TrainingStatsFromEvents(store) });
      const cpu = process.cpuUsage();
      const started = performance.now();
      const result = await service.report(NATIONAL);
      const wall = performance.now() - started;
      const used = process.cpuUsage(cpu);
      if (!result.ok) throw new Error(`report refused: ${JSON.stringify(result)}`);
      last = result.report;
      walls.push(wall);
      cpus.push((used.user + used.system) / 1000);
      const cases = result.report.figures.find((f) => f.indicator === 'ga2.cases')?.value;
      console.log(`run ${run + 1}: wall ${Math.round(wall)} ms, CPU ${Math.round(cpus[run] as number)} ms (ga2.cases = ${cases}, load ${loadavg()[0]?.toFixed(2)})`);
      await store.close();
      rmSync(file, { force: true });
    }
    if (profiler && args.profile) {
      const { profile } = await profiler.post('Profiler.stop');
      mkdirSync(args.profile, { recursive: true });
      const out = join(args.profile, `first-report-${Date.now()}.cpuprofile`);
      writeFileSync(out, JSON.stringify(profile));
      console.log(`CPU profile of the reports: ${out}`);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    console.log(`first national yearly report over ${TOTAL}: wall median ${Math.round(median(walls))} ms (best ${Math.round(Math.min(...walls))}), CPU median ${Math.round(median(cpus))} ms (best ${Math.round(Math.min(...cpus))})`);
    if (args.json) writeFileSync(args.json, JSON.stringify(last, null, 1));
    if (Number(args.writes) > 0) await timeWrites(join(folder, 'writes.sqlite'), records.slice(0, Number(args.writes)));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** CPU and wall time of creating these records one by one through the port, then replacing each once. */
async function timeWrites(file: string, records: readonly ConsultationRecord[]): Promise<void> {
  const store = new SqliteStore({ file });
  await store.init();
  const consultations = store.collection<ConsultationRecord>('consultations');
  const timed = async (label: string, write: (record: ConsultationRecord) => Promise<unknown>) => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (const record of records) await write(record);
    const wall = performance.now() - started;
    const used = process.cpuUsage(cpu);
    console.log(`${label} ${records.length} records: ${((wall * 1000) / records.length).toFixed(0)} µs wall, ${((used.user + used.system) / records.length).toFixed(0)} µs CPU a write (load ${loadavg()[0]?.toFixed(2)})`);
  };
  const etags = new Map<string, string>();
  await timed('create', async (record) => etags.set(record.id, (await consultations.create(record)).etag));
  await timed('replace', (record) => consultations.replace({ ...record, status: 'answered' }, etags.get(record.id) as string));
  await store.close();
}

await main();
