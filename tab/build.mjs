// Builds the "Statistik" tab into dist/tab/: tab/src/main.ts bundled with esbuild (teams-js
// and Chart.js included, nothing from a CDN), plus index.html and tab.css. The bot serves
// the folder at /tab/. Run: node tab/build.mjs
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const tabDir = dirname(fileURLToPath(import.meta.url));
const outDir = join(tabDir, '..', 'dist', 'tab');

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
const result = await build({
  entryPoints: [join(tabDir, 'src', 'main.ts')],
  outfile: join(outDir, 'main.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
});
await copyFile(join(tabDir, 'index.html'), join(outDir, 'index.html'));
await copyFile(join(tabDir, 'tab.css'), join(outDir, 'tab.css'));

const bytes = result.metafile.outputs[Object.keys(result.metafile.outputs).find((f) => f.endsWith('main.js'))].bytes;
console.log(`tab built: ${outDir} (main.js ${(bytes / 1024).toFixed(1)} kB)`);
