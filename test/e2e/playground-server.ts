// Starts Microsoft 365 Agents Playground the way the project always does: telemetry off
// (flag AND statsbeat env), no browser auto-open, loopback only, from a folder holding the
// mock-world config, so its devTools/ log lands in that folder too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { httpOk, startProcess, waitUntil, type Proc } from './processes.js';

export interface PlaygroundServer {
  readonly proc: Proc;
  readonly port: number;
  readonly url: string;
  /** The Playground's own log; config errors only show up here. */
  readonly logFile: string;
  log(): string;
  stop(): Promise<void>;
}

function playgroundCli(): string {
  const packageJson = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/package.json');
  const bin = (JSON.parse(readFileSync(packageJson, 'utf8')) as { bin: Record<string, string> }).bin['agentsplayground'];
  return join(dirname(packageJson), bin ?? 'cli.js');
}

export async function startPlayground(options: { cwd: string; botEndpoint: string; port: number }): Promise<PlaygroundServer> {
  const args = [playgroundCli(), '-e', options.botEndpoint, '-c', 'msteams', '--disable-telemetry', '-p', String(options.port)];
  const proc = startProcess('Agents Playground', process.execPath, args, {
    cwd: options.cwd,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
      TEAMSAPPTESTER_BROWSER: 'none',
    },
  });
  const logFile = join(options.cwd, 'devTools', 'm365agentsplayground.log');
  const log = (): string => {
    try {
      return readFileSync(logFile, 'utf8');
    } catch {
      return '(no devTools/m365agentsplayground.log yet)';
    }
  };
  // The Playground silently picks a random port when the asked one is taken: trust stdout.
  const listening = (): number | undefined => {
    const match = /Listening on (\d+)/.exec(proc.output());
    return match ? Number(match[1]) : undefined;
  };
  try {
    await waitUntil(proc, '"Listening on <port>" line', () => listening() !== undefined, 15_000);
    const port = listening() ?? 0;
    await waitUntil(proc, 'HTTP 200 on /', () => httpOk(`http://127.0.0.1:${port}/`), 10_000);
    return { proc, port, url: `http://localhost:${port}/`, logFile, log, stop: () => proc.stop() };
  } catch (error) {
    await proc.stop();
    throw new Error(`${(error as Error).message}\n--- Playground output ---\n${proc.output()}\n--- ${logFile} ---\n${log()}`);
  }
}
