// Builds dist/vendor/cosmos-sdk.mjs: the installed @azure/cosmos and what it imports, as one ES
// module, which services/storage/cosmos/cosmos-sdk.ts loads in place of the package. The package
// is hundreds of small modules (its own 331, then @azure/core-*, ts-http-runtime): importing it
// took 182-201 ms of a Cosmos start on these machines, one file 35-36 ms (issue #14's cold
// start). Same code and version: built from node_modules whenever package-lock.json changes.
// Run: node scripts/bundle-cosmos-sdk.mjs
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = createRequire(join(ROOT, 'package.json'))('@azure/cosmos/package.json');

await build({
  // Resolved as an import resolves it (the package's ES build), not as require would.
  stdin: { contents: "export * from '@azure/cosmos';", resolveDir: ROOT, sourcefile: 'cosmos-sdk-entry.mjs' },
  outfile: join(ROOT, 'dist', 'vendor', 'cosmos-sdk.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Some of its CommonJS dependencies call require(): in an ES module it has to be made.
  banner: { js: `// @azure/cosmos ${version}, bundled by scripts/bundle-cosmos-sdk.mjs\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);` },
  legalComments: 'eof',
  logLevel: 'warning',
});
