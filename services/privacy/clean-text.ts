// Free text made safe before the identifier check reads it and before anything stores it:
// one form per character sequence (NFC, so "ö" typed as o + U+0308 is the "ö" the name
// lists and detectors know), line endings as "\n", and nothing invisible that can hide
// or reorder what a reader sees or split an identifier so the check misses it:
// - control characters (C0 apart from tab and newline, DEL, C1);
// - bidirectional overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069) and the
//   direction marks U+200E, U+200F, U+061C: in stored Swedish case text they carry no meaning,
//   and "‮" can make a text read backwards on screen;
// - zero-width and invisible characters (U+200B–U+200D, U+2060–U+2064, U+FEFF, soft hyphen
//   U+00AD), which "070‍174 06 05" could use to split a number. This costs emoji joined
//   with U+200D ("👨‍👩‍👧" shows as three), a price worth paying;
// - a lone surrogate (half an emoji from a cut string) becomes U+FFFD, so the text is
//   valid UTF-16 and every store and JSON encoder takes it.
// Markup stays text: "<script>" is stored as typed, and cards render text as text.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085]/g;
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(LINE_BREAK, '\n').replace(INVISIBLE, '').normalize('NFC');
}
