// Entry point: node dist/bot/main.js. Reads the environment once, refuses unsafe
// production settings, and shuts down cleanly on SIGTERM (App Service, containers).
import { ConfigError, loadConfig, type AppConfig } from '../services/config.js';
import { createLogger } from '../services/logging.js';
import { StoreLayoutError } from '../services/storage/cosmos/layout-check.js';

function refuse(problems: string[]): never {
  process.stderr.write(`rc-bot will not start:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}

function readConfig(): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) refuse(error.problems);
    throw error;
  }
}

const config = readConfig();
const logger = createLogger({ level: config.logLevel, pretty: config.mode === 'local' });
if (config.mode === 'local') {
  logger.warn(
    { store: config.store.kind },
    'LOCAL MODE: no Microsoft App ID, requests are not authenticated; listening on loopback only. Never use this in production.',
  );
} else {
  logger.info({ store: config.store.kind }, 'production mode');
}

// A promise nobody awaited must not end the process (Node's default) and every turn with it:
// it is logged as the bug it is. A synchronous uncaught exception still ends it, since the
// process state is then unknown; the platform restarts it.
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

// Telemetry first: its HTTP instrumentation hooks `http` for restify, which app.js loads.
// Without a connection string nothing of OpenTelemetry is imported.
const stopTelemetry = config.telemetryConnectionString
  ? (await import('../services/telemetry/azure-monitor.js')).startAzureMonitor({
      connectionString: config.telemetryConnectionString,
      ...(config.bot.appType === 'UserAssignedMSI' && config.bot.appId ? { managedIdentityClientId: config.bot.appId } : {}),
    })
  : undefined;
const { createApp } = await import('./app.js');

const app = await createApp(config, logger).catch((error: unknown) => {
  // A keyless start finding the database incomplete: say what is missing, like config errors.
  if (error instanceof StoreLayoutError) refuse(error.problems);
  throw error;
});
const address = await app.server.listen(config.port, config.host);
const base = `http://${address.address === '0.0.0.0' ? 'localhost' : address.address}:${address.port}`;
logger.info({ endpoint: `${base}/api/messages`, health: `${base}/healthz` }, 'rc-bot is listening');
app.jobs.start();

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    app.server
      .shutdown()
      .then(() => stopTelemetry?.())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  });
}
