// Starts the Cosmos DB wire-compatible server in-process for tests and benchmarks.
// Free of vitest imports on purpose: scripts/ reuse it outside the test runner.
//
// A fresh self-signed certificate per start is trusted through the returned agent only,
// so nothing in the process relaxes TLS globally.

import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { createHttpsServer } from '@vercel/cosmosdb-server';
import { loopbackCertificate } from '../helpers/loopback-cert.js';

export interface CosmosTestServer {
  /** https://127.0.0.1:<port> */
  endpoint: string;
  /** Trusts the generated certificate; pass it to the Cosmos client. */
  agent: https.Agent;
  /** Any base64 string is accepted by the wire server. */
  key: string;
  /** PEM of the generated certificate, for child processes (NODE_EXTRA_CA_CERTS). */
  cert: string;
  close(): Promise<void>;
}

export const TEST_SERVER_KEY = Buffer.from('rc-bot-test-key').toString('base64');

export async function startCosmosTestServer(): Promise<CosmosTestServer> {
  const pems = await loopbackCertificate();

  // keepAlive: without it the server answers `connection: close` and every call pays a TLS handshake.
  const server = createHttpsServer({ cert: pems.cert, key: pems.key, keepAlive: true });
  // Node closes an idle keep-alive socket after 5 s; a client that picks that socket from its pool
  // at the same moment gets ECONNRESET (the keep-alive race). Cosmos DB's gateway keeps idle
  // connections for minutes, so the stand-in does too.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const agent = new https.Agent({ ca: pems.cert, keepAlive: true });

  return {
    endpoint: `https://127.0.0.1:${port}`,
    agent,
    key: TEST_SERVER_KEY,
    cert: pems.cert,
    async close() {
      agent.destroy();
      // Keep-alive sockets would hold close() open until they time out.
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
