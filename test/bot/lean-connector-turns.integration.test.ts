// The bench's turns (welcome, submit, claim, answer, statistics) send the same requests to the
// connector on the lean path (bot/lean-connector.ts) as through botbuilder's ConnectorClient:
// here every lean call is preceded by botbuilder's own operation with the same arguments, and
// the connector stub compares the two requests as they came over the wire.
import type { ConnectorClient } from 'botframework-connector';
import { describe, expect, it, vi } from 'vitest';
import type { CapturedCall } from '../helpers/connector-stub.js';
import { bindChannel, claim, coordinator, execute, executeCounted, greet, inChannel, submitRequest, useBot } from './fixtures.js';
import { SOCIAL_WORKER } from '../helpers/activities.js';

// The pairs in flight, shared with the test: a turn may still be notifying someone after it has
// answered (a claim tells the professional alongside), so the test waits for the last pair.
const inFlight = vi.hoisted(() => ({ pairs: Promise.resolve() as Promise<unknown> }));

vi.mock('../../bot/lean-connector.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../bot/lean-connector.js')>();
  return {
    ...real,
    withLeanConversations: async (client: ConnectorClient) => {
      const original = client.conversations;
      const lean = (await real.withLeanConversations(client)).conversations;
      expect(lean).not.toBe(original);
      const twinned = Object.create(lean) as Record<string, (...args: unknown[]) => Promise<unknown>>;
      for (const operation of ['replyToActivity', 'sendToConversation', 'updateActivity'] as const) {
        twinned[operation] = (...args: unknown[]) => {
          // One pair at a time, so that the stub receives botbuilder's request and then the lean one.
          const pair = inFlight.pairs.then(async () => {
            await (original[operation] as (...a: unknown[]) => Promise<unknown>)(...args).catch(() => undefined);
            return (lean[operation] as (...a: unknown[]) => Promise<unknown>)(...args);
          });
          inFlight.pairs = pair.catch(() => undefined);
          return pair;
        };
      }
      (client as { conversations: unknown }).conversations = twinned;
      return client;
    },
  };
});

const bot = useBot();

/** A request as sent, apart from its random request id. */
const wire = (call: CapturedCall) => ({
  method: call.method,
  path: call.path,
  body: call.raw.body,
  headers: call.raw.headers.map((h, i) => (call.raw.headers[i - 1]?.toLowerCase() === 'x-ms-client-request-id' ? '<id>' : h)),
});

describe('the bench turns on the lean connector path', () => {
  it('send the connector what botbuilder sends, byte for byte', async () => {
    await greet(bot(), SOCIAL_WORKER);
    await bindChannel(bot());
    const record = await submitRequest(bot());
    await claim(bot(), record, coordinator(2));
    await execute(bot(), 'consultation.answer.submit', { rcId: record.rcId, id: record.id, answer: 'Kontakta oss för en riskbedömning.', outcomes: 'risk_assessment' }, inChannel(bot(), coordinator(2)));
    await executeCounted(bot(), 'stats.show', { period: 'year:2026' }, inChannel(bot(), coordinator(2)));

    // Until no new pair has started for a moment.
    for (let seen: Promise<unknown> | undefined; seen !== inFlight.pairs; ) {
      seen = inFlight.pairs;
      await seen;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const sent = bot().stub.calls.filter((call) => call.method !== 'GET');
    expect(sent.length % 2).toBe(0);
    for (let i = 0; i < sent.length; i += 2) expect(wire(sent[i + 1]!)).toEqual(wire(sent[i]!));
    // Replies, proactive posts and card updates all went both ways. A proactive post, too, is a
    // reply (to its continuation activity's id): sendToConversation is compared in lean-connector.test.ts.
    expect(sent.filter((call) => call.method === 'POST').length).toBeGreaterThanOrEqual(8);
    expect(sent.filter((call) => call.method === 'PUT').length).toBeGreaterThanOrEqual(4);
    expect(new Set(sent.map((call) => call.conversationId)).size).toBeGreaterThanOrEqual(3);
  });
});
