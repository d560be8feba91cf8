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

/**
 * Fills {name} placeholders; the catalogue keeps sentences whole so translators see them. A value
 * that ends in a full stop ("tors 10 dec.") at the end of a sentence gives one full stop, not two.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}(\.?)/g, (whole, key: string, stop: string) => {
    if (!(key in values)) return whole;
    const value = String(values[key]);
    return value.endsWith('.') ? value : value + stop;
  });
}

/**
 * Words that follow a number ("1 ledig plats", "2 lediga platser"): the form is chosen by
 * Intl.PluralRules for the catalogue's language; `zero` says "none" in words where that reads better.
 */
export interface PluralForms {
  zero?: string;
  one: string;
  other: string;
}

// One per catalogue language: making an Intl.PluralRules costs far more than asking it.
const pluralRules = new Map<string, Intl.PluralRules>();

function pluralOf(language: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

export function fillCount(m: Messages, forms: PluralForms, count: number, values: Record<string, string | number> = {}): string {
  const form = count === 0 && forms.zero !== undefined ? forms.zero : pluralOf(m.common.language, count) === 'one' ? forms.one : forms.other;
  return fill(form, { ...values, count });
}
