// Exact dates of birth: a date after "född", "f.", "födelsedatum", "födelsedag", a
// birthday after "fyller (16) den …", or a full date set off right after a person
// ("Farmor (1923-08-15)"). A year ("född 2009") or a month ("född i maj") is not exact
// and passes; so does a meeting date with no birth word. The finding covers the date
// only, so the redacted text still reads "född [födelsedatum]".

import { FIRST_NAMES } from '../data/first-names.js';
import type { Finding } from '../types.js';
import { isCalendarDate, yearOf } from './dates.js';

// Full names first; only abbreviations take a dot ("3 feb. 2009" but "3 maj.").
const MONTHS =
  'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\\.?';
const S = '[ \\u00a0]';
const DATE_FORMS = [
  // 2009-05-03, 2009/05/03
  String.raw`(?<iy>(?:18|19|20)\d{2})[-/](?<im>\d{1,2})[-/](?<id>\d{1,2})`,
  // 20090503, 090503
  String.raw`(?<cy>(?:18|19|20)?\d{2})(?<cm>\d{2})(?<cd>\d{2})`,
  // 3 maj 2009, 14:e september 2011, 29 feb 2004
  String.raw`(?<wd>\d{1,2})(?::?[ea])?${S}+(?<wm>${MONTHS})(?:${S}+(?<wy>\d{4}|'\d{2}))?`,
  // 18/7 2010, 14.09.2011, 31/12-93, 3/5
  String.raw`(?<nd>\d{1,2})[./](?<nm>\d{1,2})(?:(?:[./\-\u2013]|${S}|${S}?-${S}?)(?<ny>\d{4}|\d{2}))?`,
];
const DATE = `(?:${DATE_FORMS.join('|')})`;
const BIRTH_WORD = String.raw`född|fött|födda|föddes|födelsedatum|födelsedatumet|födelsedag|födelsedagen|f\.|f|dob|d\.o\.b\.|born`;
const BIRTH = new RegExp(
  String.raw`(?<![\p{L}])(?:${BIRTH_WORD})(?:${S}*:${S}*|${S}+)(?:(?:den|är|var|d\.)${S}+)?(?<date>${DATE})(?![\p{L}\p{N}]|[-+\u2013][\dxX*])`,
  'dgiu',
);
const BIRTHDAY = new RegExp(
  String.raw`(?<![\p{L}])fyller(?:${S}+\d{1,3})?(?:${S}+år)?${S}+(?:den${S}+)?(?<date>${DATE})(?![\p{L}\p{N}])`,
  'dgiu',
);

const AFTER_PERSON = new RegExp(
  String.raw`(?<![\p{L}])(?<who>\p{L}+)${S}*[(,]${S}*(?<date>${DATE})${S}*[),]`,
  'dgu',
);
// Stryker disable Regex: the list below has single spaces and line breaks only
const PERSON_NOUNS = new Set(
  `flickan pojken eleven barnet mamman pappan modern fadern mamma pappa farmor farfar mormor
morfar brodern systern kusinen farbror morbror faster moster maken frun hustrun mannen kvinnan
dottern sonen styvpappan styvmamman storebror lillebror storasyster lillasyster svärmor
svärfar ungdomen personen`.split(/\s+/),
);
// Stryker restore Regex

const MONTH_NUMBER: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, maj: 5, jun: 6, jul: 7, aug: 8, sep: 9, okt: 10, nov: 11, dec: 12,
};

function plausible(groups: Record<string, string | undefined>): boolean {
  const day = Number(groups['id'] ?? groups['cd'] ?? groups['wd'] ?? groups['nd']);
  const monthWord = groups['wm'];
  const month = monthWord ? MONTH_NUMBER[monthWord.slice(0, 3).toLowerCase()]! : Number(groups['im'] ?? groups['cm'] ?? groups['nm']);
  // Leap years only matter for 29 February: "29 februari 2009" is no date, in words or digits.
  const year = yearOf(groups['iy'] ?? groups['cy'] ?? groups['wy'] ?? groups['ny']);
  return isCalendarDate(year, month, day);
}

/** The four-digit year written in the date, if any. */
function writtenYear(groups: Record<string, string | undefined>): number | undefined {
  // The forms are alternatives, so at most one of these is set; a two-digit year is no year here.
  const year = groups['iy'] ?? groups['cy'] ?? groups['wy'] ?? groups['ny'];
  return year?.length === 4 ? Number(year) : undefined;
}

/**
 * After a person, only a full date old enough to be a birth date counts: "mamman
 * (2026-11-24)" is more likely the day of the conversation than her birthday.
 */
function isBirthAfterPerson(groups: Record<string, string | undefined>): boolean {
  const who = groups['who']!;
  if (!PERSON_NOUNS.has(who.toLowerCase()) && !FIRST_NAMES.has(who)) return false;
  const year = writtenYear(groups);
  // Stryker disable next-line ConditionalExpression: undefined <= n is false too; the check is for the type checker
  return year !== undefined && year <= new Date().getFullYear() - 2;
}

export function findDatesOfBirth(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of [BIRTH, BIRTHDAY, AFTER_PERSON]) {
    for (const match of text.matchAll(pattern)) {
      const groups = match.groups!;
      if (!plausible(groups)) continue;
      if (pattern === AFTER_PERSON && !isBirthAfterPerson(groups)) continue;
      const [start, end] = match.indices!.groups!['date']!;
      findings.push({ kind: 'exact_date_of_birth', start, end });
    }
  }
  return findings;
}
