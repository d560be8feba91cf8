// Words that say the number before them counts or measures something ("12 personer",
// "3 december", "40 km"), so it is not a house number or a postcode.
const UNITS =
  'år|åren|års|kr|kronor|sek|st|stycken|%|procent|gånger|ggr|minuter|min|sekunder|km|mil|meter|m|timmar|timme|tim|h|dagar|dag|dygn|veckor|vecka|månader|månad|kvällar|kväll|nätter|helger|terminer|termin|lektioner|tillfällen|omgångar|besök|möten|träffar|gång|personer|pers|deltagare|elever|barn|ärenden|samtal|anmälningar|kommuner|platser|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec|kap|§';

/** Matches when the text at its start (after optional spaces) is a unit word. */
export const UNIT_AFTER = new RegExp(String.raw`^[ \u00a0]?(?:${UNITS})(?![\p{L}])`, 'iu');

/** The same check as a lookahead, for building patterns. */
export const NOT_A_UNIT = String.raw`(?![ \u00a0]?(?:${UNITS})(?![\p{L}]))`;
