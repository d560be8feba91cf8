// The lean connector path (bot/lean-connector.ts) against botbuilder's own ConnectorClient: for
// each call a turn makes, the same request on the wire (method, URL, headers, body bytes), the
// same result, the same error for a refusal; 429 with Retry-After and 5xx retried as
// botbuilder's pipeline retries them; a production client's bearer token on every request.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { ClaimsIdentity, ConnectorClient, MicrosoftAppCredentials, PasswordServiceClientCredentialFactory } from 'botframework-connector';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONNECTOR_RETRY, withLeanConversations } from '../../bot/lean-connector.js';

interface Raw {
  method: string;
  url: string;
  headers: string[];
  body: string;
}
interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Lose the connection after this much of the body. */
  cut?: boolean;
}

let server: Server;
let baseUrl: string;
const seen: Raw[] = [];
/** Answers for the next requests, in order; then 200 with a fixed id. */
const answers: Answer[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.rawHeaders, body: Buffer.concat(chunks).toString('utf8') });
      const answer = answers.shift() ?? { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: '{"id":"1:reply-id"}' };
      res.writeHead(answer.status, answer.headers ?? {});
      if (answer.cut) {
        res.write(answer.body ?? '');
        setTimeout(() => res.socket?.destroy(), 5);
      } else res.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
  answers.length = 0;
});

/** botbuilder's client for local mode (no credentials), as the CloudAdapter makes it. */
const botbuilderClient = (serviceUrl: string) => new ConfigurationBotFrameworkAuthentication({}).createConnectorFactory(new ClaimsIdentity([], true)).create(serviceUrl);

/** What a request is, apart from its random request id. */
const comparable = (raw: Raw) => ({ ...raw, headers: raw.headers.map((h, i) => (raw.headers[i - 1]?.toLowerCase() === 'x-ms-client-request-id' ? '<id>' : h)) });

type Operation = 'replyToActivity' | 'sendToConversation' | 'updateActivity';
async function call(client: ConnectorClient, operation: Operation, conversationId: string, activity: Record<string, unknown>): Promise<unknown> {
  const ops = client.conversations;
  if (operation === 'sendToConversation') return ops.sendToConversation(conversationId, activity);
  return ops[operation](conversationId, 'f:1234567890;x=1', activity);
}

/** The request and outcome of botbuilder's client, then of the lean one. */
async function both(serviceUrl: string, operation: Operation, conversationId: string, activity: Record<string, unknown>, answer?: Answer) {
  const outcome = async (client: ConnectorClient) => {
    if (answer) answers.push(answer);
    const result = await call(client, operation, conversationId, activity).then(
      (value) => ({ value: { ...(value as object) } }),
      (error: { name: string; message: string; statusCode?: number; code?: string }) => ({ error: { name: error.name, message: error.message, statusCode: error.statusCode, code: error.code } }),
    );
    return { request: comparable(seen.at(-1)!), result };
  };
  const original = await outcome(await botbuilderClient(serviceUrl));
  const lean = await outcome(await withLeanConversations(await botbuilderClient(serviceUrl)));
  return { original, lean };
}

const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Förfrågan GBG-2026-0001 – "åäö" \u2028 <b>', wrap: true }], actions: [{ type: 'Action.Execute', verb: 'consultation.claim', data: { id: 'x', n: 1 } }] };
const channelConversation = { id: '19:koordinatorer@thread.tacv2;messageid=1764000000000', conversationType: 'channel', isGroup: true, tenantId: 'tenant-1', extra: 'dropped' };
const ACTIVITIES: Array<[string, Record<string, unknown>]> = [
  ['a card reply as a turn sends it', { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }], channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', locale: 'sv-SE', from: { id: '28:bot', name: 'RC-boten' }, recipient: { id: '29:worker', name: 'Socialsekreterare', aadObjectId: '00000000-0000-0000-0000-000000000301', role: 'user' }, conversation: channelConversation, replyToId: '1764000000000', inputHint: 'acceptingInput' }],
  ['a text message', { type: 'message', text: 'Välkommen', textFormat: 'markdown', conversation: { id: 'a:personal' } }],
  ['properties the mappers do not know, in another order, with nulls, dates and entities', { entities: [{ type: 'mention', text: '<at>Ann</at>', mentioned: { id: '29:ann', extra: 1 }, other: 2 }, { type: 'clientInfo', locale: 'sv-SE' }], custom: { a: 1 }, summary: null, text: undefined, timestamp: new Date('2026-12-02T10:00:00.123Z'), localTimestamp: '2026-12-02T11:00:00+01:00', type: 'message', channelData: { notification: { alert: true }, tenant: { id: 't' } }, value: { verb: 'x', data: [1, null] }, suggestedActions: { to: ['a'], actions: [{ type: 'imBack', title: 'Ja', value: 'ja', extra: 3 }] }, membersAdded: [{ id: '1', name: 'n' }], semanticAction: { id: 's', state: 'start', entities: { e: { type: 't', more: 1 } } } }],
];

describe('the lean connector path, request for request with botbuilder', () => {
  for (const [name, activity] of ACTIVITIES) {
    for (const operation of ['replyToActivity', 'sendToConversation', 'updateActivity'] as const) {
      it(`${operation}: ${name}`, async () => {
        const { original, lean } = await both(`${baseUrl}/emea/`, operation, '19:koordinatorer@thread.tacv2;messageid=1764000000000', activity);
        expect(lean).toEqual(original);
        expect(lean.result).toEqual({ value: { id: '1:reply-id' } });
      });
    }
  }

  it('builds the same URL from a service URL without a trailing slash, with a query, and odd ids', async () => {
    for (const serviceUrl of [baseUrl, `${baseUrl}/amer`, `${baseUrl}/a/b/?x=1`]) {
      const { original, lean } = await both(serviceUrl, 'replyToActivity', "a:1Xy_z-!*'()~ /?#[]@", { type: 'message', text: 'hej' });
      expect(lean).toEqual(original);
    }
  });

  it('answers what botbuilder answers for an empty body, another body and a non-JSON body', async () => {
    for (const answer of [{ status: 200 }, { status: 201, headers: { 'content-type': 'application/json' }, body: '{"id":"x","more":true}' }, { status: 202, headers: { 'content-type': 'text/plain' }, body: 'ok' }]) {
      const { original, lean } = await both(baseUrl, 'sendToConversation', 'a:x', { type: 'message' }, answer);
      expect(lean).toEqual(original);
    }
  });

  it('fails as botbuilder fails for a blocked conversation, a missing one, a 429 without Retry-After and an unusual success code', async () => {
    const json = { 'content-type': 'application/json' };
    const refusals: Answer[] = [
      { status: 403, headers: json, body: '{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}' },
      { status: 404, headers: json, body: '{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}' },
      { status: 429, headers: json, body: '{"error":{"code":"Throttled","message":"Too many requests"}}' },
      { status: 400, headers: { 'content-type': 'text/html' }, body: '<html>Bad request</html>' },
      { status: 204 },
    ];
    for (const answer of refusals) {
      const { original, lean } = await both(baseUrl, 'replyToActivity', 'a:x', { type: 'message' }, answer);
      expect(lean).toEqual(original);
      expect(lean.result).toHaveProperty('error.statusCode', answer.status);
    }
  });

  it('fails as botbuilder fails when the connection is lost in the middle of the answer, and the process stays up', async () => {
    const cut: Answer = { status: 200, headers: { 'content-type': 'application/json', 'content-length': '100' }, body: '{"id":', cut: true };
    const { original, lean } = await both(baseUrl, 'replyToActivity', 'a:x', { type: 'message' }, cut);
    expect(lean.result).toEqual(original.result);
    expect(lean.result).toHaveProperty('error.name', 'RestError');
  });

  it('refuses an activity botbuilder cannot serialize, with the same message', async () => {
    for (const activity of [{ type: 1 }, { timestamp: 'not a date' }, { attachments: {} }]) {
      const original = await (await botbuilderClient(baseUrl)).conversations.sendToConversation('a:x', activity as never).catch((e: Error) => e.message);
      const lean = await (await withLeanConversations(await botbuilderClient(baseUrl))).conversations.sendToConversation('a:x', activity as never).catch((e: Error) => e.message);
      expect(lean).toBe(original);
    }
  });
});

describe('the lean connector path, retrying', () => {
  const recorder = () => {
    const sleeps: number[] = [];
    return { sleeps, deps: { sleep: async (ms: number) => void sleeps.push(ms), random: () => 0 } };
  };

  it('retries a 429 after the Retry-After it names, with the same request', async () => {
    const { sleeps, deps } = recorder();
    const client = await withLeanConversations(await botbuilderClient(baseUrl), deps);
    answers.push({ status: 429, headers: { 'retry-after': '2' } }, { status: 503, headers: { 'x-ms-retry-after-ms': '150' } });
    await expect(client.conversations.replyToActivity('a:x', '1', { type: 'message', text: 'hej' })).resolves.toEqual({ id: '1:reply-id' });
    expect(sleeps).toEqual([2000, 150]);
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((r) => JSON.stringify(r)))).toHaveProperty('size', 1);
  });

  it('retries a 5xx three times, then fails with the status and the connector’s error code', async () => {
    const { sleeps, deps } = recorder();
    const client = await withLeanConversations(await botbuilderClient(baseUrl), deps);
    const failure = { status: 500, headers: { 'content-type': 'application/json' }, body: '{"error":{"code":"ServiceError","message":"Something failed"}}' };
    answers.push(failure, failure, failure, failure);
    const error = await client.conversations.updateActivity('a:x', '1', { type: 'message' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'RestError', statusCode: 500, code: 'ServiceError', message: 'Something failed' });
    expect(seen).toHaveLength(CONNECTOR_RETRY.maxAttempts);
    // Equal jitter on 1 s doubling steps, at its lower edge here.
    expect(sleeps).toEqual([500, 1000, 2000]);
  });

  it('does not retry 501 and 505, and retries a refused connection', async () => {
    const { deps } = recorder();
    const client = await withLeanConversations(await botbuilderClient(baseUrl), deps);
    answers.push({ status: 501 });
    await expect(client.conversations.sendToConversation('a:x', { type: 'message' })).rejects.toMatchObject({ statusCode: 501 });
    expect(seen).toHaveLength(1);

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { sleeps, deps: counting } = recorder();
    const gone = await withLeanConversations(await botbuilderClient(`http://127.0.0.1:${port}/`), counting);
    await expect(gone.conversations.sendToConversation('a:x', { type: 'message' })).rejects.toMatchObject({ code: 'ECONNREFUSED', statusCode: undefined });
    expect(sleeps).toHaveLength(CONNECTOR_RETRY.maxAttempts - 1);
  });
});

describe('the lean connector path with credentials', () => {
  const APP_ID = '6a1f4c2e-0d3b-4e5f-9a8b-7c6d5e4f3a2b';
  /** An app's credentials whose token comes from here instead of Entra ID (the identity stand-in does that for the built bot). */
  class TestCredentials extends MicrosoftAppCredentials {
    tokens = 0;
    constructor() {
      super(APP_ID, 'secret');
    }
    override async getToken(): Promise<string> {
      this.tokens++;
      return 'token-from-the-credentials';
    }
  }
  /** botbuilder's client in production mode, as the CloudAdapter makes it for a proactive message. */
  const productionClient = async (credentials: TestCredentials) => {
    class Factory extends PasswordServiceClientCredentialFactory {
      override async createCredentials() {
        return credentials;
      }
    }
    const auth = new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: APP_ID }, new Factory(APP_ID, 'secret'));
    return auth.createConnectorFactory(new ClaimsIdentity([{ type: 'aud', value: APP_ID }], true)).create(baseUrl);
  };

  it('sends the bearer token of the client’s own credentials, as botbuilder does', async () => {
    await (await productionClient(new TestCredentials())).conversations.replyToActivity('a:x', '1', { type: 'message' });
    const original = comparable(seen.at(-1)!);
    const credentials = new TestCredentials();
    const lean = await withLeanConversations(await productionClient(credentials));
    await lean.conversations.replyToActivity('a:x', '1', { type: 'message' });
    await lean.conversations.updateActivity('a:x', '1', { type: 'message' });
    expect(comparable(seen.at(-2)!)).toEqual(original);
    expect(original.headers).toContain('Bearer token-from-the-credentials');
    expect(seen.at(-1)!.headers).toContain('Bearer token-from-the-credentials');
    // Asked of the credentials once per call (they cache it), as botbuilder asks.
    expect(credentials.tokens).toBe(2);
  });

  it('keeps botbuilder’s path for a client whose pipeline is not the one botbuilder’s factory builds', async () => {
    const client = new ConnectorClient(new TestCredentials(), { baseUri: baseUrl });
    const original = client.conversations;
    expect((await withLeanConversations(client)).conversations).toBe(original);
  });

  it('leaves every other operation to botbuilder', async () => {
    const client = await withLeanConversations(await botbuilderClient(baseUrl));
    answers.push({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"members":[]}' });
    await expect(client.conversations.getConversationPagedMembers('a:x')).resolves.toMatchObject({ members: [] });
    expect(seen.at(-1)).toMatchObject({ method: 'GET', url: '/v3/conversations/a%3Ax/pagedmembers' });
  });
});
