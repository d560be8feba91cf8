// Phone and identity numbers written to get past a filter: digits spaced one by one
// ("0 7 0 1 7 4 …") or read out in words ("noll sju noll, ett sju fyra …"). Digits and
// number words separated by spaces, dashes, dots, commas, semicolons, slashes or brackets
// make a run (a line of dashes, "---", counts as one dash);
// a run that has a number word or at least three lone digits (the ordinary detectors see
// the rest) is read as one string of digits and checked as the real thing: a Swedish
// phone number, or a personnummer that passes its checksum (or follows a word such as
// "personnummer"). A counting sequence ("0 1 2 3 4 5 6 7 8 9" on a scale) is not a number.
// Each run is looked at from each of its groups for at most twelve digits: linear time.

import { isValidPersonnummer } from '../personnummer.js';
import { precededBy } from '../text-context.js';
import type { Finding, FindingKind } from '../types.js';
import { isBirthDateDigits } from './dates.js';
import { numberWordDigits } from './number-words.js';
import { PHONE_CONTEXT, PIN_CONTEXT } from './personal-identity-number.js';
import { SERVICE_PREFIXES } from './phone-number.js';

interface Token {
  digits: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN = /\d+|\p{L}+/gu;
const GAP = /^[ \u00a0]{0,2}[-\u2010\u2011\u2013\u2014\u2212.,;/()]{0,2}[ \u00a0]{0,2}$/u;
/** Two or more dashes in a row, spaced or not: one separator drawn long ("070 --- 174", "- - -"), read as one dash. */
const DASH_LINE = /[-\u2010\u2011\u2013\u2014\u2212](?:[ \u00a0]?[-\u2010\u2011\u2013\u2014\u2212])+/gu;
const COUNTING = '0123456789 9876543210';
const MAX_GAP = 6;
/** Words read out for the dash in "850101-…": part of the run, no digits. */
const JOINERS = new Set(['streck', 'bindestreck']);

function runs(text: string): Token[][] {
  const all: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    const words = run.some((t) => t.word);
    if (words || run.filter((t) => t.digits.length === 1).length >= 3) all.push(run);
    run = [];
  };
  for (const m of text.matchAll(TOKEN)) {
    // Stryker disable next-line Regex: a token is all digits or all letters, so testing the first character or any is the same.
    const word = !/^\d/.test(m[0]);
    const digits = word ? (JOINERS.has(m[0].toLowerCase()) ? '' : numberWordDigits(m[0])) : m[0].length <= 12 ? m[0] : undefined;
    const last = run[run.length - 1];
    if (last !== undefined && !joins(text.slice(last.end, m.index))) close();
    if (digits === undefined) close();
    else run.push({ digits, start: m.index, end: m.index + m[0].length, word });
  }
  close();
  return all;
}

/** Whether the text between two tokens keeps them in one run: a short gap of spaces and punctuation, but not a colon ("0:7, 0:1" are scores). */
function joins(gap: string): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BooleanLiteral,BlockStatement: a fast path for the usual one space; drawing dash lines as one dash only shortens a gap, so every gap let through here is let through below.
  if (gap.length <= MAX_GAP && GAP.test(gap)) return true;
  const drawn = gap.replace(DASH_LINE, '-');
  return drawn.length <= MAX_GAP && GAP.test(drawn);
}

function isPhone(digits: string, plus: boolean): boolean {
  let national = digits;
  if (plus && digits.startsWith('46')) national = '0' + digits.slice(2);
  else if (digits.startsWith('0046')) national = '0' + digits.slice(4);
  if (!/^0[1-9]/.test(national) || national.length < 8 || national.length > 10) return false;
  return !SERVICE_PREFIXES.some((p) => national.startsWith(p));
}

/** The Luhn sum over the last ten digits, checked before the (slower) full validation. */
function luhnOk(digits: string): boolean {
  let sum = 0;
  const ten = digits.slice(-10);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: luhnOk only spares isValidPersonnummer numbers that cannot pass it; a luhnOk that accepts more changes no outcome.
  for (let i = 0; i < 10; i++) {
    const v = Number(ten[i]) * (i % 2 === 0 ? 2 : 1);
    // Stryker disable next-line AssignmentOperator: a negated sum is divisible by ten exactly when the sum is.
    sum += v > 9 ? v - 9 : v;
  }
  // Stryker disable next-line ConditionalExpression: luhnOk only spares isValidPersonnummer numbers that cannot pass it; a luhnOk that accepts more changes no outcome.
  return sum % 10 === 0;
}

function isPin(digits: string, text: string, start: number): boolean {
  // Stryker disable next-line ConditionalExpression: a fast path; any other length leaves no six- or eight-digit birth date before the last four.
  if (digits.length !== 10 && digits.length !== 12) return false;
  if (!isBirthDateDigits(digits.slice(0, -4), true)) return false;
  // Stryker disable next-line LogicalOperator: luhnOk only spares isValidPersonnummer numbers that cannot pass it; a luhnOk that accepts more changes no outcome.
  const checksumHolds = luhnOk(digits) && isValidPersonnummer(digits);
  return checksumHolds || precededBy(text, start, PIN_CONTEXT, 40);
}

/** The longest phone or identity number that starts at tokens[from]. */
function numberAt(text: string, tokens: readonly Token[], from: number): Finding | undefined {
  const start = tokens[from]!.start;
  // Stryker disable next-line MethodExpression: the pattern below is anchored at the end, so a longer window before the number reads the same.
  const windowStart = Math.max(0, start - 6);
  const plus = /(?:\+|(?<![\p{L}])plus[ \u00a0])[ \u00a0]?$/iu.test(text.slice(windowStart, start));
  let digits = '';
  let found: Finding | undefined;
  for (let i = from; i < tokens.length && digits.length + tokens[i]!.digits.length <= 12; i++) {
    digits += tokens[i]!.digits;
    if (digits.length < 8 || COUNTING.includes(digits)) continue;
    // Ten digits can be both ("040 628 04 20" is also a date and a checksum); "ring …" decides.
    const pin = isPin(digits, text, start);
    const phone = isPhone(digits, plus);
    let kind: FindingKind | undefined = pin ? 'personal_identity_number' : phone ? 'phone_number' : undefined;
    if (pin && phone && precededBy(text, start, PHONE_CONTEXT, 30)) kind = 'phone_number';
    if (kind) found = { kind, start, end: tokens[i]!.end };
  }
  return found;
}

export function findObfuscatedNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const tokens of runs(text)) {
    for (let from = 0; from < tokens.length; from++) {
      const found = numberAt(text, tokens, from);
      if (found === undefined) continue;
      findings.push(found);
      // Stryker disable next-line EqualityOperator: only a word glued to the number's last digits ("05sju") starts exactly at its end, and no one starts a number that way.
      while (from + 1 < tokens.length && tokens[from + 1]!.start < found.end) from++;
    }
  }
  return findings;
}
