// The built bot as a process, sent every hostile request an attacker tried (issue 12): each gets
// a plain 4xx without internal text, the process stays up, and a normal turn is still answered.
// Then, in-process: a route that throws answers a generic 500.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotServer } from '../../bot/server.js';
import { createLogger } from '../../services/logging.js';
import type { DocumentStore } from '../../services/storage/port.js';
import { messageActivity, postActivity } from '../helpers/activities.js';
import { startConnectorStub, type ConnectorStub } from '../helpers/connector-stub.js';
import { rawRequest, type RawRequest } from '../helpers/raw-request.js';
import { startBuiltBot, type RunningBot } from '../helpers/spawn-bot.js';

let stub: ConnectorStub;
let bot: RunningBot;
let dataDir: string;

beforeAll(async () => {
  stub = await startConnectorStub();
  dataDir = mkdtempSync(join(tmpdir(), 'rc-bot-front-door-'));
  bot = await startBuiltBot({ DATA_DIR: dataDir });
});

afterAll(async () => {
  await bot?.stop();
  await stub?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const json = { 'content-type': 'application/json' };
const activityJson = () => JSON.stringify(messageActivity('hej', { serviceUrl: stub.url }));
/** Words that only botbuilder, Node or the store would put in an answer. */
const INTERNAL = /validateAndFixActivity|Error:|at \w+ \(|node_modules|zlib|incorrect header|ENOTFOUND|https?:\/\/|stack|sqlite|cosmos|\.ts\b|\.js\b/i;

const probes: Array<{ name: string; request: RawRequest; status: number }> = [
  { name: 'gzip declared, body not gzip', request: { path: '/api/messages', headers: { ...json, 'content-encoding': 'gzip' }, body: '{"type":"message"}' }, status: 400 },
  { name: 'deflate declared, body not deflate', request: { path: '/api/messages', headers: { ...json, 'content-encoding': 'deflate' }, body: '{"type":"message"}' }, status: 400 },
  { name: 'unknown content-encoding', request: { path: '/api/messages', headers: { ...json, 'content-encoding': 'br, zstd' }, body: '{"type":"message"}' }, status: 415 },
  { name: '50 MB body with its length', request: { path: '/api/messages', headers: json, body: Buffer.alloc(50 * 1024 * 1024, 'a') }, status: 413 },
  { name: '50 MB body streamed without a length', request: { path: '/api/messages', headers: json, chunks: { size: 64 * 1024, count: 800 } }, status: 413 },
  { name: 'gzip bomb: 100 KB that inflates to 100 MB', request: { path: '/api/messages', headers: { ...json, 'content-encoding': 'gzip' }, body: gzipSync(Buffer.alloc(100 * 1024 * 1024, ' ')) }, status: 413 },
  { name: 'malformed JSON', request: { path: '/api/messages', headers: json, body: '{"type":"message",' }, status: 400 },
  { name: 'JSON array', request: { path: '/api/messages', headers: json, body: '[{"type":"message"}]' }, status: 400 },
  { name: 'JSON null', request: { path: '/api/messages', headers: json, body: 'null' }, status: 400 },
  { name: 'JSON string', request: { path: '/api/messages', headers: json, body: '"message"' }, status: 400 },
  { name: 'activity without type', request: { path: '/api/messages', headers: json, body: '{"text":"hej"}' }, status: 400 },
  { name: 'numeric type', request: { path: '/api/messages', headers: json, body: '{"type":42}' }, status: 400 },
  { name: 'empty type', request: { path: '/api/messages', headers: json, body: '{"type":""}' }, status: 400 },
  { name: 'empty body', request: { path: '/api/messages', headers: json, body: '' }, status: 400 },
  { name: 'invalid content-length', request: { path: '/api/messages', headers: { ...json, 'content-length': '12abc' }, body: '{"type":"x"}' }, status: 400 },
  {
    name: 'multipart form',
    request: { path: '/api/messages', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nContent-Disposition: form-data; name="type"\r\n\r\nmessage\r\n--x--\r\n' },
    status: 415,
  },
  { name: 'XML', request: { path: '/api/messages', headers: { 'content-type': 'application/xml' }, body: '<activity type="message"/>' }, status: 415 },
];

describe('the front door of the built bot', () => {
  for (const probe of probes) {
    it(`answers ${probe.status} to ${probe.name}, without internal text`, async () => {
      const answer = await rawRequest(bot.url, probe.request);
      expect(answer.status).toBe(probe.status);
      expect(answer.text).not.toMatch(INTERNAL);
      expect(bot.child.exitCode).toBeNull();
    });
  }

  it('answers a malformed calendar link with 404, without internal text', async () => {
    const answer = await rawRequest(bot.url, { method: 'GET', path: '/calendar/x/%25E0.ics' });
    expect(answer.status).toBe(404);
    expect(answer.text).not.toMatch(INTERNAL);
  });

  it('answers /healthz with the status only', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('still answers a normal turn, also one sent gzipped, after all of the above', async () => {
    stub.clear();
    const plain = await postActivity(bot.url, messageActivity('hej', { serviceUrl: stub.url, conversationId: 'a:after-1' }));
    expect(plain.status).toBe(200);
    const zipped = await rawRequest(bot.url, { path: '/api/messages', headers: { ...json, 'content-encoding': 'gzip' }, body: gzipSync(activityJson()) });
    expect(zipped.status).toBe(200);
    expect(stub.sent().length).toBeGreaterThanOrEqual(2);
    expect(bot.child.exitCode).toBeNull();
    expect(bot.output()).not.toMatch(/uncaught|unhandled/i);
  });
});

describe('a route that fails', () => {
  it('answers 500 with a generic body and logs the error', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'error', pretty: false, destination: { write: (l: string) => void lines.push(l) } });
    const store = { health: async () => ({ ok: true }), close: async () => {} } as unknown as DocumentStore;
    // Only the failing route is exercised: the adapter and bot are never reached.
    const server = createBotServer({
      adapter: {} as never,
      bot: {} as never,
      store,
      logger,
      routes: (s) => s.get('/boom', async () => {
        throw new Error('secret detail from /var/lib/rc-bot');
      }),
    });
    const address = await server.listen(0, '127.0.0.1');
    try {
      const answer = await rawRequest(`http://127.0.0.1:${address.port}`, { method: 'GET', path: '/boom' });
      expect(answer.status).toBe(500);
      expect(JSON.parse(answer.text)).toEqual({ error: 'internal_error' });
      expect(lines.join('')).toContain('secret detail');
    } finally {
      await server.shutdown(0);
    }
  });
});
