// Builds the Teams app package manifest/build/rc-bot.zip from
// manifest/manifest.template.json, validating everything offline first.
//   BOT_ID=<guid> BOT_DOMAIN=rc-bot.example.se node dist/scripts/package-app.js
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assemblePackage } from './app-package/assemble.js';
import { readPackageConfig, type Env } from './app-package/config.js';
import { defaultPackagePath, manifestDir, projectRoot } from './app-package/paths.js';

export { assemblePackage, TEMPLATE_FILE } from './app-package/assemble.js';
export { DEFAULT_TEAMS_APP_ID, readPackageConfig, type PackageConfig } from './app-package/config.js';
export { fillTemplate, placeholderValues } from './app-package/fill.js';
export { loadBundledSchema, validateAgainstBundledSchema } from './app-package/validate.js';
export { buildAppPackage } from './app-package/zip.js';

export interface PackageAppOptions {
  /** Folder with the template, icons and localization files. Default: manifest/. */
  manifestDir?: string;
  /** Where the zip goes. Default: manifest/build/rc-bot.zip. */
  outFile?: string;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

/** The whole CLI as a function of its environment; returns the exit code. */
export async function main(env: Env, options: PackageAppOptions = {}): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(line));
  const error = options.error ?? ((line: string) => console.error(line));

  const config = readPackageConfig(env);
  if (!config.ok) {
    for (const line of config.errors) error(line);
    return 1;
  }

  try {
    const root = projectRoot();
    const result = await assemblePackage(options.manifestDir ?? manifestDir(root), config.config);
    if (!result.ok) {
      error('The Teams app package was not written:');
      for (const line of result.errors) error(`  ${line}`);
      return 1;
    }
    const outFile = options.outFile ?? defaultPackagePath(root);
    await mkdir(dirname(outFile), { recursive: true });
    await writeFile(outFile, result.zip);
    const shown = relative(process.cwd(), outFile) || outFile;
    log(`Wrote ${shown} (${result.zip.length} bytes: ${result.entries.join(', ')})`);
    return 0;
  } catch (caught) {
    error(`Packaging failed: ${caught instanceof Error ? caught.message : String(caught)}`);
    return 1;
  }
}

// import.meta.url is the resolved path, argv[1] the one typed: compare real paths
// so running through a symlinked checkout still runs main.
const entry = process.argv[1];
if (entry !== undefined && existsSync(entry) && import.meta.url === pathToFileURL(realpathSync(entry)).href) {
  process.exitCode = await main(process.env);
}
