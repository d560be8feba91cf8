// The real restify server and CloudAdapter in local mode, driven over HTTP with Teams-shaped
// activities; replies are captured by a connector stub, as Teams' connector would receive them.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../bot/app.js';
import { loadConfig } from '../../services/config.js';
import { createLogger } from '../../services/logging.js';
import {
  botAddedActivity,
  executeActivity,
  mentionActivity,
  messageActivity,
  postActivity,
  submitActivity,
} from '../helpers/activities.js';
import { en, say, sv } from '../helpers/catalogue.js';
import { cardTexts, checkCard } from '../helpers/card-validator.js';
import { startConnectorStub } from '../helpers/connector-stub.js';
import { useBot } from './fixtures.js';

const bot = useBot();
const opts = () => ({ serviceUrl: bot().stub.url });
const cardsIn = (activity: Record<string, unknown>) => bot().cardsIn(activity);

describe('a professional in personal chat', () => {
  it('gets the Swedish welcome card with the three jobs on "hej"', async () => {
    const res = await postActivity(bot().botUrl, messageActivity('hej', opts()));
    expect(res.status).toBe(200);
    const [reply] = bot().stub.sent();
    const [card] = cardsIn(reply ?? {});
    expect(checkCard(card).problems).toEqual([]);
    expect(cardTexts(card)).toEqual(expect.arrayContaining([sv.welcome.title, sv.welcome.consultation, sv.welcome.findCentre, sv.welcome.sessions]));
  });

  it('is welcomed when the bot is installed', async () => {
    await postActivity(bot().botUrl, botAddedActivity(opts()));
    expect(cardTexts(cardsIn(bot().stub.sent()[0] ?? {})[0])).toContain(sv.welcome.title);
  });

  it('gets the next card synchronously in the HTTP response when clicking an Action.Execute', async () => {
    const res = await postActivity(bot().botUrl, executeActivity('centre.find', {}, opts()));
    expect(res.status).toBe(200);
    const body = res.body as { statusCode: number; type: string; value: unknown };
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(checkCard(body.value).problems).toEqual([]);
    expect(cardTexts(body.value)[0]).toBe(sv.centre.searchTitle);
    expect(bot().stub.calls).toEqual([]);
  });

  it('reaches the same handler through the Action.Submit fallback', async () => {
    await postActivity(bot().botUrl, submitActivity({ verb: 'session.list' }, opts()));
    expect(cardTexts(cardsIn(bot().stub.sent()[0] ?? {})[0])[0]).toBe(sv.sessions.list.title);
  });

  it('is told plainly when a button is no longer known', async () => {
    const res = await postActivity(bot().botUrl, executeActivity('no.such.verb', {}, opts()));
    const body = res.body as { value: unknown };
    expect(cardTexts(body.value)).toContain(sv.common.unknownAction);
  });

  it('is asked for the municipality when writing "hitta rc", and the answer continues the dialog', async () => {
    await postActivity(bot().botUrl, messageActivity('hitta rc', { ...opts(), conversationId: 'a:dialog-1' }));
    expect(bot().stub.sent()[0]?.text).toBe(sv.findCentre.askPlace);
    bot().stub.clear();
    await postActivity(bot().botUrl, messageActivity('Kiruna', { ...opts(), conversationId: 'a:dialog-1' }));
    expect(cardTexts(cardsIn(bot().stub.sent()[0] ?? {})[0])[0]).toBe(say(sv.centre.resultTitle, { place: 'Kiruna' }));
  });

  it('gets a few likely actions, not the whole menu, when the bot does not understand', async () => {
    await postActivity(bot().botUrl, messageActivity('hej', { ...opts(), conversationId: 'a:unknown-1' }));
    bot().stub.clear();
    await postActivity(bot().botUrl, messageActivity('vad gäller vid utlandsresa?', { ...opts(), conversationId: 'a:unknown-1' }));
    const reply = bot().stub.sent()[0] ?? {};
    const texts = cardTexts(cardsIn(reply)[0]);
    expect(texts).toEqual(expect.arrayContaining([sv.menu.suggestTitle, sv.help.notUnderstood, sv.menu.showAll]));
    expect(texts).not.toContain(sv.welcome.intro);
  });

  it('gets English when the Teams client is English', async () => {
    await postActivity(bot().botUrl, messageActivity('hello', { ...opts(), locale: 'en-US' }));
    expect(cardTexts(cardsIn(bot().stub.sent()[0] ?? {})[0])).toContain(en.welcome.title);
  });
});

describe('in a team channel', () => {
  it('answers an @mention with the welcome card', async () => {
    await postActivity(bot().botUrl, mentionActivity('hej', { ...opts(), conversationId: '19:channel;messageid=1' }));
    expect(cardTexts(cardsIn(bot().stub.sent()[0] ?? {})[0])).toContain(sv.welcome.title);
  });
});

describe('replies through the connector', () => {
  it('go to each turn\'s own service URL, however often a connection to one was reused', async () => {
    const other = await startConnectorStub();
    try {
      for (const serviceUrl of [bot().stub.url, other.url, bot().stub.url, other.url]) {
        expect((await postActivity(bot().botUrl, messageActivity('hej', { serviceUrl }))).status).toBe(200);
      }
      expect(bot().stub.sent()).toHaveLength(2);
      expect(other.sent()).toHaveLength(2);
    } finally {
      await other.close();
    }
  });
});

describe('operations', () => {
  it('answers /healthz with ok and nothing about the store', async () => {
    const res = await fetch(`${bot().botUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('never logs what the user wrote', async () => {
    await postActivity(bot().botUrl, messageActivity('Flickan heter Amina och går på Kvarnbyskolan', opts()));
    const all = bot().logLines.join('');
    expect(all).not.toContain('Amina');
    expect(all).not.toContain('Kvarnbyskolan');
  });
});

describe('when the store goes away', () => {
  it('answers /healthz with 503 so the platform stops routing to this instance, and logs why', async () => {
    const { startCosmosTestServer } = await import('../storage/cosmos-test-server.js');
    const { CosmosStore } = await import('../../services/storage/cosmos/cosmos-store.js');
    const cosmos = await startCosmosTestServer();
    const store = new CosmosStore({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'health', agent: cosmos.agent, healthTimeoutMs: 500 });
    const lines: string[] = [];
    const destination = new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) });
    const other = await createApp(loadConfig({}), createLogger({ level: 'info', pretty: false, destination }), { store });
    const address = await other.server.listen(0, '127.0.0.1');
    try {
      expect((await fetch(`http://127.0.0.1:${address.port}/healthz`)).status).toBe(200);
      await cosmos.close();
      const res = await fetch(`http://127.0.0.1:${address.port}/healthz`);
      expect(res.status).toBe(503);
      // Anyone can ask: the store's host, port and error text are for the log only.
      expect(await res.json()).toEqual({ status: 'unavailable' });
      const logged = lines.find((l) => l.includes('store unavailable')) ?? '';
      expect(logged).toContain('"kind":"cosmos"');
    } finally {
      await other.server.shutdown();
    }
  });
});
