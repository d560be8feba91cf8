// E-mail addresses, including the ways people write them to dodge filters: "(at)",
// "[at]", " at ", "snabel-a", "@" with spaces, and "(dot)", "[dot]", " punkt ", " . "
// for the dots. Any run of spaces counts as a space here (tabs, no-break and narrow
// no-break spaces, line breaks: "amina   @example.se"). Found from each "at"
// outwards, with the local part and the domain read a bounded number of characters each
// way, so no input costs more than linear time: a run of spaces is only entered at its
// first character.
// The domain must end in a dot and a letter TLD, so "@polisen" in a chat mention or "kl.
// 13@home" is not taken for an address; an address written with any dodge must end in a
// TLD people really use, so "på punkt tre" in a sentence stays a sentence.

import type { Finding } from '../types.js';

/** Any space: tabs, no-break spaces and line breaks too. */
const S = String.raw`\s`;
/** Where a run of spaces may start: not inside one. */
// Stryker disable next-line StringLiteral: only a cost guard; the leftmost match starts at a run's first space either way
const RUN = `(?<!${S})`;
const WORD_AT = String.raw`at|snabel-?a|snabel${S}+a`;
// Every form starts with a space, an @ or a bracket: the lookahead turns every other position away at once.
const AT = new RegExp(
  String.raw`(?=[\s@\[({<])(?:${RUN}${S}*@${S}*|${RUN}${S}*[\[({<]${S}*(?:${WORD_AT}|@)${S}*[\])}>]${S}*|(?<=[\p{L}\p{N}])${S}+(?:${WORD_AT})${S}+(?=[\p{L}\p{N}]))`,
  'giu',
);
const DOT_WORD = String.raw`${RUN}${S}*[\[({]${S}*(?:dot|punkt)${S}*[\])}]${S}*|${RUN}${S}+(?:dot|punkt|\.)${S}+`;
const DOT = new RegExp(String.raw`\.|${DOT_WORD}`, 'iuy');
const DOT_BEFORE = new RegExp(String.raw`(?:${DOT_WORD})$`, 'iu');
const LABEL = /[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?/uy;
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const LOCAL_EDGE = /[\p{L}\p{N}_]/u;

/** Top-level domains an obfuscated address must end in. Lower case. */
// Stryker disable Regex: the list below has single spaces and line breaks only
const KNOWN_TLDS = new Set(
  `se nu com org net eu info io fi no dk is de at ch uk co me biz edu gov fr es it nl be pl
pt tr gr ru ua ee lv lt iq ir sy so af pk in ae sa eg ma dz tn ly jo lb ps er et ba rs hr
xk al mk ca us au nz cn jp app dev online email`.split(/\s+/),
);
// Stryker restore Regex
const MAX_LOCAL = 64;
const MAX_LABELS = 10;

/** The domain after an "at": its end, or undefined when it has no acceptable TLD. */
function domainEnd(text: string, from: number, dodged: boolean): number | undefined {
  let at = from;
  let best: number | undefined;
  for (let labels = 0; labels < MAX_LABELS; labels++) {
    LABEL.lastIndex = at;
    const label = LABEL.exec(text);
    if (label === null) break;
    at = LABEL.lastIndex;
    const tld = label[0].toLowerCase();
    if (labels > 0 && /^\p{L}{2,}$/u.test(tld) && (!dodged || KNOWN_TLDS.has(tld))) best = at;
    DOT.lastIndex = at;
    const dot = DOT.exec(text);
    if (dot === null) break;
    if (dot[0] !== '.') dodged = true;
    at = DOT.lastIndex;
  }
  return best;
}

/** Where the local part before an "at" ending at `end` starts, or undefined when there is none. */
function localStart(text: string, end: number): number | undefined {
  let start = end;
  const limit = Math.max(0, end - MAX_LOCAL);
  for (;;) {
    let i = start;
    while (i > limit && LOCAL_CHAR.test(text[i - 1]!)) i--;
    while (i < start && !LOCAL_EDGE.test(text[i]!)) i++;
    // Stryker disable next-line ConditionalExpression: only the first pass can stop where it started (a later one begins after a letter or digit), and then start is end
    if (i === start) return start === end ? undefined : start;
    start = i;
    // "amina punkt hassan at …": an obfuscated dot inside the local part.
    const dot = DOT_BEFORE.exec(text.slice(limit, start));
    if (dot === null || start - dot[0].length <= limit || !LOCAL_EDGE.test(text[start - dot[0].length - 1]!)) return start;
    start -= dot[0].length;
  }
}

export function findEmailAddresses(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const at of text.matchAll(AT)) {
    const begin = localStart(text, at.index);
    if (begin === undefined) continue;
    const end = domainEnd(text, at.index + at[0].length, at[0] !== '@');
    if (end !== undefined) findings.push({ kind: 'email_address', start: begin, end });
  }
  return findings;
}
