// `npm run build` and the first step of `npm start`: builds only what changed since the last
// successful build. The TypeScript build (tsc) runs when a .ts or .json file of bot/, cards/,
// services/ or scripts/, tsconfig.json or package-lock.json is newer than it; the one-file
// Cosmos DB client when package-lock.json is; the tab's bundle when tab/ or what it bundles
// (cards/, services/statistics/api-types.ts) is. Each step leaves
// a stamp in dist/ with the time it began. Plain JavaScript: it runs before anything is compiled.
//   node scripts/build.mjs [--force]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

/** Newest modification time (ms) of the files under these paths that `counts` accepts; 0 when none. */
function newest(paths, counts = () => true) {
  let latest = 0;
  const visit = (path) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules' && !entry.startsWith('.')) visit(join(path, entry));
    } else if (stat.mtimeMs > latest && counts(path)) latest = stat.mtimeMs;
  };
  for (const path of paths) visit(join(ROOT, path));
  return latest;
}

const stampTime = (stamp) => (existsSync(stamp) ? statSync(stamp).mtimeMs : 0);

const STEPS = [
  {
    name: 'TypeScript (tsc)',
    stamp: join(DIST, '.build-tsc'),
    outputs: [join(DIST, 'bot', 'main.js'), join(DIST, 'scripts', 'start.js')],
    sources: ['bot', 'cards', 'services', 'scripts', 'tsconfig.json', 'package-lock.json'],
    // What tsc reads: a changed README or .mjs helper in these folders needs no build.
    counts: (file) => /\.(ts|json)$/.test(file) && !file.endsWith('.test.ts'),
    command: [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
  },
  {
    name: 'the Cosmos DB client as one file',
    stamp: join(DIST, '.build-cosmos-sdk'),
    outputs: [join(DIST, 'vendor', 'cosmos-sdk.mjs')],
    sources: ['package-lock.json', 'scripts/bundle-cosmos-sdk.mjs'],
    command: [join(ROOT, 'scripts', 'bundle-cosmos-sdk.mjs')],
  },
  {
    name: 'the Statistik tab',
    stamp: join(DIST, '.build-tab'),
    outputs: [join(DIST, 'tab', 'main.js')],
    sources: ['tab', 'cards', 'services/statistics/api-types.ts', 'manifest/color.png', 'package-lock.json'],
    command: [join(ROOT, 'tab', 'build.mjs')],
  },
];

/** The build step running now, so a signal can stop it. */
let running;

/** Stops a running build step (the caller then exits). */
export function stopBuild(signal) {
  running?.kill(signal);
}

function run(command) {
  return new Promise((resolve) => {
    running = spawn(process.execPath, command, { cwd: ROOT, stdio: 'inherit' });
    running.once('exit', (code, signal) => {
      running = undefined;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Runs the steps whose sources changed; resolves with 0, or the exit code of the step that failed. */
export async function buildIfChanged({ force = false } = {}) {
  for (const step of STEPS) {
    const built = step.outputs.every((file) => existsSync(file)) ? stampTime(step.stamp) : 0;
    if (!force && built > 0 && newest(step.sources, step.counts) <= built) continue;
    console.log(`Bygger / building ${step.name} …`);
    const began = Date.now();
    const code = await run(step.command);
    if (code !== 0) {
      console.error(`Bygget misslyckades / the build of ${step.name} failed (exit ${code}): see above.`);
      return code;
    }
    mkdirSync(DIST, { recursive: true });
    writeFileSync(step.stamp, `${new Date(began).toISOString()}\n`);
    // The stamp takes the time the build began: a file saved during the build is newer, so it builds again.
    utimesSync(step.stamp, began / 1000, began / 1000);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exit(await buildIfChanged({ force: process.argv.includes('--force') }));
}
