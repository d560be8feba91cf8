// School names, as warnings: a compound on -skolan/-skola/-gymnasiet ("Kvarnbyskolan")
// or capitalised words before a school word ("Rosendals gymnasium", "Internationella
// Engelska Skolan"). Kinds of school ("Förskolan", "Grundsärskolan", "Koranskolan")
// and phrases like "Den skolan" name no particular school and pass.

import { COMMON_WORDS } from '../data/common-words.js';
import type { Finding } from '../types.js';

const COMPOUND = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}-]+?(?:skolan|skola|gymnasiet|gymnasium)(?![\p{L}\p{M}])/gu;
const SCHOOL_WORD =
  '(?:[Ss]kolan|[Ss]kola|[Gg]ymnasiet|[Gg]ymnasium|[Ff]örskolan|[Ff]örskola|[Gg]rundskolan|[Gg]rundskola|[Ff]riskolan|[Ff]riskola|[Hh]ögstadieskolan|[Hh]ögstadieskola|[Ff]olkhögskola)';
const SEPARATE = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}])((?:\p{Lu}[\p{L}\p{M}-]+[ \u00a0]+){0,2}\p{Lu}[\p{L}\p{M}-]+)[ \u00a0]+${SCHOOL_WORD}(?![\p{L}\p{M}])`,
  'gu',
);

/** Kinds of school, not schools. Lower case. */
// Stryker disable Regex: the list below has single spaces and line breaks only
const GENERIC = new Set(
  `förskolan förskola grundskolan grundskola gymnasieskolan gymnasieskola högstadieskolan
högstadieskola mellanstadieskolan mellanstadieskola lågstadieskolan lågstadieskola friskolan
friskola särskolan särskola grundsärskolan grundsärskola gymnasiesärskolan gymnasiesärskola
specialskolan specialskola folkhögskolan folkhögskola högskolan högskola yrkeshögskolan
sommarskolan koranskolan koranskola simskolan körskolan trafikskolan språkskolan hemskolan
sjukhusskolan internatskolan internatskola resursskolan resursskola kulturskolan musikskolan
dansskolan idrottsskolan helgskolan läxskolan lovskolan mottagningsskolan introduktionsskolan
söndagsskolan moskéskolan vuxenskolan sfi-skolan grundskolor kommunala`.split(/\s+/),
);
// Stryker restore Regex

/** A sentence opener or possessive in front of the school word; "Fryshusets gymnasium" is a name. */
function isOrdinary(word: string): boolean {
  const lower = word.toLowerCase();
  return COMMON_WORDS.has(lower) || (lower.endsWith('s') && COMMON_WORDS.has(lower.slice(0, -1))) || GENERIC.has(lower);
}

export function findSchoolNames(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(COMPOUND)) {
    if (GENERIC.has(match[0].toLowerCase())) continue;
    findings.push({ kind: 'school_name', start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(SEPARATE)) {
    // Drop leading ordinary words ("På Rosendals gymnasium", "Den skolan").
    let start = match.index;
    let rest = match[1]!;
    for (;;) {
      // Stryker disable next-line Regex: rest always starts with a capital letter, so the anchor changes nothing
      const first = /^[^ \u00a0]+/.exec(rest)![0];
      if (!isOrdinary(first)) break;
      const gap = /^[^ \u00a0]+[ \u00a0]+/.exec(rest);
      if (!gap) {
        rest = '';
        break;
      }
      start += gap[0].length;
      rest = rest.slice(gap[0].length);
    }
    if (rest === '') continue;
    findings.push({ kind: 'school_name', start, end: match.index + match[0].length });
  }
  return findings;
}
