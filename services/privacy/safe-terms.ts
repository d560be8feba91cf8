// Phrases that contain name-like words but name an institution, not a person
// ("Astrid Lindgrens barnsjukhus", "Maria Ungdom"), plus the deployment's own
// knownSafeTerms. Findings wholly inside one of these spans are dropped.

import { BoundedMap } from '../bounded.js';
import { asOneByte } from './one-byte.js';
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

// The deployment's terms are a few lists (each RC's functional contacts) asked for again on
// every answer: their pattern, built from one-byte copies, was half of an answer's identifier
// check. Made once per list; past the bound it starts over.
const MAX_TERM_LISTS = 1_000;
const termPatterns = new BoundedMap<string, RegExp | null>(MAX_TERM_LISTS);

/**
 * Where the terms occur in `text`. `oneByte`: `text` is check.ts's one-byte copy, so the terms
 * are looked for as the same copies of themselves.
 */
export function knownSafeSpans(text: string, terms: readonly string[] | undefined, oneByte = false): Span[] {
  if (terms === undefined) return [];
  const key = `${oneByte ? 1 : 0}${JSON.stringify(terms)}`;
  let pattern = termPatterns.get(key);
  if (pattern === undefined) {
    pattern = termPattern(oneByte ? terms.map(asOneByte) : terms) ?? null;
    termPatterns.set(key, pattern);
  }
  return spans(text, pattern ?? undefined);
}

export function isInside(finding: Finding, within: readonly Span[]): boolean {
  return within.some((s) => s.start <= finding.start && finding.end <= s.end);
}
