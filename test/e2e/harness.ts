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

/** What one signed-in person does on their Playground page. */
export interface UserSession {
  readonly page: Page;
  send(text: string): Promise<void>;
  mentionAndSend(text: string): Promise<void>;
  waitForCard(text: string, timeout?: number): Promise<Locator>;
  fillInput(label: string, value: string): Promise<void>;
  choose(label: string, optionName: string): Promise<void>;
  chooseMany(label: string, optionNames: string[]): Promise<void>;
  setToggle(title: string | RegExp, on: boolean): Promise<void>;
  clickAction(title: string): Promise<void>;
  openConversation(name: string): Promise<void>;
  lastBotText(timeout?: number): Promise<string>;
  screenshot(path: string, target?: Locator): Promise<void>;
}

export interface World extends UserSession {
  readonly botUrl: string;
  playgroundUrl(): string;
  /** The mock world as the Playground currently sees it (current user changes with switchUser). */
  config(): WorldConfig;
  /** Restarts the Playground signed in as `name` (it has no user switcher) and reloads the page. */
  switchUser(name: string): Promise<void>;
  /**
   * Another person at the same time: a second Playground (own folder, port and log) signed in
   * as `name`, on a second page, talking to the same bot. switchUser restarts the Playground,
   * and a restarted Playground shows none of the earlier messages, so a post the bot makes to
   * one person while another acts can only be seen with both running. The bot writes to the
   * Playground whose connector (serviceUrl) the stored conversation reference names.
   */
  openAs(name: string): Promise<UserSession>;
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
  const others: PlaygroundServer[] = [];
  let stopped = false;

  const diagnostics = (): string =>
    [
      `--- bot output ---\n${bot?.proc.output() ?? '(not started)'}`,
      `--- Playground output ---\n${playground?.proc.output() ?? '(not started)'}`,
      `--- ${playground?.logFile ?? 'Playground log'} ---\n${playground?.log() ?? ''}`,
      ...others.map((other) => `--- Playground on port ${other.port} (openAs) ---\n${other.proc.output()}\n${other.log()}`),
    ].join('\n');

  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await browser?.context.close().catch(() => undefined);
    await Promise.all([playground?.stop(), ...others.map((other) => other.stop()), bot?.proc.stop(), proxy?.close()]);
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

  // With a second page (openAs), Chromium throttles animation frames in the one behind, and
  // Playwright's waits (rAF polling, "element is stable") then take seconds. So every step
  // first brings its person's page to the front, as a user would switch windows.
  let front: Page = page;
  const inFront = async (ui: PlaygroundPage): Promise<PlaygroundPage> => {
    if (front !== ui.page) {
      await ui.page.bringToFront();
      front = ui.page;
    }
    return ui;
  };
  const session = (ui: PlaygroundPage): UserSession => ({
    page: ui.page,
    send: async (text) => (await inFront(ui)).send(text),
    mentionAndSend: async (text) => (await inFront(ui)).mentionAndSend(text),
    waitForCard: async (text, timeout) => (await inFront(ui)).waitForCard(text, timeout),
    fillInput: async (label, value) => (await inFront(ui)).fillInput(label, value),
    choose: async (label, optionName) => (await inFront(ui)).choose(label, optionName),
    chooseMany: async (label, optionNames) => (await inFront(ui)).chooseMany(label, optionNames),
    setToggle: async (title, on) => (await inFront(ui)).setToggle(title, on),
    clickAction: async (title) => (await inFront(ui)).clickAction(title),
    openConversation: async (name) => (await inFront(ui)).openConversation(name),
    lastBotText: async (timeout) => (await inFront(ui)).lastBotText(timeout),
    screenshot: async (path, target) => (await inFront(ui)).screenshot(path, target),
  });

  return {
    ...session(ui),
    botUrl: running.bot.url,
    playgroundUrl: () => running.playground.url,
    config: () => config,
    async openAs(name) {
      const dir = join(tempRoot, `playground-${others.length + 2}`);
      mkdirSync(dir);
      writeFileSync(join(dir, CONFIG_FILE), withCurrentUser(originalYaml, name));
      const other = await startPlayground({ cwd: dir, botEndpoint: running.botEndpoint, port: await freePort() });
      others.push(other);
      const otherUi = new PlaygroundPage(await running.context.newPage(), config.botName);
      front = otherUi.page;
      try {
        await unlessExited(otherUi.open(other.url, name), [running.bot.proc, other.proc]);
      } catch (error) {
        throw new Error(`Second Playground page did not become ready as ${name}: ${(error as Error).message}\n${diagnostics()}`);
      }
      return session(otherUi);
    },
    async switchUser(name) {
      config = writeConfig(name);
      const port = running.playground.port;
      await running.playground.stop();
      // Ask for the same port; if it is gone, startPlayground reads the new one from stdout.
      running.playground = await startPlayground({ cwd: playgroundDir, botEndpoint: running.botEndpoint, port });
      playground = running.playground;
      await inFront(ui);
      await openPlayground();
    },
    diagnostics,
    stop,
  };
}
