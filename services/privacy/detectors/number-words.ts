// Swedish number words as digits, for numbers read out one group at a time: "noll sju
// noll" → "070", "etthundrasjuttiofyra" → "174", "fyrtiofem" → "45". Up to 999, which is
// as large as anyone reads a group of a phone or identity number. Standalone "en" is the
// article, never a digit.

const UNIT = 'ett|två|tre|fyra|fem|sex|sju|åtta|nio';
const TEENS = ['tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton', 'sexton', 'sjutton', 'arton', 'nitton'];
const TENS: Record<string, number> = {
  tjugo: 20, tjugi: 20, trettio: 30, tretti: 30, fyrtio: 40, fyrti: 40, femtio: 50, femti: 50,
  sextio: 60, sexti: 60, sjuttio: 70, sjutti: 70, åttio: 80, åtti: 80, nittio: 90, nitti: 90,
};
const UNITS: Record<string, number> = { noll: 0, ett: 1, en: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9 };

const NUMBER_WORD = new RegExp(
  String.raw`^(?:(?<h>${UNIT}|en)?(?<hundred>hundra))?(?:(?<teen>${TEENS.join('|')})|(?<tens>${Object.keys(TENS).join('|')})(?<tu>${UNIT}|en)?|(?<unit>noll|${UNIT}))?$`,
);

/** The digits a word stands for, or undefined when it is not a number word. */
export function numberWordDigits(word: string): string | undefined {
  const lower = word.toLowerCase();
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a fast path only; no number word is shorter than three letters ("en" is not one) or longer than thirty, so the pattern below refuses the same words.
  if (lower.length < 3 || lower.length > 30) return undefined;
  const g = NUMBER_WORD.exec(lower)?.groups;
  if (g === undefined) return undefined;
  let value = 0;
  if (g['hundred']) value += 100 * (g['h'] ? UNITS[g['h']]! : 1);
  if (g['teen']) value += 10 + TEENS.indexOf(g['teen']);
  if (g['tens']) value += TENS[g['tens']]! + (g['tu'] ? UNITS[g['tu']]! : 0);
  if (g['unit']) value += UNITS[g['unit']]!;
  // Equivalent mutant left visible (used → true): see below. Not disabled, because the same line's
  // used → false mutant would drop every number word and must stay under test.
  const used = g['hundred'] || g['teen'] || g['tens'] || g['unit'];
  // Stryker disable next-line ConditionalExpression: the pattern matches a word of three letters or more only through one of these parts, so `used` is never falsy here; kept so an empty match can never read as 0.
  return used ? String(value) : undefined;
}
