// Just enough Bicep reading for consistency tests, where no Bicep compiler is available:
// comments out, resource declarations, object literals' keys and single-quoted values.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const DEPLOY = join(ROOT, 'deploy');

export function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** Every file under deploy/ (relative to the project root), generated JSON included. */
export function deployFiles(dir = DEPLOY): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? deployFiles(join(dir, entry.name)) : [relative(ROOT, join(dir, entry.name))],
  );
}

/** The text without // and /* *\/ comments; strings (single-quoted, \' escapes) are kept. */
export function withoutComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      const start = i;
      for (i++; i < text.length && text[i] !== "'"; i++) if (text[i] === '\\') i++;
      out += text.slice(start, i + 1);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1;
    } else out += c;
  }
  return out;
}

export interface ResourceDeclaration {
  symbol: string;
  type: string;
  apiVersion: string;
}

export function resources(bicep: string): ResourceDeclaration[] {
  return [...withoutComments(bicep).matchAll(/^\s*resource\s+(\w+)\s+'([^'@]+)@([^']+)'/gm)].map((m) => ({
    symbol: m[1]!,
    type: m[2]!,
    apiVersion: m[3]!,
  }));
}

/** The balanced { … } that follows `opening` (e.g. "var appSettings = "). */
export function objectAfter(bicep: string, opening: string): string {
  const text = withoutComments(bicep);
  const at = text.indexOf(opening);
  if (at < 0) throw new Error(`"${opening}" not found`);
  const start = text.indexOf('{', at);
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  throw new Error(`unbalanced braces after "${opening}"`);
}

/** Top-level keys of an object literal, with the raw expression each is set to. */
export function topLevelEntries(object: string): Map<string, string> {
  const entries = new Map<string, string>();
  let depth = 0;
  for (const line of object.split('\n')) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*)$/.exec(line);
    if (depth === 1 && m) entries.set(m[1]!, m[2]!.trim());
    for (const c of line) {
      if (c === '{' || c === '[') depth++;
      if (c === '}' || c === ']') depth--;
    }
  }
  return entries;
}

/** Every value a property is set to with a single-quoted literal, e.g. healthCheckPath. */
export function literalValues(bicep: string, property: string): string[] {
  const pattern = new RegExp(`^\\s*${property}\\s*:\\s*'([^']*)'`, 'gm');
  return [...withoutComments(bicep).matchAll(pattern)].map((m) => m[1]!);
}

export function plainValues(bicep: string, property: string): string[] {
  const pattern = new RegExp(`^\\s*${property}\\s*:\\s*(.+)$`, 'gm');
  return [...withoutComments(bicep).matchAll(pattern)].map((m) => m[1]!.trim());
}
