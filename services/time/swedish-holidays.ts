// Swedish public holidays and the eves offices close on, from the `date-holidays` library's
// rules for Sweden (./data/se-holidays.ts, extracted by scripts/extract-holidays.mjs) read by
// its own parser: the whole library would hold every country's rules, about 24 MB of memory.
// Everything about that library stays in this file, so it can be swapped for another
// source without touching the calendar rules that use it.
// The parser itself (with the Chinese, Hebrew, Islamic… calendars it always loads) holds about
// 20 MB, so the years a running bot asks about come from a table the parser wrote
// (./data/se-holiday-table.ts, by scripts/tabulate-holidays.mjs); the parser is loaded, on
// first use, only for a year outside it.

// The parser's typings declare its module but its package exports do not name them.
/// <reference path="../../node_modules/date-holidays-parser/types/index.d.ts" />
import type Holidays from 'date-holidays-parser';
import { createRequire } from 'node:module';
import { SE_HOLIDAYS } from './data/se-holidays.js';
import { SE_HOLIDAY_NAMES, SE_HOLIDAY_TABLE, SE_HOLIDAY_TABLE_FROM } from './data/se-holiday-table.js';
import { parseLocalDate, type LocalDate } from './local-date.js';
import { BoundedMap } from '../bounded.js';

export type HolidayKind = 'public-holiday' | 'closed-eve';

export interface SwedishHoliday {
  date: LocalDate;
  /** Swedish name, lower case as in the almanac except proper nouns ("Kristi himmelsfärdsdag"). */
  name: string;
  kind: HolidayKind;
}

/**
 * Eves that are not public holidays by law but on which offices and the resource centres are
 * closed (as in most collective agreements). The library types them 'bank' or 'observance';
 * matching them by name keeps their other observances (valborgsmässoafton, pingstafton) out.
 */
const CLOSED_EVES = new Set(['påskafton', 'midsommarafton', 'julafton', 'nyårsafton']);

let library: Holidays | undefined;
// Years asked for: a date anyone typed can name any year, so the memory of them is bounded.
export const HOLIDAY_YEARS_KEPT = 200;
const cache = new BoundedMap<number, ReadonlyMap<string, SwedishHoliday>>(HOLIDAY_YEARS_KEPT);

function holidaysByDate(year: number): ReadonlyMap<string, SwedishHoliday> {
  let byDate = cache.get(year);
  // Stryker disable next-line ConditionalExpression: the cache only saves time; a year read again reads the same.
  if (byDate) return byDate;
  byDate = fromTable(year) ?? holidaysFromRules(year);
  cache.set(year, byDate);
  return byDate;
}

/** A tabulated year: "MMDD" and the index of its name and kind in SE_HOLIDAY_NAMES, per day. */
// Stryker disable BlockStatement,ArithmeticOperator,ConditionalExpression: the table is the rules' output written down (swedish-holidays-data.test.ts holds every year to them), so a year read from the rules instead has the same days; it costs only the library's memory, which bench:turns' idle RSS shows.
function fromTable(year: number): ReadonlyMap<string, SwedishHoliday> | undefined {
  const row = SE_HOLIDAY_TABLE[year - SE_HOLIDAY_TABLE_FROM];
  if (row === undefined) return undefined;
  // Stryker restore BlockStatement,ArithmeticOperator,ConditionalExpression
  const found = new Map<string, SwedishHoliday>();
  for (const day of row.split(' ')) {
    const date = `${year}-${day.slice(0, 2)}-${day.slice(2, 4)}` as LocalDate;
    const [name, kind] = SE_HOLIDAY_NAMES[Number(day.slice(4))]!;
    found.set(date, { date, name, kind });
  }
  return found;
}

/** The year as the library's rules for Sweden give it (what the table was written from). */
export function holidaysFromRules(year: number): ReadonlyMap<string, SwedishHoliday> {
  library ??= loadLibrary();
  const found = new Map<string, SwedishHoliday>();
  // Stryker disable next-line StringLiteral: the library was made for Swedish names above.
  for (const h of library.getHolidays(year, 'sv')) {
    const kind: HolidayKind | undefined =
      h.type === 'public' ? 'public-holiday' : CLOSED_EVES.has(h.name) ? 'closed-eve' : undefined;
    if (!kind) continue;
    // "YYYY-MM-DD hh:mm:ss" in Swedish local time.
    const date = h.date.slice(0, 10) as LocalDate;
    // On a day that is both, the public holiday is the one worth naming.
    // Stryker disable next-line ConditionalExpression,StringLiteral: no closed eve falls on a public holiday in 1900–2999 (checked against the library); kept so a library change can never name a day after its eve.
    if (found.get(date)?.kind === 'public-holiday') continue;
    found.set(date, { date, name: h.name, kind });
  }
  return found;
}

function loadLibrary(): Holidays {
  // Loaded synchronously on first use (its CommonJS build): the calendar rules that ask are synchronous.
  const Parser = (createRequire(import.meta.url)('date-holidays-parser') as { default: typeof Holidays }).default;
  // Stryker disable next-line ObjectLiteral,ArrayDeclaration,StringLiteral: getHolidays asks for Swedish names itself.
  return new Parser(SE_HOLIDAYS, 'SE', { languages: ['sv'] });
}

/** Public holidays and closed eves of a year, in date order. */
export function swedishHolidaysIn(year: number): SwedishHoliday[] {
  if (!Number.isInteger(year) || year < 1900 || year > 2999) throw new RangeError(`year out of range: ${year}`);
  // Stryker disable next-line MethodExpression,ArrowFunction,ConditionalExpression,EqualityOperator,UnaryOperator: the library lists every year 1900–2999 in date order already (checked); the sort keeps that promise should it stop.
  return [...holidaysByDate(year).values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function swedishHolidayOn(date: LocalDate): SwedishHoliday | undefined {
  const { year } = parseLocalDate(date);
  return holidaysByDate(year).get(date);
}
