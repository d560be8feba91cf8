// A stand-in for the Bot Framework connector on 127.0.0.1: captures what the bot sends
// (replies, proactive messages, card updates and deletes) so tests can assert on it.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedCall {
  method: string;
  path: string;
  conversationId: string;
  activityId?: string;
  body: Record<string, unknown> | undefined;
  /** The Authorization header the bot sent (production mode sends its bearer token). */
  authorization?: string;
  /** The request as it came over the wire: header names and values in order, and the body's text. */
  raw: { headers: string[]; body: string };
}

export interface ConnectorStub {
  url: string;
  calls: CapturedCall[];
  /** Activities the bot sent (POSTs), newest last. */
  sent(): Array<Record<string, unknown>>;
  clear(): void;
  /** Answer 403 for this conversation from now on, as Teams does when the user blocked or removed the bot. */
  refuse(conversationId: string): void;
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;
const MEMBERS = /^\/v3\/conversations\/([^/]+)\/pagedmembers\/?$/;

export interface StubMember {
  id: string;
  name: string;
  aadObjectId: string;
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startConnectorStub(options: { delayMs?: number; members?: StubMember[] } = {}): Promise<ConnectorStub> {
  const calls: CapturedCall[] = [];
  const refused = new Set<string>();
  let counter = 0;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub');
    const text = await readText(req);
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    if (req.method === 'GET' && MEMBERS.test(url.pathname)) {
      // TeamsInfo.getPagedMembers: the team or group chat's roster, one page.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ members: options.members ?? [] }));
      return;
    }
    const match = ROUTE.exec(url.pathname);
    if (!match) {
      res.writeHead(404);
      res.end();
      return;
    }
    calls.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      conversationId: decodeURIComponent(match[1] ?? ''),
      activityId: match[2] ? decodeURIComponent(match[2]) : undefined,
      body,
      authorization: req.headers.authorization,
      raw: { headers: req.rawHeaders, body: text },
    });
    if (refused.has(decodeURIComponent(match[1] ?? ''))) {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'ConversationBlockedByUser', message: 'User blocked the conversation with the bot.' } }));
      return;
    }
    counter += 1;
    // A slow connector lets tests hold a turn in flight (graceful shutdown).
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    // No chaining: restify, loaded in the same process, patches ServerResponse.writeHead to return nothing.
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `stub-activity-${counter}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    sent: () => calls.filter((c) => c.method === 'POST').map((c) => c.body ?? {}),
    clear: () => calls.splice(0, calls.length),
    refuse: (conversationId) => refused.add(conversationId),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
