// Company names, as warnings: capitalised words ending in "AB", "HB" or "KB"
// ("Bygg och Montage Svensson AB"). Other workplaces have no shape to find them by.
// Initials in a list are the placeholders of a de-identified text, not a company form:
// "Vårdnadshavare AB och CD", "CD och AB kom".

import { isOrdinaryWord } from '../data/common-words.js';
import type { Finding } from '../types.js';

const COMPANY =
  /(?<![\p{L}\p{M}\p{N}])((?:\p{Lu}[\p{L}\p{M}&'’.-]*[ \u00a0]+(?:(?:och|&|i|på|för)[ \u00a0]+)?){1,5})(?:AB|HB|KB)(?![\p{L}\p{N}])/gu;

/** The list goes on after the form: "AB och CD", "AB, CD". */
const INITIALS_AFTER = /^[ \u00a0]*(?:,|och|&|samt|eller)[ \u00a0]+\p{Lu}{1,2}(?![\p{L}\p{N}])/u;
/** The form ends the list: "CD och AB". */
const INITIALS_BEFORE = /^\p{Lu}{1,2}[ \u00a0]+(?:och|&)[ \u00a0]+$/u;

export function findWorkplaceNames(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(COMPANY)) {
    let start = match.index;
    const words = match[1]!.split(/([ \u00a0]+)/);
    // Skip sentence openers and authorities in front of the company's own name.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: split with a captured separator always gives an odd count, and the last word alone ('') is no ordinary word.
    while (words.length > 2 && isOrdinaryWord(words[0]!)) {
      start += words[0]!.length + words[1]!.length;
      words.splice(0, 2);
    }
    // Stryker disable next-line StringLiteral: split always gives a first word; the fallback is for the type checker
    const first = words[0] ?? '';
    if (first === '' || isOrdinaryWord(first)) continue;
    if (INITIALS_AFTER.test(text.slice(match.index + match[0].length)) || INITIALS_BEFORE.test(words.join(''))) continue;
    findings.push({ kind: 'workplace_name', start, end: match.index + match[0].length });
  }
  return findings;
}
