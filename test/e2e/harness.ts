// The end-to-end world: the BUILT bot (node dist/bot/main.js, as users run it), Microsoft 365
// Agents Playground with the project's mock Teams world, and headless Chromium on the
// Playground page. Everything lives in fresh temp dirs on free ports, so files can run in
// parallel, and stop() leaves no process or directory behind.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { startLocaleProxy, type LocaleProxy } from '../../scripts/playground/locale-proxy.js';
import { readWorldConfig, withCurrentUser, type WorldConfig } from './playground-config.js';
import { PlaygroundPage } from './playground-page.js';
import { startPlayground, type PlaygroundServer } from './playground-server.js';
import { freePort, httpOk, startProcess, waitUntil, type Proc } from './processes.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BOT_MAIN = join(ROOT, 'dist', 'bot', 'main.js');
const CONFIG_FILE = '.m365agentsplayground.yml';
const CONFIG_SOURCE = join(ROOT, 'scripts', 'playground', CONFIG_FILE);

export interface World {
  readonly page: Page;
  readonly botUrl: string;
  playgroundUrl(): string;
  /** The mock world as the Playground currently sees it (current user changes with switchUser). */
  config(): WorldConfig;
  send(text: string): Promise<void>;
  mentionAndSend(text: string): Promise<void>;
  waitForCard(text: string, timeout?: number): Promise<Locator>;
  fillInput(label: string, value: string): Promise<void>;
  choose(label: string, optionName: string): Promise<void>;
  clickAction(title: string): Promise<void>;
  openConversation(name: string): Promise<void>;
  /** Restarts the Playground signed in as `name` (it has no user switcher) and reloads the page. */
  switchUser(name: string): Promise<void>;
  lastBotText(timeout?: number): Promise<string>;
  screenshot(path: string, target?: Locator): Promise<void>;
  /** Bot output, Playground output and the Playground's log, for failure messages. */
  diagnostics(): string;
  stop(): Promise<void>;
}

async function startBot(dataDir: string, port: number): Promise<{ proc: Proc; url: string }> {
  const proc = startProcess('RC bot', process.execPath, [BOT_MAIN], {
    cwd: ROOT,
    // Only what the bot needs, so a developer's shell (App ids, Cosmos keys) cannot leak in.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), DATA_DIR: dataDir, RC_MODE: 'local', LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' },
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntil(proc, 'HTTP 200 on /healthz', () => httpOk(`${url}/healthz`), 20_000);
  } catch (error) {
    await proc.stop();
    throw new Error(`${(error as Error).message}\n--- bot output ---\n${proc.output()}`);
  }
  return { proc, url };
}

/** Rejects as soon as one of the processes dies, so a UI wait does not hide a crash. */
function unlessExited<T>(work: Promise<T>, procs: Proc[]): Promise<T> {
  const deaths = procs.map((proc) => proc.exited.then((code) => Promise.reject(new Error(`${proc.name} exited (${code})`))));
  return Promise.race([work, ...deaths]);
}

export interface WorldOptions {
  /** Signed-in user (a `name` from the config); default: the config's currentUser. */
  user?: string;
  /** Locale the bot sees, as a Teams client in that language would send it; null = the Playground's own "en-US". */
  locale?: string | null;
}

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const tempRoot = mkdtempSync(join(tmpdir(), 'rc-e2e-'));
  const playgroundDir = join(tempRoot, 'playground');
  mkdirSync(playgroundDir);
  const originalYaml = readFileSync(CONFIG_SOURCE, 'utf8');
  const writeConfig = (user?: string): WorldConfig => {
    const yaml = user ? withCurrentUser(originalYaml, user) : originalYaml;
    writeFileSync(join(playgroundDir, CONFIG_FILE), yaml);
    return readWorldConfig(yaml);
  };
  let config = writeConfig(options.user);

  let bot: { proc: Proc; url: string } | undefined;
  let playground: PlaygroundServer | undefined;
  let browser: { context: BrowserContext; profileDir: string } | undefined;
  let proxy: LocaleProxy | undefined;
  let stopped = false;

  const diagnostics = (): string =>
    [
      `--- bot output ---\n${bot?.proc.output() ?? '(not started)'}`,
      `--- Playground output ---\n${playground?.proc.output() ?? '(not started)'}`,
      `--- ${playground?.logFile ?? 'Playground log'} ---\n${playground?.log() ?? ''}`,
    ].join('\n');

  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await browser?.context.close().catch(() => undefined);
    await Promise.all([playground?.stop(), bot?.proc.stop(), proxy?.close()]);
    for (const dir of [tempRoot, browser?.profileDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  };

  try {
    if (!existsSync(BOT_MAIN)) throw new Error(`${BOT_MAIN} is missing: run "npm run build" first (npm test does).`);
    const [botPort, playgroundPort] = await Promise.all([freePort(), freePort()]);
    const locale = options.locale === undefined ? 'sv-SE' : options.locale;
    if (locale) proxy = await startLocaleProxy({ host: '127.0.0.1', port: botPort }, locale);
    const botEndpoint = proxy?.endpoint ?? `http://127.0.0.1:${botPort}/api/messages`;
    // The Playground copes with a bot that comes up later, so start everything at once.
    await Promise.all([
      startBot(join(tempRoot, 'data'), botPort).then((started) => (bot = started)),
      startPlayground({ cwd: playgroundDir, botEndpoint, port: playgroundPort }).then(
        (started) => (playground = started),
      ),
      launchBrowser().then((started) => (browser = started)),
    ]);
  } catch (error) {
    const message = `${(error as Error).message}\n${diagnostics()}`;
    await stop();
    throw new Error(`startWorld failed: ${message}`);
  }

  if (!bot || !playground || !browser) throw new Error('startWorld: unreachable, Promise.all resolved without all parts');
  // Closures below see `running`, so switchUser can replace the Playground for all of them.
  const running = { bot, botEndpoint: proxy?.endpoint ?? `${bot.url}/api/messages`, playground, context: browser.context };
  const page = running.context.pages()[0] ?? (await running.context.newPage());
  const ui = new PlaygroundPage(page, config.botName);

  const openPlayground = async (): Promise<void> => {
    try {
      await unlessExited(
        ui.open(running.playground.url, config.currentUser),
        [running.bot.proc, running.playground.proc],
      );
    } catch (error) {
      throw new Error(`Playground page did not become ready as ${config.currentUser}: ${(error as Error).message}\n${diagnostics()}`);
    }
  };
  try {
    await openPlayground();
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    page,
    botUrl: running.bot.url,
    playgroundUrl: () => running.playground.url,
    config: () => config,
    send: (text) => ui.send(text),
    mentionAndSend: (text) => ui.mentionAndSend(text),
    waitForCard: (text, timeout) => ui.waitForCard(text, timeout),
    fillInput: (label, value) => ui.fillInput(label, value),
    choose: (label, optionName) => ui.choose(label, optionName),
    clickAction: (title) => ui.clickAction(title),
    openConversation: (name) => ui.openConversation(name),
    async switchUser(name) {
      config = writeConfig(name);
      const port = running.playground.port;
      await running.playground.stop();
      // Ask for the same port; if it is gone, startPlayground reads the new one from stdout.
      running.playground = await startPlayground({ cwd: playgroundDir, botEndpoint: running.botEndpoint, port });
      playground = running.playground;
      await openPlayground();
    },
    lastBotText: (timeout) => ui.lastBotText(timeout),
    screenshot: (path, target) => ui.screenshot(path, target),
    diagnostics,
    stop,
  };
}
