// How long the first submit of an RC and year takes when its reference counter document is
// missing (after an upgrade, or at a new year's first submit): the counter is then seeded from
// the highest number stored, which reads the RC's records. Seeds N consultations (the
// statistics bench's generator) without counter documents, then numbers one record per RC.
//
//   npm run build && node dist/scripts/bench-counter-seed.js [records] [embedded,cosmos]

import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CosmosClient } from '@azure/cosmos';
import { ChangeMarks } from '../services/consultation/change-marks.js';
import { ConsultationRepository } from '../services/consultation/consultation-repository.js';
import { DirectoryIndex } from '../services/directory/lookup.js';
import { CosmosStore } from '../services/storage/cosmos/cosmos-store.js';
import type { DocumentStore } from '../services/storage/port.js';
import { SqliteStore } from '../services/storage/sqlite/sqlite-store.js';
import { systemClock } from '../services/time/clock.js';
import { startCosmosTestServer } from '../test/storage/cosmos-test-server.js';
import { seedInBatches, seedSqliteFile } from './bench-seed.js';
import { generate, WEIGHTS, YEAR } from './bench-stats-data.js';

const TOTAL = Number(process.argv[2] ?? 500_000);
const STORES = new Set((process.argv[3] ?? 'embedded,cosmos').split(','));
const directory = new DirectoryIndex();
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);

async function firstSubmits(label: string, store: DocumentStore, records: ReturnType<typeof generate>): Promise<void> {
  const repository = new ConsultationRepository(store, async () => undefined, new ChangeMarks(store, systemClock));
  const cells: string[] = [];
  for (const [rcId] of WEIGHTS) {
    const template = records.find((r) => r.rcId === rcId);
    const centre = directory.centre(rcId);
    if (!template || !centre) throw new Error(`bench: no record to copy for ${rcId}`);
    const { id: _id, kind: _kind, reference: _reference, year: _year, seq: _seq, ...draft } = template;
    const stored = records.filter((r) => r.rcId === rcId).length;
    const started = performance.now();
    const created = await repository.createNumbered({ ...draft, status: 'new', submissionKey: null }, centre.shortCode, YEAR);
    const took = performance.now() - started;
    if (created?.item.seq !== stored + 1) throw new Error(`bench: ${rcId} numbered ${created?.item.seq}, expected ${stored + 1}`);
    cells.push(`${centre.shortCode} (${stored}) ${ms(took)}`);
  }
  console.log(`${label}: first submit per RC with no counter: ${cells.join(', ')} (load ${loadavg()[0]?.toFixed(1)})`);
}

async function main(): Promise<void> {
  const records = generate(TOTAL);
  console.log(`${records.length} consultations in ${YEAR} (node ${process.version}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  if (STORES.has('embedded')) {
    const folder = mkdtempSync(join(tmpdir(), 'rc-bench-counter-'));
    const file = join(folder, 'bench.sqlite');
    const sqlite = new SqliteStore({ file });
    try {
      await sqlite.init();
      console.log(`embedded: seeded in ${ms(seedSqliteFile(file, 'consultations', records))}`);
      await firstSubmits('embedded', sqlite, records);
    } finally {
      await sqlite.close();
      rmSync(folder, { recursive: true, force: true });
    }
  }
  if (STORES.has('cosmos')) {
    const server = await startCosmosTestServer();
    const databaseId = 'bench-counter';
    const cosmos = new CosmosStore({ endpoint: server.endpoint, key: server.key, agent: server.agent, databaseId, requestTimeoutMs: 600_000 });
    const client = new CosmosClient({ endpoint: server.endpoint, key: server.key, agent: server.agent, connectionPolicy: { enableEndpointDiscovery: false } });
    try {
      await cosmos.init();
      console.log(`cosmos wire server: seeded in ${ms(await seedInBatches(client, databaseId, 'consultations', records, 'rcId'))}`);
      await firstSubmits('cosmos wire server', cosmos, records);
    } finally {
      client.dispose();
      await cosmos.close();
      await server.close();
    }
  }
}

await main();
