// The built server as a process: what it refuses, what it says first, and that state and
// dialogs survive a restart on the embedded store and on Cosmos DB's wire protocol.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, postActivity } from '../helpers/activities.js';
import { say, sv } from '../helpers/catalogue.js';
import { cardTexts } from '../helpers/card-validator.js';
import { startConnectorStub, type ConnectorStub } from '../helpers/connector-stub.js';
import { botEnv, runBuiltBot, startBuiltBot } from '../helpers/spawn-bot.js';
import { startCosmosTestServer, type CosmosTestServer } from '../storage/cosmos-test-server.js';

let stub: ConnectorStub;
const tempDirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rc-bot-test-'));
  tempDirs.push(dir);
  return dir;
};

beforeAll(async () => {
  stub = await startConnectorStub();
});

afterAll(async () => {
  await stub.close();
  tempDirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

const firstCard = (activity: Record<string, unknown> | undefined) =>
  ((activity?.attachments as Array<{ content: unknown }>) ?? [])[0]?.content;

describe('the built server', () => {
  it('refuses to start in production without credentials, naming what is missing', async () => {
    const { exit, output } = runBuiltBot(botEnv({ NODE_ENV: 'production' }));
    expect(await exit).not.toBe(0);
    expect(output()).toMatch(/MicrosoftAppId/);
    expect(output()).toMatch(/COSMOS_ENDPOINT/);
  });

  it('starts in local mode on the embedded store, says so first, and answers /healthz', async () => {
    const bot = await startBuiltBot({ DATA_DIR: tempDir() });
    try {
      const firstLine = bot.output().split('\n').find((l) => l.trim()) ?? '';
      expect(firstLine).toMatch(/LOCAL MODE/);
      const res = await fetch(`${bot.url}/healthz`);
      expect(await res.json()).toEqual({ status: 'ok' });
    } finally {
      expect(await bot.stop()).toBe(0);
    }
  });

  it('finishes a turn in flight before it stops on SIGTERM', async () => {
    const slow = await startConnectorStub({ delayMs: 800 });
    const bot = await startBuiltBot({ DATA_DIR: tempDir() });
    try {
      const turn = postActivity(bot.url, messageActivity('hej', { serviceUrl: slow.url }));
      await new Promise((r) => setTimeout(r, 200));
      const stopped = bot.stop('SIGTERM');
      expect((await turn).status).toBe(200);
      expect(await stopped).toBe(0);
      expect(cardTexts(firstCard(slow.sent()[0]))).toContain(sv.welcome.title);
    } finally {
      await slow.close();
    }
  });
});

async function askThenRestartThenAnswer(env: Record<string, string>) {
  const conversationId = `a:restart-${Math.random().toString(36).slice(2)}`;
  const o = { serviceUrl: stub.url, conversationId };
  const first = await startBuiltBot(env);
  stub.clear();
  await postActivity(first.url, messageActivity('hitta rc', o));
  expect(stub.sent()[0]?.text).toBe(sv.findCentre.askPlace);
  expect(await first.stop()).toBe(0);

  const second = await startBuiltBot(env);
  try {
    stub.clear();
    await postActivity(second.url, messageActivity('Kiruna', o));
    // The answer to the question asked before the restart, not "I did not understand".
    const reply = stub.sent()[0];
    expect(reply?.text).not.toBe(sv.help.notUnderstood);
    expect(cardTexts(firstCard(reply))[0]).toBe(say(sv.centre.resultTitle, { place: 'Kiruna' }));
  } finally {
    await second.stop();
  }
}

describe('a dialog survives a restart of the server process', () => {
  it('on the embedded store', async () => {
    await askThenRestartThenAnswer({ DATA_DIR: tempDir() });
  });

  describe('on Cosmos DB', () => {
    let cosmos: CosmosTestServer;
    let caFile: string;
    beforeAll(async () => {
      cosmos = await startCosmosTestServer();
      caFile = join(tempDir(), 'cosmos-test-ca.pem');
      writeFileSync(caFile, cosmos.cert);
    });
    afterAll(async () => {
      await cosmos.close();
    });

    it('continues the dialog from the stored stack', async () => {
      await askThenRestartThenAnswer({
        RC_STORE: 'cosmos',
        COSMOS_ENDPOINT: cosmos.endpoint,
        COSMOS_KEY: cosmos.key,
        COSMOS_DATABASE: 'restart-test',
        // Trust exactly the test server's certificate, the way a private CA is trusted in Node.
        NODE_EXTRA_CA_CERTS: caFile,
      });
    });
  });
});
