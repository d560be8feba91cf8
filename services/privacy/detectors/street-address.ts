// Street addresses: a street name and a house number, with what tends to follow (a
// letter, a range, "lgh 1102", "2 tr", "uppg. B"). Three ways to know the name is a street:
// - its ending: compounds on -gatan, -vägen, -gränd … ("Kungsvägen 3B", "KUNGSVÄGEN 3B"),
//   capitalised unless the words before say someone lives there ("bor på storgatan 12");
// - a separate street word after a name ("Drottning Kristinas väg 14", "Kyrkbacka
//   vägen 17", "Gamla vägen 17");
// - its place in the sentence, for names with no street ending at all: a capitalised
//   name right after "bor på", "på", "vid", "utanför", "adressen (är)", "flyttat till"
//   ("på Skogsbrynet 22", "vid Fredsplan 7"). Towns ("i Lund 223 50"), floors, rooms, chapters, school years,
//   road numbers, acronyms, authorities and numbers followed by a unit pass.

import { isOrdinaryWord } from '../data/common-words.js';
import { precededBy } from '../text-context.js';
import type { Finding } from '../types.js';
import { PLACE_NAMES } from './places.js';
import { NOT_A_UNIT } from './units.js';

const SUFFIX =
  'gatan|gata|vägen|väg|gränden|gränd|backen|backe|torget|torg|allén|allé|alle|stigen|stig|leden|gången|promenaden|kajen|esplanaden|platsen|slingan|stråket|liden|höjden|ringen';
const SEPARATE = 'väg|vägen|gata|gatan|gränd|gränden|backe|backen|allé|allén|stig|stigen|torg|torget|plan|gång|led|leden';
/** A bare "väg 40" after a capitalised word is a road number ("Ta väg 40"), unless a genitive or prefix names it. */
const INDEFINITE = new Set(['väg', 'gata', 'gränd', 'backe', 'allé', 'stig', 'torg', 'plan', 'gång', 'led']);
const PREFIXES = 'Lilla|Stora|Gamla|Nya|Norra|Södra|Östra|Västra|Övre|Nedre|Sankt|S:t';
const PREFIX_WORD = String.raw`(?:(?:${PREFIXES})[ \u00a0]+)?`;
const S = '[ \\u00a0]';
const house = (digits: string) =>
  String.raw`${S}+(?:(?:nr|nummer)\.?${S}*)?\d{${digits}}(?![\d:.,]\d)${NOT_A_UNIT}(?:[A-Za-z]|${S}[A-Z])?(?![\p{L}\p{N}§])(?:${S}?[-\u2013]${S}?\d{1,4}[A-Za-z]?)?(?:,?${S}*(?:uppg|uppgång|ingång)\.?${S}*[A-Z](?![\p{L}]))?(?:,?${S}*(?:lgh|lägenhet|lägenhetsnummer)\.?${S}*(?:nr\.?${S}*)?\d{3,4})?(?:,?${S}*\d${S}?(?:tr|trappor|trappa)(?![\p{L}]))?`;
const HOUSE = house('1,4');

// "STORGATAN 12": an address typed in capitals is an address too.
const COMPOUND = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${PREFIX_WORD}(\p{L}[\p{L}\p{M}]+?(?:${SUFFIX}|${SUFFIX.toUpperCase()}))${HOUSE}`,
  'gu',
);
const NAMED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{M}.:]*${S}+){0,2}\p{Lu}[\p{L}\p{M}]*)${S}+(?:${SEPARATE})${HOUSE}`,
  'gu',
);
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}:-]*`;
const BY_PLACE = new RegExp(
  String.raw`(?<![\p{L}])(?:[Pp]å|[Vv]id|[Uu]tanför|[Aa]dress(?:en)?|[Aa]dr\.?|[Ff]lytta(?:r|t|de|d)?${S}+till)${S}*:?${S}*(?:är${S}+)?(?<name>${NAME_WORD}(?:${S}+${NAME_WORD}){0,2}(?:${S}+\p{Ll}[\p{L}\p{M}]{2,})?)(?<house>${house('1,3')})`,
  'dgu',
);

/** Compounds on street endings that are ordinary words, not streets. */
const NOT_STREETS = new Set([
  'arbetsplatsen', 'mötesplatsen', 'genomgången', 'halvvägen',
  'motorvägen', 'motorväg', 'riksvägen', 'riksväg', 'länsväg', 'europaväg', 'omvägen',
  'skolvägen', 'hemvägen', 'genvägen', 'ingången', 'utgången', 'uppgången', 'nedgången',
  'hållplatsen', 'brottsplatsen', 'parkeringsplatsen', 'olycksplatsen',
]);

/** Nouns that take a number and are not streets ("på plan 3", "vid Rum 12"). Lower case. */
// Stryker disable Regex: the list below has single spaces and line breaks only, so /\s/ splits it as /\s+/ does
const NUMBERED_THINGS = new Set(
  `plan planet våning våningen rum rummet sal salen kapitel kap sida sidan vecka veckan
årskurs åk klass klassen bilaga bilagan tabell punkt steg nivå avdelning avdelningen avd
hus huset paragraf buss bussen linje linjen spår spåret grupp gruppen version fas termin
lektion sektion väg vägen riksväg länsväg europaväg motorväg etapp gate perrong kassa rad
bord plats platsen sektor modul kurs kursen träff träffen möte mötet del delen avsnitt
fråga frågan nummer nr ärende ärendet tolk dag dagen kvart station stationen campus`.split(/\s+/),
);
// Stryker restore Regex
/** Compounds on these name meetings, groups and public buildings ("Nätverksträff 4", "Stadshuset 3"), not streets. */
const NUMBERED_COMPOUND = /(?:träff|träffen|möte|mötet|grupp|gruppen|kurs|kursen|tillfälle|tillfället|huset|station|stationen|lektion|omgång|omgången)$/u;

const LIVES_AT = /(?<![\p{L}])(bor|bodde|boende|bosatt|bosatta|adress|adressen|adr|hembesök|flyttat|flyttade)(?![\p{L}])/iu;
const PREFIX_SET = new Set(PREFIXES.split('|'));
/** "BUP", "HVB-hem", "SiS": two to five capitals, or a capital inside the word. "SKOGSBRYNET" is a name in capitals. */
const isAcronym = (word: string) => /^\p{Lu}{2,5}(?!\p{Lu})|^\p{Lu}\p{Ll}+\p{Lu}/u.test(word);

/** Whether the words before a house number, found by their place alone, can name a street. */
function isStreetName(name: string): boolean {
  const words = name.split(/[ \u00a0]+/);
  const last = words[words.length - 1]!;
  if (NUMBERED_THINGS.has(words[0]!.toLowerCase()) || NUMBERED_THINGS.has(last.toLowerCase())) return false;
  if (NUMBERED_COMPOUND.test(last.toLowerCase())) return false;
  if (words.some(isAcronym) || PLACE_NAMES.has(name)) return false;
  if (/^\p{Ll}/u.test(last) && isOrdinaryWord(last)) return false;
  return !words.every((w) => isOrdinaryWord(w) && !PREFIX_SET.has(w));
}

export function findStreetAddresses(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(COMPOUND)) {
    const name = match[1]!;
    const capitalised = name[0] === name[0]!.toUpperCase();
    if (NOT_STREETS.has(name.toLowerCase())) continue;
    if (!capitalised && !precededBy(text, match.index, LIVES_AT, 30)) continue;
    findings.push({ kind: 'street_address', start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(NAMED)) {
    // "Hennes väg 2 …" is a pronoun, not Drottning Kristinas väg; "Gamla vägen 17" is a street.
    // Stryker disable next-line Regex: the name ends in a word, so splitting at each space instead of each run only adds empty words, which are neither last nor a prefix
    const words = match[1]!.split(/[ \u00a0]+/);
    const last = words[words.length - 1]!;
    if (isOrdinaryWord(last) && !PREFIX_SET.has(last)) continue;
    // Stryker disable next-line Regex: after trim() the first word is the same whether one space or a run splits
    const streetWord = match[0].slice(match[1]!.length).trim().split(/[ \u00a0]+/)[0]!;
    if (INDEFINITE.has(streetWord) && !last.endsWith('s') && !words.some((w) => PREFIX_SET.has(w))) continue;
    findings.push({ kind: 'street_address', start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(BY_PLACE)) {
    const [start] = match.indices!.groups!['name']!;
    const [, end] = match.indices!.groups!['house']!;
    if (isStreetName(match.groups!['name']!)) findings.push({ kind: 'street_address', start, end });
  }
  return findings;
}
