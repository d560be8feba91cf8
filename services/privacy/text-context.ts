// Small questions the detectors ask about the text around a match. Letters include
// combining marks so a decomposed "ö" (o + U+0308) stays inside its word.

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '\n', '\r', '•', '*', '\u2022']);
const OPENERS = new Set(['"', "'", '(', '[', '«', '»', '”', '“', '‘', '’', '-', '–', '—']);

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/**
 * True when the word at `index` begins a sentence, a list item or the text, where a
 * capital letter says nothing about whether the word is a name.
 */
export function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') return true;
    if (ch === ' ' || ch === '\t' || ch === '\u00a0' || OPENERS.has(ch)) {
      i--;
      continue;
    }
    return SENTENCE_END.has(ch);
  }
  return true;
}

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** The word (letters, digits, marks, inner hyphens) ending just before `index`, skipping spaces and simple punctuation. */
export function previousWord(text: string, index: number): WordSpan | undefined {
  let end = index;
  while (end > 0 && /[\s,"'(]/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && (isWordChar(text[start - 1]) || (text[start - 1] === '-' && isWordChar(text[start - 2])))) start--;
  return start < end ? { word: text.slice(start, end), start, end } : undefined;
}

/** The word starting after `index`, skipping spaces and commas. */
export function nextWord(text: string, index: number): WordSpan | undefined {
  let start = index;
  while (start < text.length && /[\s,]/.test(text[start]!)) start++;
  let end = start;
  while (end < text.length && (isWordChar(text[end]) || (text[end] === '-' && isWordChar(text[end + 1])))) end++;
  return start < end ? { word: text.slice(start, end), start, end } : undefined;
}

/** Whether `pattern` occurs in the `width` characters before `index`. */
export function precededBy(text: string, index: number, pattern: RegExp, width = 30): boolean {
  return pattern.test(text.slice(Math.max(0, index - width), index));
}
