// Postcodes: "123 45" or "12345" next to a place ("211 45 Malmö", "Malmö 211 45"),
// after "postnummer", or with the "SE-" prefix. Five digits alone are too common
// (amounts, counts) to flag, and the public service numbers 114 14 and 113 13 are
// followed by capitalised words often enough ("ring 114 14 Polisen") to exclude.

import { isOrdinaryWord } from '../data/common-words.js';
import { nextWord, precededBy, previousWord } from '../text-context.js';
import type { Finding } from '../types.js';
import { PLACE_NAMES } from './places.js';
import { REFERENCE_CONTEXT } from './reference-context.js';

const CANDIDATE =
  /(?<![\p{N}+\-./,]|\p{L}|\d[ \u00a0\-\u2013:])((?:SE|S)[ \u00a0]?[-\u2013]?[ \u00a0]?)?([1-9]\d{2})[ \u00a0]?(\d{2})(?![\p{N}]|[ \u00a0\-\u2013]\d|[.,:]\d)/gu;
const SERVICE_NUMBERS = new Set(['11414', '11313', '11611', '11600']);
const KEYWORD = /(?<![\p{L}])(postnummer|postnumret|postnr|post nr|postort|box \d+,?)[\s:.]*$/iu;

function isPlaceLike(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !isOrdinaryWord(word);
}

export function findPostcodes(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [whole, prefix, first = '', second = ''] = match;
    const start = match.index;
    const end = start + whole.length;
    let found = prefix !== undefined;
    if (!found && !SERVICE_NUMBERS.has(first + second) && !precededBy(text, start, REFERENCE_CONTEXT, 30)) {
      const after = nextWord(text, end);
      const gap = after ? text.slice(end, after.start) : '';
      const before = previousWord(text, start);
      found =
        (after !== undefined && /^,?[ \u00a0]+$/.test(gap) && isPlaceLike(after.word)) ||
        precededBy(text, start, KEYWORD, 25) ||
        (before !== undefined && PLACE_NAMES.has(before.word));
    }
    if (found) findings.push({ kind: 'postcode', start, end });
  }
  return findings;
}
