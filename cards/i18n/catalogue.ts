import { en } from './en.js';
import { sv, type Messages } from './sv.js';

export type { Messages };
export type Locale = 'sv' | 'en';

/** Swedish unless the Teams client says English: Swedish is the product's default. */
export function resolveLocale(teamsLocale: string | undefined): Locale {
  return teamsLocale?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : sv;
}

/** Fills {name} placeholders; the catalogue keeps sentences whole so translators see them. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
