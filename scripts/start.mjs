// `npm start`: builds only what changed (build.mjs), then runs dist/scripts/start.js in this
// same process, so a SIGTERM or Ctrl+C sent to `npm start` (an IDE's stop button, a process
// manager) reaches the code that stops the bot and the Playgrounds. Plain JavaScript: it runs
// before anything is compiled.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfChanged, stopBuild } from './build.mjs';

// npm runs this through `sh -c`, and npm passes a SIGTERM to that shell only, which dies
// without passing it on. Orphaned, this process would keep the bot and the Playgrounds running
// with their ports held, so it watches for its parent going away and stops as if told to.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
}, 250).unref();

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
// While building: stop the build and leave. Once started, start.js has its own handlers.
const whileBuilding = (signal) => {
  stopBuild(signal);
  process.exit(130);
};
for (const signal of SIGNALS) process.on(signal, whileBuilding);

const code = await buildIfChanged();
if (code !== 0) process.exit(code);
for (const signal of SIGNALS) process.off(signal, whileBuilding);
await import(pathToFileURL(join(import.meta.dirname, '..', 'dist', 'scripts', 'start.js')).href);
