// The Cosmos DB SDK's classes as the store uses them: from the one-file build of the installed
// package that `npm run build` writes (scripts/bundle-cosmos-sdk.mjs), because importing the
// package's hundreds of modules took 182-201 ms of every Cosmos start and one file takes 33-36 ms
// (issue #14's cold start). Types still come from '@azure/cosmos'. Without a build (a test run
// straight from the sources after a clean), the package itself.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type CosmosSdk = typeof import('@azure/cosmos');

/** dist/vendor/cosmos-sdk.mjs of the checkout holding `from` (dist/… when built, the sources in tests), if built. */
export function cosmosSdkBundle(from = dirname(fileURLToPath(import.meta.url))): string | undefined {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  const file = join(dir, 'dist', 'vendor', 'cosmos-sdk.mjs');
  return existsSync(file) ? file : undefined;
}

export async function loadCosmosSdk(): Promise<CosmosSdk> {
  const bundle = cosmosSdkBundle();
  return bundle ? ((await import(pathToFileURL(bundle).href)) as CosmosSdk) : import('@azure/cosmos');
}
