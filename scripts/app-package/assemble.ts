import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkColorIcon, checkOutlineIcon } from './check-icons.js';
import type { PackageConfig } from './config.js';
import { fillTemplate, placeholderValues } from './fill.js';
import { validateAgainstBundledSchema } from './validate.js';
import { buildAppPackage, isRootFileName, type PackageEntry } from './zip.js';

export const TEMPLATE_FILE = 'manifest.template.json';

export type AssembleResult =
  | { ok: true; manifest: unknown; entries: string[]; zip: Buffer }
  | { ok: false; errors: string[] };

/** The parts of a schema-valid manifest that name files inside the package. */
interface FileReferences {
  icons: { color: string; outline: string };
  localizationInfo?: {
    defaultLanguageFile?: string;
    additionalLanguages?: Array<{ file: string }>;
  };
}

/**
 * Fills the template in `dir`, validates it and every file it names, and only
 * then builds the zip. Any error stops the build, so a package that exists has
 * passed all checks.
 */
export async function assemblePackage(dir: string, config: PackageConfig): Promise<AssembleResult> {
  const values = placeholderValues(config);
  const manifest = fillTemplate(await readFile(join(dir, TEMPLATE_FILE), 'utf8'), values);
  const manifestErrors = await validateAgainstBundledSchema(manifest);
  if (manifestErrors.length > 0) return { ok: false, errors: manifestErrors.map((e) => `manifest.json: ${e.trim()}`) };

  const refs = manifest as FileReferences;
  const languageFiles = [
    ...(refs.localizationInfo?.defaultLanguageFile ? [refs.localizationInfo.defaultLanguageFile] : []),
    ...(refs.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
  ];

  const errors: string[] = [];
  const entries: PackageEntry[] = [];
  const read = async (name: string): Promise<Buffer | undefined> => {
    if (!isRootFileName(name)) {
      errors.push(`manifest.json names "${name}": package files must sit next to manifest.json, without folders.`);
      return undefined;
    }
    try {
      return await readFile(join(dir, name));
    } catch {
      errors.push(`manifest.json names "${name}", but ${join(dir, name)} does not exist.`);
      return undefined;
    }
  };

  const color = await read(refs.icons.color);
  if (color) {
    errors.push(...checkColorIcon(refs.icons.color, color));
    entries.push({ name: refs.icons.color, data: color });
  }
  const outline = await read(refs.icons.outline);
  if (outline) {
    errors.push(...checkOutlineIcon(refs.icons.outline, outline));
    entries.push({ name: refs.icons.outline, data: outline });
  }
  for (const name of languageFiles) {
    const bytes = await read(name);
    if (!bytes) continue;
    const filled = parseLanguageFile(name, bytes.toString('utf8'), values, errors);
    if (filled === undefined) continue;
    const fileErrors = await validateAgainstBundledSchema(filled);
    errors.push(...fileErrors.map((e) => `${name}: ${e.trim()}`));
    entries.push({ name, data: `${JSON.stringify(filled, null, 2)}\n` });
  }

  if (errors.length > 0) return { ok: false, errors };
  const zip = await buildAppPackage(manifest, entries);
  return { ok: true, manifest, entries: ['manifest.json', ...entries.map((e) => e.name)], zip };
}

function parseLanguageFile(
  name: string,
  text: string,
  values: Record<string, string>,
  errors: string[],
): unknown {
  try {
    // Filled like the manifest, so a translated string may name the bot's domain too.
    return fillTemplate(text, values);
  } catch (error) {
    errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
