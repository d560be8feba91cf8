// Writes deploy/generated/containers.json from the containers defined in code, for the Bicep
// templates to load: `npm run deploy:containers` after changing services/storage/containers.ts
// (test/deploy/containers.test.ts fails until the committed file matches the code).
import { existsSync, realpathSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deployedContainersJson } from '../services/storage/cosmos/layout.js';
import { projectRoot } from './app-package/paths.js';

export const CONTAINERS_JSON = join('deploy', 'generated', 'containers.json');

export async function writeContainersJson(root = projectRoot()): Promise<string> {
  const file = join(root, CONTAINERS_JSON);
  await writeFile(file, deployedContainersJson());
  return file;
}

const entry = process.argv[1];
if (entry !== undefined && existsSync(entry) && import.meta.url === pathToFileURL(realpathSync(entry)).href) {
  console.log(`Wrote ${await writeContainersJson()}`);
}
