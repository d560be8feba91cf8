import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { repairSchemaPatterns } from './schema-repair.js';

type Schema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];

const SCHEMA_HOST = 'developer.microsoft.com';
// Same URL shapes the package maps to its bundled copies, including the
// optional locale segment (/en-us/json-schemas/…).
const SCHEMA_PATH = /^(?:\/[a-z]{2}(?:-[a-z]{2})?)?\/json-schemas\/teams\/(v[0-9A-Za-z.]+)\/(MicrosoftTeams(?:\.[A-Za-z]+)?\.schema\.json)$/i;

export class SchemaNotBundledError extends Error {
  override readonly name = 'SchemaNotBundledError';
}

function bundledTeamsSchemaDir(): string {
  const entry = createRequire(import.meta.url).resolve('@microsoft/app-manifest');
  return join(dirname(entry), 'json-schemas', 'teams');
}

/** Schema versions that ship inside @microsoft/app-manifest, e.g. ["v1.0", …, "v1.30", "vDevPreview"]. */
export async function bundledTeamsSchemaVersions(): Promise<string[]> {
  const entries = await readdir(bundledTeamsSchemaDir(), { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}

/**
 * Loads the bundled copy of a Teams schema by its public URL. Unlike the
 * package's own fetchSchema, this never falls back to the network: an unknown
 * or unbundled URL is an error, so validation behaves the same offline and in CI.
 */
export async function loadBundledSchema(schemaUrl: string): Promise<Schema> {
  let url: URL;
  try {
    url = new URL(schemaUrl);
  } catch {
    throw new SchemaNotBundledError(`$schema is not a URL: "${schemaUrl}"`);
  }
  const match = url.hostname === SCHEMA_HOST ? SCHEMA_PATH.exec(url.pathname) : null;
  if (!match) {
    throw new SchemaNotBundledError(
      `$schema "${schemaUrl}" is not a Teams schema URL (https://${SCHEMA_HOST}/json-schemas/teams/vX.Y/MicrosoftTeams….schema.json); it will not be fetched.`,
    );
  }
  const [, version = '', file = ''] = match;
  const versions = await bundledTeamsSchemaVersions();
  const bundledVersion = versions.find((v) => v.toLowerCase() === version.toLowerCase());
  if (!bundledVersion) {
    throw new SchemaNotBundledError(
      `$schema version ${version} is not bundled with @microsoft/app-manifest (newest bundled: ${newestStable(versions)}); it will not be fetched.`,
    );
  }
  const path = join(bundledTeamsSchemaDir(), bundledVersion, file);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new SchemaNotBundledError(`$schema file ${file} is not bundled for ${bundledVersion}; it will not be fetched.`);
  }
  // The package applies the same text repair before parsing: some published
  // schemas contain \a and \v escapes that JSON.parse rejects.
  const parsed: unknown = JSON.parse(raw.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
  return repairSchemaPatterns(parsed) as Schema;
}

/**
 * Validates a manifest or localization file against the bundled schema its
 * $schema names. Returns the schema's own messages ("/name/short must NOT have
 * more than 30 characters. Details: …"); an empty list means valid.
 */
export async function validateAgainstBundledSchema(document: unknown): Promise<string[]> {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return ['The document is not a JSON object.'];
  }
  const schemaUrl = (document as { $schema?: unknown }).$schema;
  if (typeof schemaUrl !== 'string') {
    return ['$schema is missing: it must name the Teams schema the file follows.'];
  }
  let schema: Schema;
  try {
    schema = await loadBundledSchema(schemaUrl);
  } catch (error) {
    if (error instanceof SchemaNotBundledError) return [error.message];
    throw error;
  }
  // The package types its input as a Teams or Copilot manifest; the object has
  // not been checked yet (that is what this call does), so it is cast here.
  return AppManifestUtils.validateAgainstSchema(document as AppManifest, schema);
}

/** Highest vX.Y, ignoring previews, for messages. */
export function newestStable(versions: readonly string[]): string {
  const parsed = versions
    .map((v) => ({ v, m: /^v(\d+)\.(\d+)$/.exec(v) }))
    .filter((x): x is { v: string; m: RegExpExecArray } => x.m !== null)
    .sort((a, b) => Number(a.m[1]) - Number(b.m[1]) || Number(a.m[2]) - Number(b.m[2]));
  return parsed.at(-1)?.v ?? 'none';
}
