// Street addresses: a Swedish street name and a house number, with what tends to follow
// (a letter, a range, "lgh 1102", "2 tr"). Street names are compounds ending in -gatan,
// -vägen, -gränd … ("Kungsvägen 3B"), or a genitive and a separate street word
// ("Drottning Kristinas väg 14"). The name must be capitalised unless the words before
// say it is where someone lives ("bor på storgatan 12").

import { isOrdinaryWord } from '../data/common-words.js';
import { precededBy } from '../text-context.js';
import type { Finding } from '../types.js';

const SUFFIX =
  'gatan|gata|vägen|väg|gränden|gränd|backen|backe|torget|torg|allén|allé|alle|stigen|stig|leden|gången|promenaden|kajen|esplanaden|platsen|slingan|stråket|liden|höjden|ringen';
const SEPARATE = 'väg|vägen|gata|gatan|gränd|backe|allé|stig|torg|plan|gång|led';
const PREFIX_WORD = String.raw`(?:(?:Lilla|Stora|Gamla|Nya|Norra|Södra|Östra|Västra|Övre|Nedre|Sankt|S:t)[ \u00a0]+)?`;
const HOUSE = String.raw`[ \u00a0]+(?:(?:nr|nummer)\.?[ \u00a0]*)?\d{1,4}(?![\d:.,]\d|[ \u00a0]?(?:%|procent|år|kr|kronor|st|gånger|minuter|min|km|meter|timmar|dagar|veckor)(?![\p{L}]))(?:[A-Za-z]|[ \u00a0][A-Z])?(?![\p{L}\p{N}])(?:[ \u00a0]?[-\u2013][ \u00a0]?\d{1,4}[A-Za-z]?)?(?:,?[ \u00a0]*(?:lgh|lägenhet|lägenhetsnummer)\.?[ \u00a0]*(?:nr\.?[ \u00a0]*)?\d{3,4})?(?:,?[ \u00a0]*\d[ \u00a0]?(?:tr|trappor|trappa)(?![\p{L}]))?`;

const COMPOUND = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${PREFIX_WORD}(\p{L}[\p{L}\p{M}]+?(?:${SUFFIX}))${HOUSE}`,
  'gu',
);
const GENITIVE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{M}.:]*[ \u00a0]+){0,2}\p{Lu}[\p{L}\p{M}]*s)[ \u00a0]+(?:${SEPARATE})${HOUSE}`,
  'gu',
);

/** Compounds on these suffixes that are ordinary words, not streets. */
const NOT_STREETS = new Set([
  'arbetsplatsen', 'mötesplatsen', 'genomgången', 'halvvägen',
  'motorvägen', 'motorväg', 'riksvägen', 'riksväg', 'länsväg', 'europaväg', 'omvägen',
  'skolvägen', 'hemvägen', 'genvägen', 'ingången', 'utgången', 'uppgången', 'nedgången',
  'hållplatsen', 'brottsplatsen', 'parkeringsplatsen', 'olycksplatsen',
]);

const LIVES_AT = /(?<![\p{L}])(bor|bodde|boende|bosatt|bosatta|adress|adressen|adr|hembesök|flyttat|flyttade)(?![\p{L}])/iu;

export function findStreetAddresses(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(COMPOUND)) {
    const name = match[1]!;
    const capitalised = name[0] === name[0]!.toUpperCase();
    if (NOT_STREETS.has(name.toLowerCase())) continue;
    if (!capitalised && !precededBy(text, match.index, LIVES_AT, 30)) continue;
    findings.push({ kind: 'street_address', start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(GENITIVE)) {
    // "Hennes väg 2 …" is a pronoun, not Drottning Kristinas väg.
    if (isOrdinaryWord(match[1]!.split(/[ \u00a0]+/).pop()!)) continue;
    findings.push({ kind: 'street_address', start: match.index, end: match.index + match[0].length });
  }
  return findings;
}
