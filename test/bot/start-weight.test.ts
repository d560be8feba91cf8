// What the bot loads before its first turn (issue #14: idle memory within 1.3× the echo bot's).
// Some packages are heavy and needed only on a rare path, so they are imported on first use:
// botbuilder-dialogs for "hitta rc" without a place (bot/dialogs/lazy-dialogs.ts), the holiday
// parser for a year outside the table (services/time/swedish-holidays.ts), jose for the tab's
// SSO token (bot/tab-auth.ts). A static import anywhere on the way from bot/main.ts would load
// them at start again: this follows the value imports from the entry point and names any such path.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const ON_FIRST_USE = ['botbuilder-dialogs', 'date-holidays-parser', 'jose', '@azure/monitor-opentelemetry', '@azure/cosmos'];

/** Static value imports (not `import type`, not `import()`) of a source file. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^;]*?\s+from\s+)?['"]([^'"]+)['"]/gms)].map((m) => m[1] ?? '');
}

/** Every package reached from the entry points through static imports, with the path that reached it. */
function packagesAtStart(entries: string[]): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, path: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) {
        const source = resolve(dirname(file), specifier).replace(/\.js$/, '.ts');
        if (existsSync(source)) walk(source, [...path, relative(root, source)]);
      } else if (!specifier.startsWith('node:')) {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        if (!reached.has(name)) reached.set(name, path);
      }
    }
  };
  for (const entry of entries) walk(join(root, entry), [entry]);
  return reached;
}

describe('what the bot loads at start', () => {
  it('reaches botbuilder, restify and zod, but none of the packages it loads on first use', () => {
    // main.ts imports the app with import() (after telemetry, which must hook http first).
    const reached = packagesAtStart(['bot/main.ts', 'bot/app.ts']);
    // The walk follows the app: it finds what every turn needs.
    expect([...reached.keys()]).toEqual(expect.arrayContaining(['botbuilder', 'restify', 'zod']));
    const atStart = ON_FIRST_USE.filter((name) => reached.has(name)).map((name) => `${name} via ${reached.get(name)!.join(' → ')}`);
    expect(atStart).toEqual([]);
  });
});
