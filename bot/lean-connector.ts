// The connector calls every turn makes (reply, send to a conversation, update a card) on a lean
// path, with the same requests on the wire. Through botbuilder's ConnectorClient each one runs
// @azure/core-client's mapper serializer and the ts-http-runtime pipeline (a dozen policies,
// tracing, header objects, response deserialization). Measured on loopback with a card reply, 8
// at a time (load 6-7): botbuilder's client 290-405 µs of CPU per call (median 347), this path
// 125-148 µs (median 138), bare node:http with JSON.stringify 92-137 µs. The claim and answer
// turns make two such calls each; in bench-turns (6 runs each, paired with the tree before, load
// 3-7) CPU per turn against the echo fell from 2.71x to 2.03x for a claim, 3.28x to 2.34x for an
// answer, 2.58x to 2.27x for a submit, 2.02x to 1.77x for statistics and 1.54x to 1.23x for the
// welcome (issue #14).
//
// What botbuilder does is done here once, the same way: the body from the connector's own
// mappers (activity-json.ts), the same URL, headers and User-Agent (read from the client's own
// pipeline), the token from the client's own credentials (AppCredentials/MSAL fetch, cache and
// refresh it; local mode's empty credentials add none, as in botbuilder), retries by the
// pipeline's rules (429/503 with Retry-After, other 5xx but 501/505, 408, lost connections:
// 3 retries, 1 s doubling steps) through the shared loop in services/retry.ts (which adds up to
// a step of jitter to a named wait, where the pipeline waits exactly that), and failures as a
// RestError-shaped error (statusCode, code from the body) that messenger.ts and onTurnError read.
// Redirects are not followed (the pipeline follows a 300, 307, or 303 to a POST within the same
// origin, which the connector does not send).
// Everything else on the client (members, TeamsInfo, attachments) stays botbuilder's, and so do
// these calls when a proxy is configured, when a caller passes options or a callback, or when
// the client does not look as expected. test/bot/lean-connector.test.ts and the bench turns in
// lean-connector-turns.integration.test.ts hold it to botbuilder's bytes.

import { randomUUID } from 'node:crypto';
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { createGunzip, createInflate } from 'node:zlib';
import type { ConnectorClient } from 'botframework-connector';
import { withRetryRules, type RetryDeps, type RetryPolicy, type RetryRules } from '../services/retry.js';
import { activityJson } from './activity-json.js';

/** The pipeline's retry policy: 3 retries, 1 s doubled per step up to 64 s, no cap on the waits in all. */
export const CONNECTOR_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 64_000, maxTotalWaitMs: Number.POSITIVE_INFINITY };

/** Shaped as @azure/core-rest-pipeline's RestError, which is what botbuilder's callers get. */
export class ConnectorError extends Error {
  override name = 'RestError';
  declare readonly response?: { status: number; headers: IncomingHttpHeaders; bodyAsText: string; parsedBody?: unknown };
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly statusCode: number | undefined,
    response?: ConnectorError['response'],
  ) {
    super(message);
    // Not enumerable, as in RestError: logs carry the status and code, not the body.
    Object.defineProperty(this, 'response', { value: response, enumerable: false });
  }
}

// ts-http-runtime's system errors worth another attempt.
const LOST = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'ENOTFOUND']);

/** Retry-After and its millisecond variants, on a 429 or 503 only (the throttling strategy's reading). */
function askedWaitMs(err: unknown): number | undefined {
  if (!(err instanceof ConnectorError) || !err.response || (err.statusCode !== 429 && err.statusCode !== 503)) return undefined;
  const { headers } = err.response;
  for (const [name, factor] of [['retry-after-ms', 1], ['x-ms-retry-after-ms', 1], ['retry-after', 1000]] as const) {
    const raw = headers[name];
    const value = typeof raw === 'string' && raw ? Number(raw) : NaN;
    if (!Number.isNaN(value)) return Math.max(0, value * factor);
  }
  const date = Date.parse(typeof headers['retry-after'] === 'string' ? headers['retry-after'] : '');
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

const CONNECTOR_RULES: RetryRules = {
  askedWaitMs,
  retryable(err) {
    if (!(err instanceof ConnectorError)) return false;
    const status = err.statusCode;
    if (status === undefined) return LOST.has(err.code ?? '');
    if (askedWaitMs(err) !== undefined) return true;
    // A 429 without Retry-After is not retried by the pipeline either.
    return status === 408 || (status >= 500 && status !== 501 && status !== 505);
  },
};

const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };

interface Target {
  secure: boolean;
  hostname: string;
  port: string;
  /** The service URL's path, ending in "/". */
  base: string;
  search: string;
}

/** The three calls a turn makes, as ConnectorClient.conversations declares them. */
type LeanOperations = Pick<ConnectorClient['conversations'], 'replyToActivity' | 'sendToConversation' | 'updateActivity'>;

interface Credentials {
  signRequest(resource: unknown): Promise<unknown>;
}

/**
 * The pipeline ConnectorFactoryImpl builds, policy by policy: its one request policy factory adds
 * an accept header for any media type. A pipeline with other policies keeps botbuilder's path.
 */
const EXPECTED_POLICIES = [
  'serializationPolicy',
  'proxyPolicy',
  'decompressResponsePolicy',
  'wrapAbortSignalLikePolicy',
  'formDataPolicy',
  'userAgentPolicy',
  'setClientRequestIdPolicy',
  'ServiceClientContext_RequestPolicyFactories',
  'ServiceClientContext_Credentials_SignRequest',
  'deserializationPolicy',
  'multipartPolicy',
  'defaultRetryPolicy',
  'tracingPolicy',
  'redirectPolicy',
  'logPolicy',
].join();

/** The client's own User-Agent, from its pipeline's userAgentPolicy; undefined for an unexpected pipeline. */
async function userAgentOf(client: ConnectorClient): Promise<string | undefined> {
  type Policy = { name: string; sendRequest(request: unknown, next: (request: unknown) => Promise<unknown>): Promise<unknown> };
  const inner = (client as unknown as { client?: { pipeline?: { getOrderedPolicies?(): Policy[] } } }).client;
  const policies = inner?.pipeline?.getOrderedPolicies?.() ?? [];
  if (policies.map((p) => p.name).join() !== EXPECTED_POLICIES) return undefined;
  let agent: string | undefined;
  const headers = { has: () => false, set: (_name: string, value: string) => void (agent = value) };
  await policies.find((p) => p.name === 'userAgentPolicy')?.sendRequest({ headers }, async () => ({}));
  return agent;
}

const PROXY_SETTINGS = ['HTTPS_PROXY', 'HTTP_PROXY', 'ALL_PROXY'];

/**
 * Puts the lean path in front of the client's conversations operations. Returns the client; it is
 * left as it was when the lean path cannot do exactly what botbuilder would.
 */
export async function withLeanConversations(client: ConnectorClient, deps: RetryDeps = {}): Promise<ConnectorClient> {
  try {
    return await leanOrAsItWas(client, deps);
  } catch {
    // An unexpected client is no reason to fail a turn: it keeps botbuilder's path.
    return client;
  }
}

async function leanOrAsItWas(client: ConnectorClient, deps: RetryDeps): Promise<ConnectorClient> {
  const toJson = activityJson;
  const serviceUrl = (client as unknown as { baseUri?: string }).baseUri;
  const credentials = client.credentials as unknown as Credentials | undefined;
  const proxied = PROXY_SETTINGS.some((name) => process.env[name] || process.env[name.toLowerCase()]);
  if (!toJson || !serviceUrl || typeof credentials?.signRequest !== 'function' || proxied) return client;
  const url = new URL(serviceUrl);
  const userAgent = await userAgentOf(client);
  if (!userAgent || (url.protocol !== 'http:' && url.protocol !== 'https:')) return client;
  const target: Target = {
    secure: url.protocol === 'https:',
    hostname: url.hostname,
    port: url.port,
    base: url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`,
    search: url.search,
  };

  const original = client.conversations;
  const call = async (method: 'POST' | 'PUT', path: string, activity: unknown, conversationHeader?: string): Promise<unknown> => {
    const body = toJson(activity);
    const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' };
    if (conversationHeader !== undefined) headers['x-ms-conversation-id'] = conversationHeader;
    headers['Accept-Encoding'] = 'gzip,deflate';
    headers['User-Agent'] = userAgent;
    headers['x-ms-client-request-id'] = randomUUID();
    headers.accept = '*/*';
    // Once per operation, before the retries, as botbuilder's signing policy does.
    await credentials.signRequest({ method, headers: { set: (name: string, value: string) => void (headers[name] = value) } });
    headers['Content-Length'] = String(Buffer.byteLength(body));
    return withRetryRules(() => exchange(target, method, `${target.base}${path}${target.search}`, headers, body), CONNECTOR_RULES, CONNECTOR_RETRY, deps);
  };

  const lean: LeanOperations = {
    replyToActivity: ((conversationId: string, activityId: string, activity: unknown, ...rest: unknown[]) =>
      rest.length > 0
        ? (original.replyToActivity as (...args: unknown[]) => unknown)(conversationId, activityId, activity, ...rest)
        : call('POST', `v3/conversations/${segment('conversationId', conversationId)}/activities/${segment('activityId', activityId)}`, activity, conversationId)) as LeanOperations['replyToActivity'],
    sendToConversation: ((conversationId: string, activity: unknown, ...rest: unknown[]) =>
      rest.length > 0
        ? (original.sendToConversation as (...args: unknown[]) => unknown)(conversationId, activity, ...rest)
        : call('POST', `v3/conversations/${segment('conversationId', conversationId)}/activities`, activity)) as LeanOperations['sendToConversation'],
    updateActivity: ((conversationId: string, activityId: string, activity: unknown, ...rest: unknown[]) =>
      rest.length > 0
        ? (original.updateActivity as (...args: unknown[]) => unknown)(conversationId, activityId, activity, ...rest)
        : call('PUT', `v3/conversations/${segment('conversationId', conversationId)}/activities/${segment('activityId', activityId)}`, activity)) as LeanOperations['updateActivity'],
  };
  // Every other operation is the original's, through the prototype.
  (client as { conversations: ConnectorClient['conversations'] }).conversations = Object.assign(Object.create(original) as ConnectorClient['conversations'], lean);
  return client;
}

/** A path parameter as core-client writes it: a required string, URI-encoded. */
function segment(name: string, value: unknown): string {
  if (value === undefined || value === null) throw new Error(`${name} cannot be null or undefined.`);
  if (typeof (value as string).valueOf() !== 'string') throw new Error(`${name} with value "${String(value)}" must be of type string.`);
  return encodeURIComponent(value as string);
}

function exchange(target: Target, method: string, path: string, headers: Record<string, string>, body: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const options = { agent: agents[target.secure ? 'https:' : 'http:'], hostname: target.hostname, port: target.port, path, method, headers };
    const request = (target.secure ? https.request : http.request)(options, (response) => {
      readText(response).then((text) => {
        try {
          resolve(outcome(response.statusCode ?? 0, response.headers, text));
        } catch (error) {
          reject(error);
        }
      }, reject);
    });
    // `on`, not `once`: a socket may fail again after the first error, and an unheard error would end the process.
    request.on('error', (error: NodeJS.ErrnoException) => reject(new ConnectorError(error.message, error.code ?? 'REQUEST_SEND_ERROR', undefined)));
    request.end(body);
  });
}

function readText(response: IncomingMessage): Promise<string> {
  const encoding = response.headers['content-encoding'];
  const stream = encoding === 'gzip' ? response.pipe(createGunzip()) : encoding === 'deflate' ? response.pipe(createInflate()) : response;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const fail = (error: Error) => reject(new ConnectorError(`Error reading response as text: ${error.message}`, 'PARSE_ERROR', undefined));
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', fail);
    // A connection lost mid-answer fails the response itself, which a decompressor does not pass on.
    if (stream !== response) response.on('error', fail);
  });
}

const JSON_TYPES = ['application/json', 'text/json'];
const XML_TYPES = ['application/xml', 'application/atom+xml'];

/** The operation's result (the ResourceResponse, as core-client flattens it) or its RestError-shaped failure. */
function outcome(status: number, headers: IncomingHttpHeaders, text: string): unknown {
  const response = { status, headers, bodyAsText: text, parsedBody: undefined as unknown };
  if (text) {
    const types = (headers['content-type'] ?? '').split(';').map((part) => part.toLowerCase());
    try {
      if (!headers['content-type'] || types.some((part) => JSON_TYPES.includes(part))) response.parsedBody = JSON.parse(text);
      else if (types.some((part) => XML_TYPES.includes(part))) throw new Error('Parsing XML not supported.');
    } catch (error) {
      throw new ConnectorError(`Error "${String(error)}" occurred while parsing the response body - ${text}.`, 'PARSE_ERROR', status, response);
    }
  }
  const parsed = response.parsedBody as { error?: { code?: unknown; message?: unknown }; code?: unknown; message?: unknown } | undefined;
  if (status === 200 || status === 201 || status === 202) return { ...parsed };
  // The connector's ErrorResponse: { error: { code, message } }.
  const inner = parsed && typeof parsed === 'object' ? (parsed.error ?? parsed) : undefined;
  const message = typeof inner?.message === 'string' && inner.message ? inner.message : text;
  throw new ConnectorError(message, typeof inner?.code === 'string' ? inner.code : undefined, status, response);
}
