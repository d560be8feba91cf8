// The product owner's boundaries, checked on every run: only bot/ may import botbuilder
// (so a move to the Teams SDK v2 touches one folder), cards never reach storage,
// services never build cards, and the tab takes only types from the server.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  const abs = join(root, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(abs, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sourceFiles(relative(root, path));
    return /\.(ts|mts|js|mjs)$/.test(name) ? [relative(root, path)] : [];
  });
}

function importsOf(file: string, { valuesOnly = false } = {}): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const statements = [...text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+['"]([^'"]+)['"]/gms)];
  const fromStatements = statements.filter((m) => !(valuesOnly && m[2])).map((m) => m[3] ?? '');
  const dynamic = [...text.matchAll(/(?:import\s*\(\s*|require\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
  return [...fromStatements, ...dynamic];
}

describe('module boundaries', () => {
  it('only bot/ imports botbuilder', () => {
    // The benchmark's echo bot is botbuilder's own floor, measured next to the RC bot; never shipped.
    const floor = 'scripts/bench-turns/echo-bot.ts';
    const offenders = ['cards', 'services', 'scripts', 'tab'].flatMap(sourceFiles).filter((f) =>
      f !== floor && importsOf(f).some((i) => i.startsWith('botbuilder') || i.startsWith('botframework')),
    );
    expect(offenders).toEqual([]);
  });

  it('cards are pure: they may name domain types, but import no code from services or bot', () => {
    const offenders = sourceFiles('cards').filter((f) =>
      importsOf(f, { valuesOnly: true }).some((i) => /\/(services|bot)\//.test(i) || i.startsWith('node:')),
    );
    expect(offenders).toEqual([]);
  });

  it('cards take view models: not even the type of a stored record or a storage document', () => {
    const persistence = /\/services\/(storage\/|consultation\/(record|submission-keys|change-marks)\.js|sessions\/model\.js|directory\/directory-store\.js)/;
    const offenders = sourceFiles('cards').filter((f) => importsOf(f).some((i) => persistence.test(i)));
    expect(offenders).toEqual([]);
  });

  it('bot handlers take parsed input: no route hands raw card data on', () => {
    const routes = sourceFiles('bot').filter((f) => f.endsWith('.routes.ts'));
    expect(routes.length).toBeGreaterThan(10);
    const offenders = routes.filter((f) => /\bRecord<string, unknown>|\.data\b/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the tab shows text as text: no markup is ever built from strings', () => {
    const offenders = sourceFiles('tab/src').filter((f) => /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write)\b/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('services never build cards', () => {
    const offenders = sourceFiles('services').filter((f) => importsOf(f).some((i) => /\/cards\//.test(i) || /\/bot\//.test(i)));
    expect(offenders).toEqual([]);
  });

  it("the tab shares the statistics API's types with the server, and takes no server code into its bundle", () => {
    const tab = sourceFiles('tab/src');
    expect(tab.filter((f) => importsOf(f).some((i) => i.includes('/services/statistics/api-types.js'))).length).toBeGreaterThan(0);
    const offenders = tab.filter((f) => importsOf(f, { valuesOnly: true }).some((i) => /\/(services|bot)\//.test(i)));
    expect(offenders).toEqual([]);
  });
});
