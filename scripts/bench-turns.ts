// How long each kind of turn takes on the built RC bot, next to the floor botbuilder itself sets:
// a minimal echo bot on the same botbuilder and restify (scripts/bench-turns/echo-bot.ts), both
// on loopback with keep-alive connections, interleaved round by round so a busy machine slows
// both alike. Prints per turn p50/p95/p99 at concurrency 1 and turns/s at 8/32/64 as ratios to
// the echo, p99/p50 at 64 on warm connections and the wait of a burst of new ones, errors, acknowledged vs stored records, store
// round trips per turn (counted on the port), CPU time per turn under load as a ratio to the
// echo's (steadier than turns/s on a busy machine: it hardly depends on other work), cold start and RSS.
// With --store cosmos also the wire server's CPU time per turn: it runs on the same two cores as
// both bots and the load, so it lowers the RC bot's turns/s where production's Cosmos DB would not.
//
//   npm run bench:turns -- [--store embedded|cosmos] [--records N] [--rounds R] [--turns K] [--seconds S]
//                          [--only NAME] [--concurrency 8,32,64] [--profile DIR]
//                          [--rc-node-flags=FLAGS] [--echo-node-flags=FLAGS]
//
// The RC bot runs with its production Node flags (scripts/bot-node-flags.ts), the echo with none;
// --rc-node-flags= / --echo-node-flags= (space-separated) replace them, to measure a flag's cost.
// --profile DIR writes a V8 CPU profile of the RC bot's whole run into DIR (node --cpu-prof).
// --records N pre-seeds N consultations (the statistics bench's seeded generator) before the bot
// starts, so the data-size curve is one command per size. On Cosmos they go straight into the wire
// server's memory (./bench-turns/cosmos-server.ts; 500 000 in 40–100 s) and are counted through
// the client. With the submit turn, each RC's first submit of the year (which seeds its reference
// counter with one query over the RC's records) runs before the rounds and is printed apart. Defaults: embedded, 0 records, 2
// rounds of 30 sequential turns per kind and 1.5 s per throughput phase (about two minutes).

import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CosmosStore } from '../services/storage/cosmos/cosmos-store.js';
import type { DocumentStore } from '../services/storage/port.js';
import { SqliteStore } from '../services/storage/sqlite/sqlite-store.js';
import { startConnectorStub } from '../test/helpers/connector-stub.js';
import { startCosmosChild, type CosmosChild } from './bench-turns/cosmos-server.js';
import { seedSqliteFile } from './bench-seed.js';
import { generate } from './bench-stats-data.js';
import type { BotChild } from './bench-turns/children.js';
import { NODE_FLAG_OPTIONS, nodeFlagsFrom, startPair } from './bench-turns/pair.js';
import { benchSessions } from './bench-turns/sessions.js';
import { figures, mb, ms, ratio, record, tableLines } from './bench-turns/figures.js';
import { closedLoop, keepAliveAgent, percentile, warm } from './bench-turns/load.js';
import { ADMIN, BotTurns, echoTurn, type Target, type Turn } from './bench-turns/turns.js';

const { values: args } = parseArgs({
  options: {
    store: { type: 'string', default: 'embedded' },
    records: { type: 'string', default: '0' },
    rounds: { type: 'string', default: '2' },
    turns: { type: 'string', default: '30' },
    seconds: { type: 'string', default: '1.5' },
    /** Only the bot turns whose name contains this, or one of these comma-separated (the echo always runs). */
    only: { type: 'string', default: '' },
    concurrency: { type: 'string', default: '8,32,64' },
    /** A folder: the RC bot writes a CPU profile there (node --cpu-prof) when it stops. */
    profile: { type: 'string', default: '' },
    ...NODE_FLAG_OPTIONS,
  },
});
const STORE = args.store === 'cosmos' ? 'cosmos' : 'embedded';
const RECORDS = Number(args.records);
const ROUNDS = Number(args.rounds);
const SEQUENTIAL = Number(args.turns);
const PHASE_MS = Number(args.seconds) * 1000;
const CONCURRENCY: readonly number[] = args.concurrency.split(',').map(Number);
// Submits feed the claims and claims the answers (./bench-turns/turns.ts), so picking a turn picks
// the turns it needs; otherwise --only claim would time nothing and print dashes.
const FEEDS: Readonly<Record<string, string>> = { answer: 'claim', claim: 'submit' };
const withFeeds = (parts: string[]): string[] => {
  const all = new Set(parts);
  for (let grew = true; grew; ) {
    grew = false;
    for (const part of all) if (FEEDS[part] && !all.has(FEEDS[part])) (all.add(FEEDS[part]), (grew = true));
  }
  return [...all];
};
const ONLY = withFeeds(args.only.split(','));
const MAX_PER_PHASE = 20_000;

/** The wire server's CPU time so far, with --store cosmos. */
let storeCpuMs: (() => Promise<number>) | undefined;

/** Returns how many were seeded (the generator rounds each RC's share). */
async function seed(store: DocumentStore, cosmos: { server: CosmosChild; databaseId: string } | undefined, file: string): Promise<number> {
  // Creates the database and containers on Cosmos; the counts below go through the same client the bot uses.
  await store.init();
  const started = performance.now();
  let seeded: { consultations: number; sessions: number; ms?: number; sample?: { id: string; rcId: string } };
  let how = '';
  if (cosmos) {
    // Straight into the wire server's memory (./bench-turns/cosmos-server.ts): its HTTP API takes minutes per 100 000.
    seeded = await cosmos.server.seed({ databaseId: cosmos.databaseId, records: RECORDS, now: new Date().toISOString() });
    const counted = {
      consultations: await store.collection('consultations').count({ where: [{ field: 'kind', op: '=', value: 'consultation' }] }),
      sessions: await store.collection('sessions').count({}),
    };
    if (counted.consultations !== seeded.consultations || counted.sessions !== seeded.sessions) {
      throw new Error(`bench: seeded ${JSON.stringify(seeded)} but the client counts ${JSON.stringify(counted)}`);
    }
    // A seeded record reads as a created one: found by id in its partition, with an ETag.
    const sample = seeded.sample && (await store.collection('consultations').get(seeded.sample.id, seeded.sample.rcId));
    if (seeded.sample && !sample?.etag) throw new Error(`bench: the seeded record ${seeded.sample.id} does not read back through the client`);
    how = ` (generated and stored in the server in ${((seeded.ms ?? 0) / 1000).toFixed(1)} s, then counted through the client)`;
  } else {
    const records = generate(RECORDS);
    // The networks and sessions after the records: both come from one seeded random sequence.
    const sessions = benchSessions(new Date());
    seedSqliteFile(file, 'sessions', sessions);
    seedSqliteFile(file, 'consultations', records);
    seeded = { consultations: records.length, sessions: sessions.length };
  }
  console.log(`seeded ${seeded.consultations} consultations and ${seeded.sessions} network, session and question documents in ${((performance.now() - started) / 1000).toFixed(1)} s${how}`);
  return seeded.consultations;
}

/** `bot` is the process serving the turns: its round trips are counted at concurrency 1, its CPU time under load. */
async function run(turn: Turn, target: Target, concurrency: number, bot: BotChild | undefined, countLimit?: number): Promise<void> {
  const before = bot && concurrency === 1 ? (await bot.report()).counts : {};
  const limit = Math.min(countLimit ?? MAX_PER_PHASE, turn.available?.() ?? MAX_PER_PHASE);
  const agent = keepAliveAgent(concurrency);
  const burst = concurrency > 1 ? await warm(agent, target.port, concurrency) : 0;
  const cpuBefore = bot && concurrency > 1 ? (await bot.report()).cpuMs : 0;
  const storeCpuBefore = bot && concurrency > 1 ? ((await storeCpuMs?.()) ?? 0) : 0;
  const outcome = await closedLoop(concurrency, concurrency === 1 ? 60_000 : PHASE_MS, limit, (i) => turn.send({ ...target, agent }, i));
  agent.destroy();
  record(turn.name, concurrency, { ...outcome, firsts: burst ? [burst] : outcome.firsts });
  if (bot && concurrency > 1) {
    // CPU time per turn hardly depends on what else the machine runs, as turns/s does.
    const f = figures.get(turn.name)!;
    f.cpuMs += (await bot.report()).cpuMs - cpuBefore;
    f.storeCpuMs += ((await storeCpuMs?.()) ?? 0) - storeCpuBefore;
    f.cpuTurns += outcome.latencies.length;
  }
  if (bot && concurrency === 1) {
    const f = figures.get(turn.name)!;
    const after = (await bot.report()).counts;
    f.trips += (after.calls ?? 0) - (before.calls ?? 0);
    f.tripTurns += outcome.latencies.length;
    for (const [key, n] of Object.entries(after)) if (key !== 'calls') f.tripKinds[key] = (f.tripKinds[key] ?? 0) + n - (before[key] ?? 0);
  }
}

/** Each RC's first submit of the year, before the rounds (which then measure the steady state), as a line to print. */
async function submitsFirstOfYear(bot: BotTurns, target: Target, rcBot: BotChild): Promise<string> {
  const before = (await rcBot.report()).counts;
  const agent = keepAliveAgent(1);
  const firsts = await bot.firstOfYear({ ...target, agent });
  agent.destroy();
  const after = (await rcBot.report()).counts;
  const kinds = Object.entries(after).filter(([key, n]) => key !== 'calls' && n > (before[key] ?? 0)).map(([key, n]) => `${key} ${((n - (before[key] ?? 0)) / firsts.length).toFixed(1)}`);
  const each = firsts.map((f) => `${f.reference} ${ms(f.ms)}`).join(', ');
  return `first submit of the year per RC (seeds its reference counter from the stored records, once per RC and year and process; not in the table): ${each}; round trips per submit: ${kinds.join(', ')}`;
}

async function main(): Promise<void> {
  console.log(`bench-turns: ${STORE} store, ${RECORDS} records seeded, ${ROUNDS} rounds, ${SEQUENTIAL} sequential turns per kind, ${PHASE_MS / 1000} s per loaded phase (node ${process.version})`);
  const flags = nodeFlagsFrom(args);
  console.log(`Node flags: RC bot ${flags.rc.join(' ') || '(none)'}; echo ${flags.echo.join(' ') || '(none)'}`);
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (a shared machine: other work slows both bots alike, not the ratios)`);
  const folder = mkdtempSync(join(tmpdir(), 'rc-bench-turns-'));
  const stub = await startConnectorStub();
  const cosmosServer = STORE === 'cosmos' ? await startCosmosChild() : undefined;
  if (cosmosServer) storeCpuMs = () => cosmosServer.cpuMs();
  const databaseId = `bench-turns-${randomUUID()}`;
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, RC_ADMIN_IDS: ADMIN.aadObjectId, DATA_DIR: folder };
  if (cosmosServer) {
    const caFile = join(folder, 'cosmos-ca.pem');
    writeFileSync(caFile, cosmosServer.cert);
    Object.assign(env, { RC_STORE: 'cosmos', COSMOS_ENDPOINT: cosmosServer.endpoint, COSMOS_KEY: cosmosServer.key, COSMOS_DATABASE: databaseId, NODE_EXTRA_CA_CERTS: caFile });
  } else env.RC_STORE = 'embedded';
  const sqliteFile = join(folder, 'rc-bot.sqlite');
  // The bench's own counts scan every document on the wire server (about a second per 100 000 on a
  // quiet machine, much more on a loaded one): they may take longer than a turn's calls may.
  const openOwnStore = (): DocumentStore =>
    cosmosServer
      ? new CosmosStore({ endpoint: cosmosServer.endpoint, key: cosmosServer.key, agent: cosmosServer.agent, databaseId, requestTimeoutMs: 300_000 })
      : new SqliteStore({ file: sqliteFile });
  const seeding = openOwnStore();
  const seeded = await seed(seeding, cosmosServer ? { server: cosmosServer, databaseId } : undefined, sqliteFile);
  await seeding.close();

  const { echo: echoBot, rc: rcBot, echoTarget, rcTarget: botTarget, echoIdle, rcIdle: botIdle } = await startPair(
    stub.url,
    env,
    args.profile ? ['--cpu-prof', '--cpu-prof-dir', args.profile] : [],
    flags,
  );
  try {
    const bot = new BotTurns();
    const chosen = bot.turns.filter((t) => ONLY.some((part) => t.name.includes(part)));
    const firstOfYear = chosen.some((t) => t.name === 'consultation submit') ? await submitsFirstOfYear(bot, botTarget, rcBot) : undefined;
    const deadline = performance.now() + 30 * 60_000;
    for (let round = 0; round < ROUNDS && performance.now() < deadline; round++) {
      for (const turn of chosen) {
        await run(echoTurn, echoTarget, 1, undefined, SEQUENTIAL);
        // Round trips from the last round only: the first also pays this process's one-time reads and
        // writes (each person's conversation, each RC's counter and cached settings).
        await run(turn, botTarget, 1, round === ROUNDS - 1 ? rcBot : undefined, SEQUENTIAL);
      }
      for (const c of CONCURRENCY) {
        for (const turn of chosen) {
          await run(echoTurn, echoTarget, c, echoBot);
          await run(turn, botTarget, c, rcBot);
        }
      }
      stub.clear();
      console.log(`round ${round + 1} of ${ROUNDS} done, load average ${loadavg()[0]?.toFixed(2)}`);
    }
    const [echoEnd, botEnd] = [await echoBot.report(), await rcBot.report()];
    // --rounds 0: only the start figures (cold start, idle RSS) below.
    const echoFigures = figures.get(echoTurn.name);
    if (echoFigures) for (const line of tableLines(echoFigures, echoTurn.name, CONCURRENCY, storeCpuMs !== undefined)) console.log(line);
    const top = Math.max(...CONCURRENCY);
    console.log(`\nat ${top} connections: ${top} new connections opened at once until each has had its reply (max over runs), then the timed turns on them (p50, p99):`);
    for (const [name, f] of figures) {
      const l = f.loaded.get(top);
      if (l) console.log(`  ${name.padEnd(22)} connection burst ${ms(Math.max(...l.firsts))}, turns p50 ${ms(percentile(l.latencies, 50))} p99 ${ms(percentile(l.latencies, 99))}`);
    }
    console.log(`\nstore round trips per turn at concurrency 1${ROUNDS > 1 ? ' in the last round (the first also warms the caches)' : ''}, by container and operation:`);
    for (const [name, f] of figures) {
      const kinds = Object.entries(f.tripKinds).filter(([, n]) => n > 0).map(([key, n]) => `${key} ${(n / f.tripTurns).toFixed(1)}`);
      if (kinds.length) console.log(`  ${name}: ${kinds.join(', ')}`);
    }
    if (firstOfYear) console.log(`\n${firstOfYear}`);
    await rcBot.stop();
    const check = openOwnStore();
    await check.init();
    const stored = (await check.collection('consultations').count({ where: [{ field: 'kind', op: '=', value: 'consultation' }] })) - seeded;
    await check.close();
    const turns = [...figures.values()].reduce((sum, f) => sum + f.turns, 0);
    console.log(`\nsubmits acknowledged ${bot.acknowledged}, records stored ${stored} (beyond the ${seeded} seeded)`);
    console.log(`cold start: bot ${ms(rcBot.coldStartMs)}, echo ${ms(echoBot.coldStartMs)} (${ratio(rcBot.coldStartMs / echoBot.coldStartMs)}; target ≤ 2×)`);
    console.log(`RSS idle: bot ${mb(botIdle.rss)}, echo ${mb(echoIdle.rss)} (${ratio(botIdle.rss / echoIdle.rss)}; target ≤ 1.3×); peak after ${turns} turns in all: bot ${mb(botEnd.peakRss)}, echo ${mb(echoEnd.peakRss)} (${ratio(botEnd.peakRss / echoEnd.peakRss)}; target ≤ 300 MB after 50 000 turns, see npm run bench:memory)`);
    console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  } catch (error) {
    console.error(`bench failed: ${String(error)}\n--- bot output (tail) ---\n${rcBot.output().slice(-4000)}`);
    process.exitCode = 1;
  } finally {
    await Promise.all([rcBot.stop(), echoBot.stop()]);
    await stub.close();
    await cosmosServer?.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
