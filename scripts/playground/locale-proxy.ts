// Playground 0.2.28 stamps every activity with locale "en-US" (hard-coded in its server; the
// config file has no locale) and the bot answers in the Teams client's language. A Swedish
// Teams client sends "sv-SE", so this loopback proxy between the Playground and the bot
// rewrites the locale the way such a client would. Everything else passes through untouched,
// including the HTTP response, which carries Action.Execute (invoke) results.
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocaleProxy {
  /** Give the Playground this instead of the bot's /api/messages. */
  readonly endpoint: string;
  close(): Promise<void>;
}

type Activity = { locale?: unknown; entities?: Array<{ type?: unknown; locale?: unknown }> };

function relocalise(body: Buffer, locale: string): Buffer {
  let activity: Activity;
  try {
    activity = JSON.parse(body.toString('utf8')) as Activity;
  } catch {
    return body;
  }
  if (typeof activity !== 'object' || activity === null) return body;
  if ('locale' in activity) activity.locale = locale;
  for (const entity of activity.entities ?? []) if (entity.type === 'clientInfo' && 'locale' in entity) entity.locale = locale;
  return Buffer.from(JSON.stringify(activity));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startLocaleProxy(target: { host: string; port: number }, locale: string): Promise<LocaleProxy> {
  const server: Server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const isJson = (req.headers['content-type'] ?? '').includes('json');
      const body = req.method === 'POST' && isJson ? relocalise(raw, locale) : raw;
      const headers = { ...req.headers, host: `${target.host}:${target.port}`, 'content-length': String(body.length) };
      const upstream = request({ host: target.host, port: target.port, method: req.method, path: req.url, headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', (error) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`locale proxy: bot unreachable: ${error.message}`);
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
