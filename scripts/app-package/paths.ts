import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, found by walking up to package.json. The same module
 * runs from scripts/ under vitest and from dist/scripts/ after the build, so a
 * fixed number of "../" would be wrong in one of the two.
 */
export function projectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export function manifestDir(root: string = projectRoot()): string {
  return join(root, 'manifest');
}

export function defaultPackagePath(root: string = projectRoot()): string {
  return join(manifestDir(root), 'build', 'rc-bot.zip');
}
