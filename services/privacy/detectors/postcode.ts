// Postcodes, wherever they stand. Written "123 45" (three digits, a space, two) the number
// is a postcode by its shape alone: Swedish amounts and counts are grouped in threes from
// the right ("12 345"), so that split means a postcode, unless a unit follows ("120 15
// år"), a reference label precedes it, or it is one of the public service numbers 114 14
// and 113 13. Written "12345" it is too common (amounts, counts) and needs a sign: the
// "SE-" prefix, a postcode word before it, also inside a compound ("postnummerområdet
// 41505"), a place before or after it ("Malmö 21145", "21145 Malmö"), or a compound
// after it ("41505-området"). A sign counts for 114 14 and 113 13 too: they are also
// Stockholm postcodes ("114 14 Stockholm").

import { isOrdinaryWord } from '../data/common-words.js';
import { nextWord, precededBy, previousWord } from '../text-context.js';
import type { Finding } from '../types.js';
import { PLACE_NAMES } from './places.js';
import { REFERENCE_CONTEXT } from './reference-context.js';
import { UNIT_AFTER } from './units.js';

const CANDIDATE =
  /(?<![\p{N}+\-./,]|\p{L}|\d[ \u00a0\-\u2013:])((?:SE|S)[ \u00a0]?[-\u2013]?[ \u00a0]?)?([1-9]\d{2})([ \u00a0]?)(\d{2})(?![\p{N}]|[ \u00a0\-\u2013]\d|[.,:]\d)/gu;
// The police's and the accident information line's numbers. (116 111 and 116 000 are six
// digits and never a candidate.)
const SERVICE_NUMBERS = new Set(['11414', '11313']);
// A postcode word, alone or as the start of a compound, up to two words before the number.
const KEYWORD =
  /(?<![\p{L}])(?:post(?:nummer|numr|nr|ort|adress|kod|område)\p{L}*|post nr|box \d+,?)(?:[\s:.,]+\p{L}+){0,2}[\s:.,]*$/iu;
// Stryker disable next-line Regex: tested on the two characters after the number, where a dash and a letter can only stand at the start
const COMPOUND_AFTER = /^[-\u2013]\p{L}/u;
const LOWER_PLACES: ReadonlySet<string> = new Set([...PLACE_NAMES].map((p) => p.toLowerCase()));

function isPlaceLike(word: string): boolean {
  return (/^\p{Lu}/u.test(word) && !isOrdinaryWord(word)) || LOWER_PLACES.has(word.toLowerCase());
}

function hasSign(text: string, start: number, end: number): boolean {
  const after = nextWord(text, end);
  const before = previousWord(text, start);
  return (
    (after !== undefined && /^,?[ \u00a0]+$/.test(text.slice(end, after.start)) && isPlaceLike(after.word)) ||
    COMPOUND_AFTER.test(text.slice(end, end + 2)) ||
    precededBy(text, start, KEYWORD, 40) ||
    (before !== undefined && LOWER_PLACES.has(before.word.toLowerCase()))
  );
}

export function findPostcodes(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    // Stryker disable next-line StringLiteral: the three groups always take part in a match (the space one possibly empty); the defaults only satisfy the type checker
    const [whole, prefix, first = '', space = '', second = ''] = match;
    const start = match.index;
    const end = start + whole.length;
    let found = prefix !== undefined;
    if (!found && !precededBy(text, start, REFERENCE_CONTEXT, 30)) {
      const byShape = space !== '' && !SERVICE_NUMBERS.has(first + second) && !UNIT_AFTER.test(text.slice(end, end + 16));
      found = byShape || hasSign(text, start, end);
    }
    if (found) findings.push({ kind: 'postcode', start, end });
  }
  return findings;
}
