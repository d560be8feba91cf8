// `npm start`: the bot in local mode and, next to it, Microsoft 365 Agents Playground (a local
// Teams look-alike) wired to it, then one clear line on what to open. Ctrl+C stops both; if
// either dies, the other is stopped too and its exit code is passed on.
//   --bot-only or RC_PLAYGROUND=off   the bot alone (e.g. behind a tunnel)
//   PORT (3978), PLAYGROUND_PORT (56150), DATA_DIR, LOG_LEVEL   passed on as usual
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startLocaleProxy } from './playground/locale-proxy.js';

function projectRoot(): string {
  // dist/scripts/start.js when built; walk up to the package rather than count levels.
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const ROOT = projectRoot();
const BOT_MAIN = join(ROOT, 'dist', 'bot', 'main.js');
const PLAYGROUND_DIR = join(ROOT, 'scripts', 'playground');
const PLAYGROUND_CONFIG = join(PLAYGROUND_DIR, '.m365agentsplayground.yml');
const PLAYGROUND_LOG = relative(process.cwd(), join(PLAYGROUND_DIR, 'devTools', 'm365agentsplayground.log'));
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

async function waitFor(what: string, child: Child, ready: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
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
  // restify 11 pulls in spdy, whose http-deceiver touches a deprecated Node binding on load:
  // harmless, and restify 12 (which drops it) needs Node 22. Silence that one warning only.
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', BOT_MAIN], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, PORT: String(botPort) } });
  return track('Boten / the bot', child, onChildExit('Boten / the bot', 'Se loggen ovan / see its log above.'));
}

function startPlayground(botEndpoint: string, onPort: (port: number) => void): Child {
  const packageJson = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/package.json');
  const bin = (JSON.parse(readFileSync(packageJson, 'utf8')) as { bin: Record<string, string> }).bin['agentsplayground'] ?? 'cli.js';
  const args = [join(dirname(packageJson), bin), '-e', botEndpoint, '-c', 'msteams', '--disable-telemetry', '-p', String(playgroundPort)];
  const child = spawn(process.execPath, args, {
    cwd: PLAYGROUND_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    // No telemetry (statsbeat ignores the flag), and no browser: we print the address instead.
    env: { ...process.env, APPLICATION_INSIGHTS_NO_STATSBEAT: 'true', TEAMSAPPTESTER_BROWSER: 'none' },
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      console.log(`[playground] ${line}`);
      // It silently takes a random port when the asked one is busy, so read the real one.
      const match = /Listening on (\d+)/.exec(line);
      if (match) onPort(Number(match[1]));
    });
  }
  const hint = `Playgroundens logg / its log: ${PLAYGROUND_LOG} (ett fel i ${relative(process.cwd(), PLAYGROUND_CONFIG)} syns bara där / config errors only show there).`;
  return track('Agents Playground', child, onChildExit('Agents Playground', hint));
}

function currentUserName(): string {
  const match = /^currentUser:\s*\n(?:[ \t]+.*\n)*?[ \t]+name:\s*(.+)$/m.exec(readFileSync(PLAYGROUND_CONFIG, 'utf8'));
  return match?.[1]?.trim() ?? 'currentUser';
}

function printBanner(port: number | undefined): void {
  const endpoint = `http://127.0.0.1:${botPort}/api/messages`;
  const lines = ['', '────────────────────────────────────────────────────────────────────────', `RC-boten kör / the RC bot is running: ${endpoint}`];
  if (port === undefined) {
    lines.push('Bara boten (--bot-only / RC_PLAYGROUND=off). Bot only: connect a tunnel or a client to the endpoint above.');
  } else {
    const url = `http://localhost:${port}`;
    const busy = port === playgroundPort ? '' : ` (port ${playgroundPort} was busy)`;
    const config = relative(process.cwd(), PLAYGROUND_CONFIG);
    lines.push(
      '',
      `Öppna ${url} i webbläsaren och skriv "hej" till RC-boten i Personal Chat.`,
      `Open ${url} in your browser and say "hej" to RC-boten in Personal Chat${busy}.`,
      '',
      `Du är inloggad som ${currentUserName()}. Byta användare: byt plats på currentUser och en av users i ${config} och starta om.`,
      `Switch user: the Playground has no user menu; swap currentUser with one of users in ${config} and restart.`,
      'I kanaler och gruppchatt hör boten bara meddelanden som @nämner den / in channels and group chats, @mention the bot.',
    );
  }
  lines.push('', 'Ctrl+C stoppar allt / stops everything.', '────────────────────────────────────────────────────────────────────────', '');
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (shuttingDown) return;
      void stopAll(signal).then(() => process.exit(0));
    });
  }

  const bot = startBot();
  let listeningOn: number | undefined;
  // The Playground stamps every activity "en-US"; a Swedish Teams client sends "sv-SE", so a
  // loopback proxy gives the bot the locale its real users have (RC_PLAYGROUND_LOCALE to change).
  const proxy = withPlayground
    ? await startLocaleProxy({ host: '127.0.0.1', port: botPort }, process.env.RC_PLAYGROUND_LOCALE ?? 'sv-SE')
    : undefined;
  const playground = proxy ? startPlayground(proxy.endpoint, (port) => (listeningOn = port)) : undefined;

  await waitFor(`GET http://127.0.0.1:${botPort}/healthz`, bot, () => httpOk(`http://127.0.0.1:${botPort}/healthz`));
  if (playground) {
    await waitFor('the "Listening on <port>" line', playground, () => listeningOn !== undefined);
    await waitFor('the page', playground, () => httpOk(`http://127.0.0.1:${listeningOn}/`));
  }
  printBanner(listeningOn);
}

await main();
