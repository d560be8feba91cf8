// Probable names of people, as warnings: first names from the built-in list (also in
// the genitive, "Saras"), surnames by their shape (-sson as in "Olsson", -ović/-ić,
// Al-…), and any capitalised word after "heter", "kallas", "familjen" or a form's label
// ("Namn:"). A found name swallows the capitalised words right after it, so "Ahmed
// Al-Rashid" is one finding.

import { isOrdinaryWord } from '../data/common-words.js';
import { AMBIGUOUS_NAMES, FIRST_NAMES } from '../data/first-names.js';
import { isSentenceStart, precededBy, previousWord } from '../text-context.js';
import type { Finding } from '../types.js';
import { PLACE_NAMES } from './places.js';

const CAPITALISED = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?![\p{L}\p{M}\p{N}])/gu;
const SURNAME_SHAPE = /^(?:\p{Lu}\p{Ll}+sson|\p{Lu}[\p{Ll}\p{M}]+(?:ić|ovic|evic)|(?:Al|El|Abu|Abd|Bin|Ibn)-\p{Lu}[\p{Ll}\p{M}]+)$/u;
const NAMING_WORDS = new Set([
  'heter', 'hette', 'kallas', 'kallad', 'kallades', 'kallar', 'namn', 'namnet', 'förnamn',
  'efternamn', 'tilltalsnamn', 'familjen', 'familj', 'släkten',
]);
/** A form's label: "Namn: Zeynep", "Efternamn : Yilmaz", "Smeknamn: Mimi". */
const LABEL = /namn[ \u00a0]*:[ \u00a0]*$/iu;
const LINKING_WORDS = new Set(['är', 'var', 'blir', 'blev', 'för']);
const PLACE_PREPOSITIONS = new Set(['i', 'från', 'till', 'in', 'mot', 'utanför', 'nära', 'kring']);

function isLikelyName(text: string, word: string, start: number, end: number): boolean {
  const nfc = word.normalize('NFC');
  const base = FIRST_NAMES.has(nfc) ? nfc : nfc.endsWith('s') && FIRST_NAMES.has(nfc.slice(0, -1)) ? nfc.slice(0, -1) : undefined;
  const before = previousWord(text, start);
  // Stryker disable next-line StringLiteral: no word list holds '' or any other text that is no word
  const beforeWord = before?.word.toLowerCase() ?? '';
  // "heter Zeynep", "familjen Andersson", "efternamn är Yilmaz", "kallas för Mimi".
  // Stryker disable StringLiteral: as above
  const naming =
    precededBy(text, start, LABEL, 20) ||
    NAMING_WORDS.has(beforeWord) ||
    (LINKING_WORDS.has(beforeWord) && NAMING_WORDS.has(previousWord(text, before!.start)?.word.toLowerCase() ?? ''));
  // Stryker restore StringLiteral
  if ((naming || SURNAME_SHAPE.test(nfc)) && !isOrdinaryWord(nfc)) return true;
  if (base === undefined) return false;
  if (AMBIGUOUS_NAMES.has(base) && isSentenceStart(text, start)) return false;
  if (PLACE_NAMES.has(base)) {
    const after = text.slice(end, end + 8).trimStart().toLowerCase();
    if (PLACE_PREPOSITIONS.has(beforeWord) || after.startsWith('kommun')) return false;
  }
  return true;
}

export function findPersonalNames(text: string): Finding[] {
  const words = [...text.matchAll(CAPITALISED)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const findings: Finding[] = [];
  for (let i = 0; i < words.length; i++) {
    const { word, start } = words[i]!;
    let { end } = words[i]!;
    if (!isLikelyName(text, word, start, end)) continue;
    // Take the surname along: capitalised words separated by one space.
    while (i + 1 < words.length) {
      const next = words[i + 1]!;
      if (!/^[ \u00a0]$/.test(text.slice(end, next.start)) || isOrdinaryWord(next.word)) break;
      end = next.end;
      i++;
    }
    findings.push({ kind: 'personal_name', start, end });
  }
  return findings;
}
