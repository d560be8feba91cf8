// Postcodes, wherever they stand. Written "123 45" (three digits, a space, two) the number
// is a postcode by its shape alone: Swedish amounts and counts are grouped in threes from
// the right ("12 345"), so that split means a postcode, unless a unit follows ("120 15
// år"), a reference label precedes it, or it is one of the public service numbers 114 14
// and 113 13. Written "12345" it is too common (amounts, counts) and needs a sign: the
// "SE-" prefix, a postcode word before it, also inside a compound ("postnummerområdet
// 41505"), a place before or after it ("Malmö 21145", "21145 Malmö"), or a compound
// after it ("41505-området").

import { isOrdinaryWord } from '../data/common-words.js';
import { nextWord, precededBy, previousWord } from '../text-context.js';
import type { Finding } from '../types.js';
import { PLACE_NAMES } from './places.js';
import { REFERENCE_CONTEXT } from './reference-context.js';
import { UNIT_AFTER } from './units.js';

const CANDIDATE =
  /(?<![\p{N}+\-./,]|\p{L}|\d[ \u00a0\-\u2013:])((?:SE|S)[ \u00a0]?[-\u2013]?[ \u00a0]?)?([1-9]\d{2})([ \u00a0]?)(\d{2})(?![\p{N}]|[ \u00a0\-\u2013]\d|[.,:]\d)/gu;
const SERVICE_NUMBERS = new Set(['11414', '11313', '11611', '11600']);
// A postcode word, alone or as the start of a compound, up to two words before the number.
const KEYWORD =
  /(?<![\p{L}])(?:post(?:nummer|numr|nr|ort|adress|kod|område)\p{L}*|post nr|box \d+,?)(?:[\s:.,]+\p{L}+){0,2}[\s:.,]*$/iu;
const COMPOUND_AFTER = /^[-\u2013]\p{L}/u;
const LOWER_PLACES: ReadonlySet<string> = new Set([...PLACE_NAMES].map((p) => p.toLowerCase()));

function isPlaceLike(word: string): boolean {
  return (/^\p{Lu}/u.test(word) && !isOrdinaryWord(word)) || LOWER_PLACES.has(word.toLowerCase());
}

function hasSign(text: string, start: number, end: number): boolean {
  const after = nextWord(text, end);
  const gap = after ? text.slice(end, after.start) : '';
  const before = previousWord(text, start);
  return (
    (after !== undefined && /^,?[ \u00a0]+$/.test(gap) && isPlaceLike(after.word)) ||
    COMPOUND_AFTER.test(text.slice(end, end + 2)) ||
    precededBy(text, start, KEYWORD, 40) ||
    (before !== undefined && LOWER_PLACES.has(before.word.toLowerCase()))
  );
}

export function findPostcodes(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [whole, prefix, first = '', space = '', second = ''] = match;
    const start = match.index;
    const end = start + whole.length;
    let found = prefix !== undefined;
    if (!found && !SERVICE_NUMBERS.has(first + second) && !precededBy(text, start, REFERENCE_CONTEXT, 30)) {
      found = (space !== '' && !UNIT_AFTER.test(text.slice(end, end + 16))) || hasSign(text, start, end);
    }
    if (found) findings.push({ kind: 'postcode', start, end });
  }
  return findings;
}
