// Place names as people type them in Teams: any case, with or without å/ä/ö, with
// "kommun", "län" or "stad" tacked on, hyphens or not. Runs on every keystroke of the
// type-ahead, so it folds characters with a table instead of regular expressions.

import { BoundedMap } from '../bounded.js';

/** Words that only say what kind of place is meant. Matched after diacritics are gone. */
const COUNTY_WORDS = new Set(['lan', 'county']);
const MUNICIPALITY_WORDS = new Set(['kommun', 'kommuns', 'stad', 'stads', 'municipality', 'city']);

export type PlaceKindHint = 'county' | 'municipality' | undefined;

export interface NormalizedPlace {
  /** Lower case, ASCII letters and digits, single spaces between words. */
  text: string;
  /** `text` without spaces, so "upplandsvasby" and "upplands vasby" meet. */
  key: string;
  /** What the dropped words said the user meant, if anything. */
  kind: PlaceKindHint;
  /** Like `key` but keeping å/ä/ö, to rank "gö" → Göteborg above Gotland. */
  faithfulKey: string;
}

/**
 * Folded form of one lower-case character: '' for a letter we cannot fold, ' ' for a separator.
 * Any character a person types lands here: Unicode has over a million, so the table is bounded.
 */
export const FOLD_CACHE_MAX = 2_000;
const foldCache = new BoundedMap<string, string>(FOLD_CACHE_MAX);

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return ch;
  let folded = foldCache.get(ch);
  if (folded !== undefined) return folded;
  if (ch === 'æ') folded = 'ae';
  else if (ch === 'ø') folded = 'o';
  else if (/[\p{L}\p{N}]/u.test(ch)) {
    // NFD splits å, ä, ö, é into a base letter and a combining mark, which we drop.
    folded = ch.normalize('NFD').replace(/[^a-z0-9]/g, '');
  } else if (/\p{M}/u.test(ch)) folded = '';
  else folded = ' ';
  foldCache.set(ch, folded);
  return folded;
}

/** Full analysis of a typed place name; see `normalizePlace` for the plain string. */
export function analysePlace(input: string): NormalizedPlace {
  // NFC first, so a decomposed "a" + ring from some keyboards is one character.
  const lower = input.toLowerCase().normalize('NFC');
  const words: string[] = [];
  const faithful: string[] = [];
  let word = '';
  let raw = '';
  const endWord = () => {
    if (word === '') return;
    words.push(word);
    faithful.push(raw);
    word = raw = '';
  };
  for (const ch of lower) {
    const folded = foldChar(ch);
    if (folded === ' ') endWord();
    else if (folded !== '') {
      word += folded;
      raw += ch;
    }
  }
  endWord();

  let kind: PlaceKindHint;
  const kept: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (COUNTY_WORDS.has(w)) kind = 'county';
    else if (MUNICIPALITY_WORDS.has(w)) kind ??= 'municipality';
    else kept.push(i);
  }
  // A query of only such words ("kommun") names no place: keep them so it matches nothing.
  if (kept.length === 0) {
    return { text: words.join(' '), key: words.join(''), kind: undefined, faithfulKey: faithful.join('') };
  }
  const keptWords = kept.map((i) => words[i]!);
  return {
    text: keptWords.join(' '),
    key: keptWords.join(''),
    kind,
    faithfulKey: kept.map((i) => faithful[i]!).join(''),
  };
}

/** "Upplands-Väsby kommun" → "upplands vasby"; "Norrbottens län" → "norrbottens". */
export function normalizePlace(input: string): string {
  return analysePlace(input).text;
}
