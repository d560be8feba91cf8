// Phrases that contain name-like words but name an institution, not a person
// ("Astrid Lindgrens barnsjukhus", "Maria Ungdom"), plus the deployment's own
// knownSafeTerms. Findings wholly inside one of these spans are dropped.

import type { Finding } from './types.js';

/** Built in: only ever silence warnings. */
export const INSTITUTIONS: readonly string[] = [
  'Astrid Lindgrens barnsjukhus',
  'Maria Ungdom',
  'Sankt Görans sjukhus',
  'Sankt Göran',
  'S:t Görans sjukhus',
  'S:t Göran',
];

export interface Span {
  start: number;
  end: number;
}

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function termPattern(terms: readonly string[]): RegExp | undefined {
  const usable = terms.map((t) => t.trim()).filter((t) => t.length > 0);
  if (usable.length === 0) return undefined;
  // Longest first so "Drottning Silvias barn- och ungdomssjukhus" beats its prefix.
  const alternatives = usable.sort((a, b) => b.length - a.length).map(escape).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
}

const INSTITUTION_PATTERN = termPattern(INSTITUTIONS)!;

function spans(text: string, pattern: RegExp | undefined): Span[] {
  if (pattern === undefined) return [];
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function institutionSpans(text: string): Span[] {
  return spans(text, INSTITUTION_PATTERN);
}

export function knownSafeSpans(text: string, terms: readonly string[] | undefined): Span[] {
  return spans(text, terms ? termPattern(terms) : undefined);
}

export function isInside(finding: Finding, within: readonly Span[]): boolean {
  return within.some((s) => s.start <= finding.start && finding.end <= s.end);
}
