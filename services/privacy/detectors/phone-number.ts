// Telephone numbers: Swedish mobile and landline numbers in every grouping and separator
// style (070-123 45 67, 08-123 456 78, 0980-123 45, 070.123.45.67, 070/123 45 67,
// (070) 123 45 67, 070 - 123.45.67, +46 70 …, +46.70…, 0046 …, (08) …) and foreign
// numbers written with + or 00. A run of digit groups is read first, then the longest
// run of groups that makes a plausible number is taken, so "12 år, 070-…" still finds
// the number and "0–12 år", "08.30–09.15" or "08.03.2024–05.04.2024" find nothing.
// Digits spaced one by one or spelt out are obfuscated-numbers.ts's business.

import { precededBy } from '../text-context.js';
import type { Finding } from '../types.js';
import { REFERENCE_CONTEXT } from './reference-context.js';

interface Group {
  digits: string;
  /** Offsets of the digits, or of the brackets around them for "(08)". */
  start: number;
  end: number;
  /** What joins it to the group before: '.' a dot ("08.30"), '-' a dash or slash, ' ' spaces alone. */
  joint: '.' | '-' | ' ';
}

// Business numbers never belong to a person: freephone (020), shared cost and premium.
export const SERVICE_PREFIXES = ['020', '0200', '0771', '0772', '0900', '0939', '0944'];
const DASHES = '-\u2010\u2011\u2013\u2212';
const DASHES_AND_SLASH = DASHES + '/';
const SPACES = ' \u00a0';
const CANNOT_PRECEDE = /[\p{L}\p{N}+.,/\-\u2010\u2011\u2013\u2212]/u;

// Longest international number (E.164 without the plus) plus a 00 prefix.
const MAX_DIGITS = 17;

// Stryker disable next-line ConditionalExpression: undefined compares false with '0' anyway; the guard says what is meant.
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
// Stryker disable next-line ConditionalExpression: SPACES.includes(undefined) is false anyway; the guard says what is meant.
const isSpace = (ch: string | undefined) => ch !== undefined && SPACES.includes(ch);

/**
 * The separator after a group, at `j`: one space; a dash or slash with at most a space
 * each side; a dot between digits ("070.174.06.05"). Returns where the next group may
 * start and what the separator was, or undefined when the run ends here.
 */
function separatorAt(text: string, j: number, closed: boolean): { next: number; joint: Group['joint'] } | undefined {
  let k = j;
  if (isSpace(text[k])) k++;
  let joint: Group['joint'] = ' ';
  // Stryker disable next-line StringLiteral: past the end of the text no digit follows, whatever is read there.
  if (DASHES_AND_SLASH.includes(text[k] ?? '_')) {
    // Stryker disable next-line StringLiteral: only '.' and ' ' are ever compared; any other mark for a dash reads the same.
    joint = '-';
    k++;
    if (isSpace(text[k])) k++;
  } else if (k === j && text[k] === '.') {
    joint = '.';
    k++;
  }
  // "(0)70" and "(08)465" need no separator after the bracket.
  if ((k === j && !closed) || !(isDigit(text[k]) || text[k] === '(')) return undefined;
  return { next: k, joint };
}

/** Reads digit groups joined by the separators above or brackets. */
function readGroups(text: string, from: number): { groups: Group[]; plus: boolean } {
  let i = from;
  const plus = text[i] === '+';
  if (plus) {
    i++;
    // A plus is read only before a digit or a space (findPhoneNumbers): "+ 46".
    if (isSpace(text[i])) i++;
  }
  const groups: Group[] = [];
  // Stryker disable next-line StringLiteral: the first group's joint is never read; clock times and dates look only at joints between groups.
  let joint: Group['joint'] = ' ';
  for (;;) {
    const bracketed = text[i] === '(';
    let j = bracketed ? i + 1 : i;
    const digitStart = j;
    while (isDigit(text[j])) j++;
    if (j === digitStart) break;
    const closed = bracketed && text[j] === ')';
    groups.push({ digits: text.slice(digitStart, j), start: closed ? i : digitStart, end: closed ? j + 1 : j, joint });
    if (closed) j++;
    const sep = separatorAt(text, j, closed);
    if (sep === undefined) break;
    ({ next: i, joint } = sep);
  }
  return { groups, plus };
}

function isDateShaped(groups: readonly Group[]): boolean {
  const lengths = groups.map((g) => g.digits.length).join(',');
  // Only a full date with its year: three groups of two digits are too few for any phone number.
  if (lengths !== '2,2,4') return false;
  const [a, b] = groups.map((g) => Number(g.digits));
  return a! >= 1 && a! <= 31 && b! >= 1 && b! <= 12;
}

/**
 * Indices of the groups that make up a full date with its year ("07.08.2027", "2027-08-07"),
 * so no number is read across one: "07.08.2027–07.11.2027" is a date range, and so is any
 * part of it ("08.2027–07.11"). A date written with spaces alone that completes a phone number
 * before it ("070-174 06 05 2025-12-08": "06 05 2025") is the end of that number instead.
 */
function dateGroups(groups: readonly Group[], plus: boolean): Set<number> {
  const inDates = new Set<number>();
  // Stryker disable next-line Regex: isDateShaped takes a year of four digits only, so the anchors change nothing.
  const year = (g: Group) => /^(19|20)\d\d$/.test(g.digits);
  for (let i = 0; i + 2 < groups.length; i++) {
    const [a, b, c] = [groups[i]!, groups[i + 1]!, groups[i + 2]!];
    const dayFirst = year(c) && isDateShaped([a, b, c]);
    const yearFirst = year(a) && isDateShaped([c, b, a]);
    if (!dayFirst && !yearFirst) continue;
    const spaced = b.joint === ' ' && c.joint === ' ';
    if (spaced && endsNumber(groups, i + 1, plus)) continue;
    [i, i + 1, i + 2].forEach((k) => inDates.add(k));
  }
  return inDates;
}

/** Whether some groups before groups[last] make a phone number ending there. */
function endsNumber(groups: readonly Group[], last: number, plus: boolean): boolean {
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: from `last - 1` on the slice is the date's own day and month, four digits, never a number.
  for (let first = 0; first + 1 < last; first++) {
    if (isPhoneNumber(groups.slice(first, last + 1), plus && first === 0)) return true;
  }
  return false;
}

/** "08.30–09.15": every dot joins an hour to its minutes, so the run is a time range. */
function isClockShaped(groups: readonly Group[]): boolean {
  // A slice may start at a dotted group; only dots inside the slice count.
  const dots = groups.map((g, i) => i).filter((i) => i > 0 && groups[i]!.joint === '.');
  return (
    dots.length > 0 &&
    dots.every((i) => {
      const [h, m] = [groups[i - 1]!.digits, groups[i]!.digits];
      return h.length === 2 && m.length === 2 && Number(h) <= 23 && Number(m) <= 59;
    })
  );
}

function isSwedishNational(digits: string, groups: readonly Group[], relaxed: boolean): boolean {
  if (!/^0[1-9]/.test(digits) || digits.length < 8 || digits.length > 10) return false;
  if (SERVICE_PREFIXES.some((p) => digits.startsWith(p))) return false;
  if (relaxed) return true;
  if (groups.length === 1) return digits.length >= 9;
  const first = groups[0]!.digits;
  if (first.length < 2 || first.length > 4) return false;
  if (first.length === 2 && first !== '08') return false;
  // Stryker disable next-line MethodExpression: the first group has two digits or more by now, so checking it again changes nothing.
  if (groups.slice(1).some((g) => g.digits.length < 2)) return false;
  return !isDateShaped(groups);
}

/** Whether groups[0..] read as one phone number. */
function isPhoneNumber(groups: readonly Group[], plus: boolean): boolean {
  if (isClockShaped(groups)) return false;
  let digits = groups.map((g) => g.digits).join('');
  const international = plus || digits.startsWith('00');
  if (!international) return isSwedishNational(digits, groups, false);
  if (!plus) digits = digits.slice(2);
  if (digits.startsWith('46')) {
    // "+46 (0)70…" keeps the trunk zero in brackets; drop it before adding our own.
    const national = digits.slice(2).replace(/^0/, '');
    return isSwedishNational('0' + national, groups, true);
  }
  return digits.length >= 8 && digits.length <= 15 && !digits.startsWith('0');
}

export function findPhoneNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  let i = 0;
  // Stryker disable next-line EqualityOperator: at text.length no character can start a number.
  while (i < text.length) {
    const ch = text[i]!;
    const startable =
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a fast path; readGroups finds no group where no digit, bracket or plus before a digit or space starts one.
      (isDigit(ch) || ch === '(' || (ch === '+' && /[\d ]/.test(text[i + 1] ?? ''))) &&
      // Stryker disable next-line StringLiteral: nothing before the text's start, like a space, lets a number start.
      !CANNOT_PRECEDE.test(text[i - 1] ?? ' ');
    if (!startable) {
      i++;
      continue;
    }
    const { groups, plus } = readGroups(text, i);
    const found = longestNumber(text, i, groups, plus);
    if (found) findings.push({ kind: 'phone_number', start: found.start, end: found.end });
    i = Math.max(groups.length > 0 ? groups[groups.length - 1]!.end : i, i + 1);
  }
  return findings;
}

/** The longest plausible number starting at some group of the run. */
function longestNumber(
  text: string,
  runStart: number,
  groups: readonly Group[],
  plus: boolean,
): { start: number; end: number } | undefined {
  const dates = dateGroups(groups, plus);
  for (let first = 0; first < groups.length; first++) {
    if (dates.has(first)) continue;
    const withPlus = plus && first === 0;
    const start = withPlus ? runStart : groups[first]!.start;
    // Without a plus every number starts "0" and a non-zero digit, or "00" and one: most runs stop here.
    const lead = groups.slice(first, first + 3).map((g) => g.digits).join('');
    // Stryker disable next-line ConditionalExpression,Regex: a fast path; isPhoneNumber refuses the same runs.
    if (!withPlus && !/^0[1-9]|^00[1-9]/.test(lead)) continue;
    if (!withPlus && precededBy(text, start, REFERENCE_CONTEXT, 25)) continue;
    // No phone number has more than 15 digits, so a long run of numbers ("1 2 3 …")
    // costs a bounded amount of work per group instead of cubic time.
    let digits = 0;
    let longest = first;
    while (
      longest + 1 < groups.length &&
      !dates.has(longest + 1) &&
      digits + groups[longest]!.digits.length + groups[longest + 1]!.digits.length <= MAX_DIGITS
    ) {
      digits += groups[longest]!.digits.length;
      longest++;
    }
    for (let last = longest; last >= first; last--) {
      const slice = groups.slice(first, last + 1);
      if (!isPhoneNumber(slice, withPlus)) continue;
      // Brackets belong to the number only around an area code, "(08) 465 004 30",
      // not around a whole number, "(0701740671)".
      const only = slice[0]!;
      if (slice.length === 1 && !withPlus && text[only.start] === '(') return { start: only.start + 1, end: only.end - 1 };
      return { start, end: slice[slice.length - 1]!.end };
    }
  }
  return undefined;
}
