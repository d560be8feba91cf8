// The RC bot as bench-turns.ts runs it: the built app, configured from the environment exactly as
// dist/bot/main.js does, with its store wrapped to count round trips. Background jobs are not
// started, so every store call counted belongs to a turn.

import { loadConfig } from '../../services/config.js';
import { createLogger } from '../../services/logging.js';
import { openStore } from '../../services/storage/open-store.js';
import { reportOverIpc } from './child-ipc.js';
import { countingStore } from './counting-store.js';

const config = loadConfig(process.env);
const logger = createLogger({ level: config.logLevel, pretty: config.mode === 'local' });
const { createApp } = await import('../../bot/app.js');
const { store, counts } = countingStore(await openStore(config.store));
const app = await createApp(config, logger, { store });
const address = await app.server.listen(config.port, config.host);
reportOverIpc({ port: address.port, counts: () => ({ ...counts }) });
// Stopped as main.js stops (work after turns finished, the store closed), and by exiting rather
// than by the signal's default, so a CPU profile (--profile) is written.
process.once('SIGTERM', () => void app.server.shutdown().finally(() => process.exit(0)));
