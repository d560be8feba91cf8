// The Cosmos DB client the store loads: the one-file build of the installed package, which
// `npm run build` writes (scripts/bundle-cosmos-sdk.mjs) so a Cosmos start does not import
// hundreds of modules; the package itself where no build is.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as installed from '@azure/cosmos';
import { cosmosSdkBundle, loadCosmosSdk } from '../../services/storage/cosmos/cosmos-sdk.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the Cosmos DB client the store loads', () => {
  it('is the installed package built into one file: its version, every export', async () => {
    const bundle = cosmosSdkBundle();
    expect(bundle, 'dist/vendor/cosmos-sdk.mjs: run npm run build').toBeDefined();
    const { version } = createRequire(import.meta.url)('@azure/cosmos/package.json') as { version: string };
    expect(readFileSync(bundle as string, 'utf8').split('\n', 1)[0]).toBe(`// @azure/cosmos ${version}, bundled by scripts/bundle-cosmos-sdk.mjs`);
    const loaded = await loadCosmosSdk();
    expect(Object.keys(loaded).sort()).toEqual(Object.keys(installed).sort());
    // The one file, not the package: its own copy of the client class.
    expect(loaded.CosmosClient).not.toBe(installed.CosmosClient);
  });

  it('is the package itself in a checkout that has not been built', () => {
    const root = mkdtempSync(join(tmpdir(), 'rc-cosmos-sdk-'));
    folders.push(root);
    writeFileSync(join(root, 'package.json'), '{}');
    mkdirSync(join(root, 'services', 'storage', 'cosmos'), { recursive: true });
    expect(cosmosSdkBundle(join(root, 'services', 'storage', 'cosmos'))).toBeUndefined();
    mkdirSync(join(root, 'dist', 'vendor'), { recursive: true });
    writeFileSync(join(root, 'dist', 'vendor', 'cosmos-sdk.mjs'), '');
    expect(cosmosSdkBundle(join(root, 'dist', 'services', 'storage', 'cosmos'))).toBe(join(root, 'dist', 'vendor', 'cosmos-sdk.mjs'));
  });
});
