// The HTTP face of the bot: Bot Framework messages, a health check for the platform,
// and a shutdown that lets turns in flight finish before the store closes.
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import type { Activity, ActivityHandler } from 'botbuilder';
import { activitySummary, type Logger } from '../services/logging.js';
import type { DocumentStore } from '../services/storage/port.js';
import { PRIVACY_PAGE, TERMS_PAGE } from './legal-pages.js';
import type { RcAdapter } from './adapter.js';
import { RequestRefused } from './bot-auth.js';
import { readActivity } from './request-body.js';
import type { CalendarFeed } from './sessions/calendar-feed.js';
import { startTurn, type TurnMeter } from './turn-telemetry.js';

export interface BotServerDeps {
  adapter: RcAdapter;
  bot: ActivityHandler;
  store: DocumentStore;
  logger: Logger;
  /**
   * Runs after turns in flight have finished and before the store closes (cards still being
   * finished, background jobs), given the same grace the turns had.
   */
  beforeClose?: (graceMs: number) => Promise<void>;
  /** Runs before each authenticated turn (keeping what other instances changed in view). */
  beforeTurn?: () => Promise<void>;
  calendar?: CalendarFeed;
  /** Further routes (the statistics API and the tab). */
  routes?: (server: restify.Server) => void;
}

export interface BotServer {
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops accepting requests, waits for turns in flight (bounded), closes the store. */
  shutdown(graceMs?: number): Promise<void>;
}

/** What botbuilder's own body handling does: dates arrive as strings, the raw text is kept. */
function fixTimestamps(activity: Record<string, unknown>): Activity {
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['expiration', 'rawExpiration'], ['localTimestamp', 'rawLocalTimestamp']] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

export function createBotServer({ adapter, bot, store, logger, beforeClose, beforeTurn, calendar, routes }: BotServerDeps): BotServer {
  const server = restify.createServer({ name: 'rc-bot' });
  // No body parser: /api/messages reads its own body (request-body.ts) with a limit and no stream
  // left unguarded; no other route takes a body.
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // A whole request must arrive within 30 s (Node's default is 5 minutes): a slow or endless body
  // does not hold a socket for long.
  server.server.requestTimeout = 30_000;
  // Whatever fails inside a route answers with a generic body; the details go to the log only.
  // (restify would otherwise send the error's own message, e.g. "URIError: URI malformed".)
  server.on('restifyError', (_req: restify.Request, res: restify.Response, err: Error & { statusCode?: unknown }, done: () => void) => {
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 500) {
      logger.error({ err }, 'request failed');
      if (!res.headersSent) res.send(status, { error: 'internal_error' });
    }
    return done();
  });
  let inFlight = 0;
  let idle: (() => void) | undefined;

  const answer = (res: restify.Response, status: number, body?: unknown) => {
    if (res.headersSent) return;
    if (body === undefined) {
      res.writeHead(status);
      res.end();
      return;
    }
    const text = JSON.stringify(body);
    // With its length the answer goes out in one piece; without it, writeHead before end() makes
    // Node frame it chunked (more to write here and to parse at the other end, for every turn).
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };

  server.post('/api/messages', async (req, res) => {
    inFlight += 1;
    let turn: TurnMeter | undefined;
    try {
      const read = await readActivity(req);
      if (!read.ok) {
        if (read.status === 0) return; // the caller went away
        logger.info({ status: read.status, reason: read.reason }, 'request refused at the front door');
        // Past the limit the rest of a body is read and dropped (bounded by requestTimeout), so the
        // caller gets to read this answer instead of a reset connection.
        return answer(res, read.status, { error: read.reason });
      }
      const activity = fixTimestamps(read.activity);
      logger.debug({ activity }, 'activity received');
      const meter = startTurn(activity);
      turn = meter;
      const authHeader = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
      try {
        const invoke = await adapter.handle(authHeader, activity, async (context) => {
          await beforeTurn?.();
          await meter.watch(() => bot.run(context));
        });
        answer(res, invoke?.status ?? 200, invoke?.body);
      } catch (error) {
        if (error instanceof RequestRefused) {
          // The token and the key URLs stay out of the answer; the reason goes to the log.
          logger.warn({ err: error.cause, status: error.status, activity }, 'request not authenticated');
          if (error.status === 401) res.setHeader('www-authenticate', 'Bearer');
          else res.setHeader('retry-after', '30');
          return answer(res, error.status, { error: error.status === 401 ? 'unauthorized' : 'unavailable' });
        }
        meter.failed(error);
        logger.error({ err: error, activity }, 'turn failed outside the turn error handler');
        answer(res, 500, { error: 'internal_error' });
      }
    } finally {
      turn?.done(res.statusCode);
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    }
  });

  server.get('/healthz', async (_req, res) => {
    const health = await store.health();
    // Anyone may ask; only the platform's yes/no is public, what failed is for the log.
    if (!health.ok) logger.warn({ store: health }, 'health check: store unavailable');
    res.send(health.ok ? 200 : 503, { status: health.ok ? 'ok' : 'unavailable' });
  });

  const html = (body: string) => async (_req: restify.Request, res: restify.Response) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  };
  // Calendar links: /calendar/<token>.ics (the network's feed) and /calendar/<token>/<session>.ics.
  const ics = async (req: restify.Request, res: restify.Response) => {
    const token = String(req.params.token ?? '');
    let session: string | undefined;
    try {
      session = req.params.session ? decodeURIComponent(String(req.params.session)) : undefined;
    } catch {
      session = undefined; // a malformed link is simply not found
    }
    const malformed = req.params.session !== undefined && session === undefined;
    const body = calendar && !malformed ? await calendar(token.replace(/\.ics$/, ''), session?.replace(/\.ics$/, '')) : undefined;
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
      await beforeClose?.(graceMs);
      await store.close();
    },
  };
}
