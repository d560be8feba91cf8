// The Cosmos DB wire server for bench-turns, in a process of its own: in the bench's process it
// would evaluate every query (a statistics count scans thousands of documents in JavaScript) on
// the event loop that also sends the load and times the replies, and the bench would time itself.
//
// It also seeds: through the HTTP API, 50 000 consultations took 139 s (and 500 000 never
// finished), so this process puts the bench's documents straight into the server's in-memory
// containers with the very method its create handler calls (Documents.create in
// @vercel/cosmosdb-server/lib/account/items.js), which gives each document its _rid, _self, _etag
// and _ts as a create over HTTP does. Its queries run in linear time (./wire-server-scale.ts).

import { fork } from 'node:child_process';
import https from 'node:https';
import { containerDefinition } from '../../services/storage/containers.js';
import type { ContainerName, Document } from '../../services/storage/port.js';
import { startCosmosTestServer, type CosmosTestServer } from '../../test/storage/cosmos-test-server.js';
import { generate } from '../bench-stats-data.js';
import { ask } from './ask-child.js';
import { benchSessions } from './sessions.js';
import { captureAccount, cosmosLikeQueryCost, linearQueries, type WireAccount } from './wire-server-scale.js';

interface Ready {
  endpoint: string;
  key: string;
  cert: string;
}

/** What to seed: the statistics bench's records, then bench-turns' networks and sessions dated from `now`. */
export interface SeedRequest {
  databaseId: string;
  records: number;
  now: string;
}
export interface Seeded {
  consultations: number;
  sessions: number;
  ms: number;
  /** One seeded record, for a point read through the client. */
  sample?: { id: string; rcId: string };
}

function seedDirectly(account: WireAccount, { databaseId, records, now }: SeedRequest): Seeded {
  const database = account.database(databaseId);
  if (!database.read()) throw new Error(`bench: database ${databaseId} does not exist yet (init the store first)`);
  const started = performance.now();
  const put = (name: ContainerName, docs: readonly Document[]) => {
    const container = database.collection(containerDefinition(name).name);
    if (!container.read()) throw new Error(`bench: container ${name} does not exist yet`);
    for (const doc of docs) container.documents.create(doc);
    return docs.length;
  };
  // The order bench-turns.ts always generated them in (they share one seeded random sequence).
  const generated = generate(records);
  const consultations = put('consultations', generated);
  const sessions = put('sessions', benchSessions(new Date(now)));
  const first = generated[0];
  return { consultations, sessions, ms: performance.now() - started, ...(first ? { sample: { id: first.id, rcId: first.rcId } } : {}) };
}

/** Started by startCosmosChild below: runs the server and says where it listens. */
async function serve(): Promise<void> {
  const account = captureAccount();
  linearQueries();
  cosmosLikeQueryCost();
  const server = await startCosmosTestServer();
  process.send?.({ endpoint: server.endpoint, key: server.key, cert: server.cert } satisfies Ready);
  process.on('message', (m: { seed?: SeedRequest; cpu?: true }) => {
    if (m.cpu) {
      const cpu = process.cpuUsage();
      process.send?.({ cpuMs: (cpu.user + cpu.system) / 1000 });
      return;
    }
    if (!m.seed) return;
    const found = account();
    try {
      if (!found) throw new Error('bench: the wire server has had no request naming a database yet');
      process.send?.({ seeded: seedDirectly(found, m.seed) });
    } catch (error) {
      process.send?.({ seedError: String(error) });
    }
  });
  process.on('disconnect', () => void server.close().finally(() => process.exit(0)));
}

export interface CosmosChild extends CosmosTestServer {
  /** Seeds straight into the server's memory; the database and its containers must exist. */
  seed(request: SeedRequest): Promise<Seeded>;
  /** CPU time (user and system) the server has used since it started, in ms: what it takes of the two cores the bots share. */
  cpuMs(): Promise<number>;
}

export async function startCosmosChild(): Promise<CosmosChild> {
  // 500 000 records take about 3 GB in the server (2.8 GB RSS measured), past Node's default heap on smaller machines.
  const child = fork(import.meta.filename, ['--serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [...process.execArgv, '--max-old-space-size=8192'] });
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Ready));
    child.once('exit', (code) => reject(new Error(`the Cosmos DB wire server exited (${code}) during start`)));
  });
  const agent = new https.Agent({ ca: ready.cert, keepAlive: true });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    ...ready,
    agent,
    async seed(request) {
      const answer = await ask<{ seeded?: Seeded; seedError?: string }>(child, { seed: request }, (m) => m.seeded !== undefined || m.seedError !== undefined);
      if (!answer.seeded) throw new Error(answer.seedError);
      return answer.seeded;
    },
    cpuMs: async () => (await ask<{ cpuMs?: number }>(child, { cpu: true }, (m) => m.cpuMs !== undefined)).cpuMs ?? NaN,
    async close() {
      agent.destroy();
      child.disconnect();
      await exited;
    },
  };
}

if (process.argv.includes('--serve')) await serve();
