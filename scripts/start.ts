// `npm start` (through scripts/start.mjs, which builds only what changed): the bot in local mode
// and, next to it, one Microsoft 365 Agents Playground (a local Teams look-alike) per person of
// the mock world, each on its own port and all talking to the one bot, so a request sent in the
// social worker's window is claimed in the coordinator's. Prints who is where. SIGINT (Ctrl+C),
// SIGTERM and SIGHUP stop everything it started; if one child dies, the rest are stopped too
// and its exit code is passed on.
//   --as socialworker,coordinator      only these people (or RC_PLAYGROUND_AS); default all four
//   --bot-only or RC_PLAYGROUND=off    the bot alone (e.g. behind a tunnel)
//   PORT (3978), PLAYGROUND_PORT (56150, then one up per person), DATA_DIR, LOG_LEVEL
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { BOT_NODE_FLAGS } from './bot-node-flags.js';
import { startLocaleProxy } from './playground/locale-proxy.js';
import { chooseRoles, type PlaygroundRole } from './playground/roles.js';
import { withCurrentUser } from './playground/world-config.js';

function projectRoot(): string {
  // dist/scripts/start.js when built; walk up to the package rather than count levels.
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const ROOT = projectRoot();
const BOT_MAIN = join(ROOT, 'dist', 'bot', 'main.js');
const PLAYGROUND_CONFIG = join(ROOT, 'scripts', 'playground', '.m365agentsplayground.yml');
/** One working folder per person: the Playground reads its config and writes its log there. */
const PLAYGROUNDS_DIR = join(ROOT, '.playgrounds');
const botPort = Number(process.env.PORT ?? 3978);
const playgroundPort = Number(process.env.PLAYGROUND_PORT ?? 56150);
const withPlayground = !process.argv.includes('--bot-only') && process.env.RC_PLAYGROUND !== 'off';

interface Child {
  name: string;
  process: ChildProcess;
  exited: boolean;
}

const children: Child[] = [];
let shuttingDown = false;

function abort(message: string): Promise<never> {
  console.error(`\n${message}`);
  return stopAll().then(() => process.exit(1));
}

function track(name: string, child: ChildProcess, onExit: (code: number | null, signal: NodeJS.Signals | null) => void): Child {
  const entry: Child = { name, process: child, exited: false };
  child.once('exit', (code, signal) => {
    entry.exited = true;
    onExit(code, signal);
  });
  child.once('error', (error) => void abort(`${name} could not be started: ${error.message}`));
  children.push(entry);
  return entry;
}

/** A child that stops on its own ends the whole run, with its exit code. */
function onChildExit(name: string, hint: string) {
  return (code: number | null, signal: NodeJS.Signals | null): void => {
    if (shuttingDown) return;
    const clean = code === 0 || signal === 'SIGINT' || signal === 'SIGTERM';
    console.error(`\n${name} avslutades / exited (${code ?? signal}).${clean ? '' : ` ${hint}`}`);
    void stopAll().then(() => process.exit(code ?? (clean ? 0 : 1)));
  };
}

async function stopAll(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  shuttingDown = true;
  const running = children.filter((c) => !c.exited);
  for (const child of running) child.process.kill(signal);
  await Promise.all(
    running.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exited) return resolve();
          const timer = setTimeout(() => child.process.kill('SIGKILL'), 10_000);
          child.process.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        }),
    ),
  );
}

async function waitFor(what: string, child: Child, ready: () => Promise<boolean> | boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    // The exit handler reports a child that died while we wait; just stop waiting.
    if (child.exited) await new Promise(() => undefined);
    if (Date.now() > deadline) await abort(`${child.name}: ${what} did not happen within ${timeoutMs / 1000} s.`);
    // Polling interval for a readiness probe.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function httpOk(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}

function startBot(): Child {
  if (!existsSync(BOT_MAIN)) {
    console.error(`${relative(process.cwd(), BOT_MAIN)} is missing: run "npm run build" (npm start does).`);
    process.exit(1);
  }
  // Started as in production (heap flags, the one silenced warning): see bot-node-flags.ts.
  const child = spawn(process.execPath, [...BOT_NODE_FLAGS, BOT_MAIN], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, PORT: String(botPort) } });
  return track('Boten / the bot', child, onChildExit('Boten / the bot', 'Se loggen ovan / see its log above.'));
}

/** The person's own config (the mock world with them signed in) in their own folder. */
function playgroundFolder(role: PlaygroundRole): string {
  const dir = join(PLAYGROUNDS_DIR, role.key);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.m365agentsplayground.yml'), withCurrentUser(readFileSync(PLAYGROUND_CONFIG, 'utf8'), role.name));
  return dir;
}

function startPlayground(role: PlaygroundRole, port: number, botEndpoint: string, onPort: (port: number) => void): Child {
  const packageJson = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/package.json');
  const bin = (JSON.parse(readFileSync(packageJson, 'utf8')) as { bin: Record<string, string> }).bin['agentsplayground'] ?? 'cli.js';
  const args = [join(dirname(packageJson), bin), '-e', botEndpoint, '-c', 'msteams', '--disable-telemetry', '-p', String(port)];
  const cwd = playgroundFolder(role);
  const child = spawn(process.execPath, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    // No telemetry (statsbeat ignores the flag), and no browser: we print the address instead.
    env: { ...process.env, APPLICATION_INSIGHTS_NO_STATSBEAT: 'true', TEAMSAPPTESTER_BROWSER: 'none' },
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      console.log(`[playground ${role.key}] ${line}`);
      // It silently takes a random port when the asked one is busy, so read the real one.
      const match = /Listening on (\d+)/.exec(line);
      if (match) onPort(Number(match[1]));
    });
  }
  const log = relative(process.cwd(), join(cwd, 'devTools', 'm365agentsplayground.log'));
  const hint = `Playgroundens logg / its log: ${log} (ett fel i ${relative(process.cwd(), PLAYGROUND_CONFIG)} syns bara där / config errors only show there).`;
  const name = `Agents Playground (${role.name})`;
  return track(name, child, onChildExit(name, hint));
}

function printBanner(windows: ReadonlyArray<{ role: PlaygroundRole; port: number; asked: number }>): void {
  const endpoint = `http://127.0.0.1:${botPort}/api/messages`;
  const rule = '────────────────────────────────────────────────────────────────────────';
  const lines = ['', rule, `RC-boten kör / the RC bot is running: ${endpoint}`];
  if (windows.length === 0) {
    lines.push('Bara boten (--bot-only / RC_PLAYGROUND=off). Bot only: connect a tunnel or a client to the endpoint above.');
  } else {
    lines.push('', 'Ett fönster per person, alla mot samma bot / one window per person, all talking to the same bot:', '');
    for (const { role, port, asked } of windows) {
      const busy = port === asked ? '' : ` (port ${asked} var upptagen / was busy)`;
      lines.push(`  http://localhost:${port}  ${role.name}, ${role.sv} / ${role.en}${busy}`, `      ${role.hintSv}`);
    }
    lines.push(
      '',
      'Kanalens inlägg hamnar i det fönster som senast var i kanalen / channel posts go to the window last active in the channel.',
      'I kanaler och gruppchatt hör boten bara meddelanden som @nämner den / in channels and group chats, @mention the bot.',
      'Bara några personer / only some: npm start -- --as socialworker,coordinator',
    );
  }
  lines.push('', 'Ctrl+C stoppar allt / stops everything.', rule, '');
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (shuttingDown) return;
      void stopAll(signal === 'SIGHUP' ? 'SIGTERM' : signal).then(() => process.exit(0));
    });
  }
  const chosen = chooseRoles(process.argv.slice(2), process.env.RC_PLAYGROUND_AS);
  if (!chosen.ok) {
    console.error(chosen.message);
    process.exit(2);
  }
  const roles = withPlayground ? chosen.roles : [];

  const bot = startBot();
  // The Playground stamps every activity "en-US"; a Swedish Teams client sends "sv-SE", so a
  // loopback proxy gives the bot the locale its real users have (RC_PLAYGROUND_LOCALE to change).
  // One proxy serves every window: replies go to each activity's own serviceUrl, not through it.
  const proxy = roles.length > 0 ? await startLocaleProxy({ host: '127.0.0.1', port: botPort }, process.env.RC_PLAYGROUND_LOCALE ?? 'sv-SE') : undefined;
  const windows = proxy
    ? roles.map((role, i) => {
        const asked = playgroundPort + i;
        const window = { role, asked, port: undefined as number | undefined, child: undefined as unknown as Child };
        window.child = startPlayground(role, asked, proxy.endpoint, (port) => (window.port = port));
        return window;
      })
    : [];

  await waitFor(`GET http://127.0.0.1:${botPort}/healthz`, bot, () => httpOk(`http://127.0.0.1:${botPort}/healthz`));
  for (const window of windows) {
    await waitFor('the "Listening on <port>" line', window.child, () => window.port !== undefined);
    await waitFor('the page', window.child, () => httpOk(`http://127.0.0.1:${window.port}/`));
  }
  printBanner(windows.map((w) => ({ role: w.role, port: w.port!, asked: w.asked })));
}

await main();
