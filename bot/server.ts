// The HTTP face of the bot: Bot Framework messages, a health check for the platform,
// and a shutdown that lets turns in flight finish before the store closes.
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import type { Logger } from '../services/logging.js';
import type { DocumentStore } from '../services/storage/port.js';
import { PRIVACY_PAGE, TERMS_PAGE } from './legal-pages.js';
import type { CalendarFeed } from './sessions/calendar-feed.js';
import { startTurn } from './turn-telemetry.js';

export interface BotServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  store: DocumentStore;
  logger: Logger;
  /** Runs after turns in flight have finished and before the store closes (background jobs). */
  beforeClose?: () => Promise<void>;
  calendar?: CalendarFeed;
  /** Further routes (the statistics API and the tab). */
  routes?: (server: restify.Server) => void;
}

export interface BotServer {
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops accepting requests, waits for turns in flight (bounded), closes the store. */
  shutdown(graceMs?: number): Promise<void>;
}

export function createBotServer({ adapter, bot, store, logger, beforeClose, calendar, routes }: BotServerDeps): BotServer {
  const server = restify.createServer({ name: 'rc-bot' });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.use(restify.plugins.queryParser({ mapParams: false }));
  let inFlight = 0;
  let idle: (() => void) | undefined;

  server.post('/api/messages', async (req, res) => {
    inFlight += 1;
    logger.debug({ activity: req.body }, 'activity received');
    const turn = startTurn(req.body);
    try {
      await adapter.process(req, res, (context) => turn.watch(() => bot.run(context)));
    } catch (error) {
      turn.failed(error);
      throw error;
    } finally {
      turn.done(res.statusCode);
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    }
  });

  server.get('/healthz', async (_req, res) => {
    const health = await store.health();
    res.send(health.ok ? 200 : 503, { status: health.ok ? 'ok' : 'unavailable', store: health });
  });

  const html = (body: string) => async (_req: restify.Request, res: restify.Response) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  };
  // Calendar links: /calendar/<token>.ics (the network's feed) and /calendar/<token>/<session>.ics.
  const ics = async (req: restify.Request, res: restify.Response) => {
    const token = String(req.params.token ?? '');
    const session = req.params.session ? decodeURIComponent(String(req.params.session)) : undefined;
    const body = calendar ? await calendar(token.replace(/\.ics$/, ''), session?.replace(/\.ics$/, '')) : undefined;
    res.writeHead(body ? 200 : 404, { 'content-type': body ? 'text/calendar; charset=utf-8' : 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body ?? 'Not found');
  };
  server.get('/calendar/:token', ics);
  server.get('/calendar/:token/:session', ics);
  routes?.(server);
  server.get('/privacy', html(PRIVACY_PAGE));
  server.get('/terms', html(TERMS_PAGE));

  return {
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(server.address() as AddressInfo));
      });
    },
    async shutdown(graceMs = 10_000) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if (inFlight > 0) {
        logger.info({ inFlight }, 'waiting for turns in flight');
        await Promise.race([
          new Promise<void>((resolve) => (idle = resolve)),
          new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref()),
        ]);
      }
      await Promise.race([closed, new Promise<void>((resolve) => setTimeout(resolve, 1_000).unref())]);
      await beforeClose?.();
      await store.close();
    },
  };
}
