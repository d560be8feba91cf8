// The two bots every benchmark compares: the minimal echo bot (the floor) and the built RC bot,
// started side by side, their idle memory read after a second, and the RC bot's channel bound
// so consultation turns have somewhere to land. bench-turns and bench-memory both start here.

import { createServer } from 'node:net';
import { join } from 'node:path';
import { executeActivity } from '../../test/helpers/activities.js';
import { BOT_NODE_FLAGS } from '../bot-node-flags.js';
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

export interface NodeFlags {
  /** The RC bot's: by default those it is started with in production (../bot-node-flags.ts). */
  rc?: readonly string[];
  /**
   * The echo's: by default none. The echo stands for the floor, a minimal bot as it runs out of the
   * box; the flags are part of how the RC bot is shipped (App Service's start command), so they are
   * part of what it costs over that floor. `--echo-node-flags=` gives both the same, to compare.
   */
  echo?: readonly string[];
}

/**
 * `rcEnv`: the RC bot's environment (store, data folder, administrators); `nodeArgs`: added to the
 * RC bot's flags, e.g. a CPU profile; `flags`: each bot's Node flags instead of the defaults.
 */
export async function startPair(serviceUrl: string, rcEnv: NodeJS.ProcessEnv, nodeArgs: readonly string[] = [], flags: NodeFlags = {}): Promise<BotPair> {
  const here = import.meta.dirname;
  const echo = await startChild(join(here, 'echo-bot.js'), { PATH: process.env.PATH, PORT: String(await freePort()) }, flags.echo ?? []);
  const rcArgs = [...(flags.rc ?? BOT_NODE_FLAGS), ...nodeArgs];
  const rc = await startChild(join(here, 'rc-bot.js'), { ...rcEnv, PORT: String(await freePort()) }, rcArgs).catch(async (error: unknown) => {
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

/** The benchmarks' options for the bots' Node flags, as parseArgs declares them. */
export const NODE_FLAG_OPTIONS = {
  /** The RC bot's Node flags, space-separated, instead of the production ones: `--rc-node-flags=` for none. */
  'rc-node-flags': { type: 'string' },
  /** The echo's Node flags, space-separated (none unless given). */
  'echo-node-flags': { type: 'string' },
} as const;

const split = (flags: string | undefined) => (flags === undefined ? undefined : flags.split(' ').filter((f) => f !== ''));

export function nodeFlagsFrom(args: { 'rc-node-flags'?: string; 'echo-node-flags'?: string }): Required<NodeFlags> {
  return { rc: split(args['rc-node-flags']) ?? BOT_NODE_FLAGS, echo: split(args['echo-node-flags']) ?? [] };
}
