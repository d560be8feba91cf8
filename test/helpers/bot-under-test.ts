// The real restify server and CloudAdapter in local mode, in-process, with a connector stub
// capturing what the bot sends: the HTTP-level test bed.
import { Writable } from 'node:stream';
import { createApp, type App } from '../../bot/app.js';
import { loadConfig } from '../../services/config.js';
import { createLogger } from '../../services/logging.js';
import type { DocumentStore } from '../../services/storage/port.js';
import { SqliteStore } from '../../services/storage/sqlite/sqlite-store.js';
import type { Clock } from '../../services/time/clock.js';
import type { TabAuth } from '../../bot/tab-auth.js';
import { startConnectorStub, type ConnectorStub, type StubMember } from './connector-stub.js';

export interface BotUnderTest {
  app: App;
  stub: ConnectorStub;
  botUrl: string;
  logLines: string[];
  /** Adaptive Card contents of an activity the bot sent. */
  cardsIn(activity: Record<string, unknown> | undefined): unknown[];
  close(): Promise<void>;
}

export async function startBotUnderTest(
  options: { env?: Record<string, string>; store?: DocumentStore; clock?: Clock; members?: StubMember[]; tabAuth?: TabAuth } = {},
): Promise<BotUnderTest> {
  const stub = await startConnectorStub({ members: options.members });
  const logLines: string[] = [];
  const destination = new Writable({ write: (c, _e, done) => (logLines.push(String(c)), done()) });
  const logger = createLogger({ level: 'debug', pretty: false, destination });
  const app = await createApp(loadConfig(options.env ?? {}), logger, {
    store: options.store ?? new SqliteStore({ file: ':memory:' }),
    clock: options.clock,
    tabAuth: options.tabAuth,
  });
  const address = await app.server.listen(0, '127.0.0.1');
  return {
    app,
    stub,
    botUrl: `http://127.0.0.1:${address.port}`,
    logLines,
    cardsIn: (activity) =>
      ((activity?.attachments as Array<{ contentType: string; content: unknown }>) ?? [])
        .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
        .map((a) => a.content),
    async close() {
      await app.server.shutdown();
      await stub.close();
    },
  };
}
