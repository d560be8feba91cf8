// The two bots every benchmark compares: the minimal echo bot (the floor) and the built RC bot,
// started side by side, their idle memory read after a second, and the RC bot's channel bound
// so consultation turns have somewhere to land. bench-turns and bench-memory both start here.

import { createServer } from 'node:net';
import { join } from 'node:path';
import { executeActivity } from '../../test/helpers/activities.js';
import type { ChildReport } from './child-ipc.js';
import { startChild, type BotChild } from './children.js';
import { keepAliveAgent, post } from './load.js';
import { ADMIN, GBG_ID, inChannel, type Target } from './turns.js';

export interface BotPair {
  echo: BotChild;
  rc: BotChild;
  echoTarget: Target;
  rcTarget: Target;
  echoIdle: ChildReport;
  rcIdle: ChildReport;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** `rcEnv`: the RC bot's environment (store, data folder, administrators); `nodeArgs`: e.g. a CPU profile. */
export async function startPair(serviceUrl: string, rcEnv: NodeJS.ProcessEnv, nodeArgs: readonly string[] = []): Promise<BotPair> {
  const here = import.meta.dirname;
  const echo = await startChild(join(here, 'echo-bot.js'), { PATH: process.env.PATH, PORT: String(await freePort()) });
  const rc = await startChild(join(here, 'rc-bot.js'), { ...rcEnv, PORT: String(await freePort()) }, nodeArgs).catch(async (error: unknown) => {
    await echo.stop();
    throw error;
  });
  try {
    await new Promise((done) => setTimeout(done, 1000));
    const [echoIdle, rcIdle] = [await echo.report(), await rc.report()];
    const echoTarget: Target = { agent: keepAliveAgent(1), port: echo.port, serviceUrl };
    const rcTarget: Target = { agent: keepAliveAgent(1), port: rc.port, serviceUrl };
    const bound = await post(rcTarget.agent, rc.port, executeActivity('centre.bindChannel', { step: 'bind', centreId: GBG_ID }, inChannel(rcTarget, ADMIN)));
    if (bound.status !== 200) throw new Error(`binding the channel failed: ${bound.status} ${bound.body}`);
    return { echo, rc, echoTarget, rcTarget, echoIdle, rcIdle };
  } catch (error) {
    const output = rc.output().slice(-4000);
    await Promise.all([rc.stop(), echo.stop()]);
    throw new Error(`${String(error)}\n--- bot output (tail) ---\n${output}`);
  }
}
