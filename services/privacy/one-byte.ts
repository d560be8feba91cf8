// V8 runs the detectors' Unicode-property patterns (\p{L}, \p{Lu} …, with lookbehinds) up
// to a hundred times slower on a string that holds even one character above U+00FF than on
// one that does not: a single "–" or "’" in a 2000-character text made the whole check take
// 2.5 ms instead of under 1 ms. Typographic punctuation is what pushes most Swedish texts
// over that line, so the check runs on a copy of the same length in which each such
// character is replaced by the Latin-1 character the detectors treat the same way ("–" and
// "—" by "-", "’" by "'", "”" by '"', "•" by "*", other spaces by a no-break space, any
// other symbol or emoji by "¤"). Offsets stay the same, so findings point
// into the original text. A text with a letter, mark or digit above U+00FF ("Ayşe",
// a decomposed "ö", Arabic digits) is checked as it is: name lists hold such letters.

const SAME_AS: Readonly<Record<string, string>> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2022': '*',
};
const KEEPS_MEANING = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;
const SYMBOL = 0xa4; // "¤": no letter, digit, space or punctuation any detector looks for.

/** `text` as a one-byte string of the same length, or `text` itself when a copy would change what the detectors see. */
export function asOneByte(text: string): string {
  // Always a fresh copy: a string whose characters all fit in one byte may still be stored
  // two bytes wide (a slice of, or replace() on, a wider string) and be read just as slowly.
  const codes = new Uint8Array(text.length);
  for (let j = 0; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code <= 0xff) {
      codes[j] = code;
      continue;
    }
    const ch = text[j]!;
    const same = SAME_AS[ch];
    if (same !== undefined) codes[j] = same.charCodeAt(0);
    else if (KEEPS_MEANING.test(String.fromCodePoint(text.codePointAt(j)!))) return text;
    else if (code >= 0xd800 && code <= 0xdfff) codes[j] = SYMBOL;
    else codes[j] = SPACE.test(ch) ? 0xa0 : SYMBOL;
  }
  // Latin-1 decoding makes V8 store the result one byte per character.
  return Buffer.from(codes.buffer, codes.byteOffset, codes.length).toString('latin1');
}
