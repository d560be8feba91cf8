// Dates as Swedish professionals read them, always in Europe/Stockholm whatever the server's zone.
import type { Locale } from '../cards/i18n/catalogue.js';

const formats = new Map<Locale, Intl.DateTimeFormat>();

export function formatInstant(iso: string, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
      timeZone: 'Europe/Stockholm',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(locale, format);
  }
  return format.format(new Date(iso));
}
