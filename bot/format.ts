// Dates as Swedish professionals read them, always in Europe/Stockholm whatever the server's zone.
import type { Locale } from '../cards/i18n/catalogue.js';
import { BoundedMap } from '../services/bounded.js';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { timeZone: 'Europe/Stockholm', ...options });
    cache.set(key, format);
  }
  return format;
}

const INSTANT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
// A request's arrival is written on every card about it (receipt, channel card, answer), turn
// after turn, and ICU's formatting was a visible share of a claim's or answer's CPU: each text
// is made once. Keyed by language and instant; past the bound it starts over.
const MAX_INSTANTS = 5_000;
const instants = new BoundedMap<string, string>(MAX_INSTANTS);
/** As Date.toISOString writes an instant: the text shown depends on its UTC minute only. */
// Two texts with the same key differ in seconds only, both in range, so one is valid iff the other is.
const UTC_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:[0-5]\d(?:\.\d+)?Z$/;

/** "22 nov. 14:05" */
export function formatInstant(iso: string, locale: Locale): string {
  // Stockholm is a whole number of hours from UTC and seconds are not shown (nor rounded), so
  // requests made in the same minute share one text.
  const key = `${locale} ${UTC_ISO.test(iso) ? iso.slice(0, 16) : iso}`;
  let text = instants.get(key);
  if (text === undefined) {
    text = formatter(locale, INSTANT).format(new Date(iso));
    instants.set(key, text);
  }
  return text;
}

/** "tis 24 nov." for a Stockholm calendar date 'YYYY-MM-DD'. */
export function formatLocalDate(date: string, locale: Locale): string {
  // Noon UTC is the same calendar day in Stockholm all year round.
  return formatter(locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(`${date}T12:00:00Z`));
}

/** Whether dates 'YYYY-MM-DD' fall in more than one year, so a list of them must say which. */
export function crossesYear(dates: readonly string[]): boolean {
  return new Set(dates.map((d) => d.slice(0, 4))).size > 1;
}

/**
 * How to write the dates of one list: as formatLocalDate does, each with its year when the
 * list runs over New Year ("tis 29 dec. 2026", "tis 12 jan. 2027"), since without it January
 * reads as earlier than December.
 */
export function listDateFormat(dates: readonly string[], locale: Locale): (date: string) => string {
  const withYear = crossesYear(dates);
  return (d) => (withYear ? `${formatLocalDate(d, locale)} ${d.slice(0, 4)}` : formatLocalDate(d, locale));
}

/** "9 augusti 2026" for a Stockholm calendar date: the last day an RC is closed, in a sentence. */
export function formatLongDate(date: string, locale: Locale): string {
  return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${date}T12:00:00Z`));
}
