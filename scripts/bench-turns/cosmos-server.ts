// The Cosmos DB wire server for bench-turns, in a process of its own: in the bench's process it
// would evaluate every query (a statistics count scans thousands of documents in JavaScript) on
// the event loop that also sends the load and times the replies, and the bench would time itself.

import { fork } from 'node:child_process';
import https from 'node:https';
import { startCosmosTestServer, type CosmosTestServer } from '../../test/storage/cosmos-test-server.js';

interface Ready {
  endpoint: string;
  key: string;
  cert: string;
}

/** Started by startCosmosChild below: runs the server and says where it listens. */
async function serve(): Promise<void> {
  const server = await startCosmosTestServer();
  process.send?.({ endpoint: server.endpoint, key: server.key, cert: server.cert } satisfies Ready);
  process.on('disconnect', () => void server.close().finally(() => process.exit(0)));
}

export async function startCosmosChild(): Promise<CosmosTestServer> {
  const child = fork(import.meta.filename, ['--serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Ready));
    child.once('exit', (code) => reject(new Error(`the Cosmos DB wire server exited (${code}) during start`)));
  });
  const agent = new https.Agent({ ca: ready.cert, keepAlive: true });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    ...ready,
    agent,
    async close() {
      agent.destroy();
      child.disconnect();
      await exited;
    },
  };
}

if (process.argv.includes('--serve')) await serve();
