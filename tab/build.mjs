// Builds the "Statistik" tab into dist/tab/: tab/src/main.ts bundled with esbuild (teams-js
// and Chart.js included, nothing from a CDN), plus index.html, tab.css and the favicon. The
// bot serves the folder at /tab/. Run: node tab/build.mjs
//
// teams-js 2.58 fetches its list of valid host origins from Microsoft's CDN as soon as it is
// loaded (internal/validOrigins.js, prefetchOriginsFromCDN; no option turns it off), and falls
// back to the copy it ships when that fails. The bundle asks the bot for that same shipped
// copy instead (valid-domains.json next to index.html), so the tab makes no request outside
// the bot's origin and still checks its host against Microsoft's list.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const tabDir = dirname(fileURLToPath(import.meta.url));
const outDir = join(tabDir, '..', 'dist', 'tab');
const CDN_LIST = 'new URL("https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json")';
const LOCAL_LIST = 'new URL("valid-domains.json",document.baseURI)';
let shippedList;

/** Points teams-js at the bot's copy of its own origin list; fails the build if teams-js changed. */
const localValidDomains = {
  name: 'teams-js-local-valid-domains',
  setup(b) {
    b.onLoad({ filter: /teams-js[\\/].*[\\/]internal[\\/]constants\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(CDN_LIST)) throw new Error(`teams-js no longer names ${CDN_LIST} in ${args.path}: check how it fetches valid domains before upgrading`);
      shippedList = join(dirname(args.path), '..', 'artifactsForCDN', 'validDomains.json.js');
      return { contents: source.replace(CDN_LIST, LOCAL_LIST), loader: 'js' };
    });
  },
};

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
  plugins: [localValidDomains],
});
if (!shippedList) throw new Error('teams-js constants were not bundled: the valid-domains rewrite did not run');
// The shipped list is an ES module ({ validOrigins: [...] }); the bot serves it as the JSON the CDN would.
const list = await build({ entryPoints: [shippedList], bundle: true, format: 'esm', write: false, logLevel: 'warning' });
const { validOrigins } = await import(`data:text/javascript;base64,${Buffer.from(list.outputFiles[0].text).toString('base64')}`);
if (!Array.isArray(validOrigins) || validOrigins.length === 0) throw new Error(`no valid origins in ${shippedList}`);
await writeFile(join(outDir, 'valid-domains.json'), JSON.stringify({ validOrigins }));
await copyFile(join(tabDir, '..', 'manifest', 'color.png'), join(outDir, 'favicon.png'));
await copyFile(join(tabDir, 'index.html'), join(outDir, 'index.html'));
await copyFile(join(tabDir, 'tab.css'), join(outDir, 'tab.css'));

const bytes = result.metafile.outputs[Object.keys(result.metafile.outputs).find((f) => f.endsWith('main.js'))].bytes;
console.log(`tab built: ${outDir} (main.js ${(bytes / 1024).toFixed(1)} kB)`);
