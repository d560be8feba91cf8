// What the bot says, from the catalogue itself: tests name the entry they expect, so a reworded
// sentence does not break a test and a wrong message does.
import { fill, fillCount, messagesFor, type Messages, type PluralForms } from '../../cards/i18n/catalogue.js';

export const sv = messagesFor('sv');
export const en = messagesFor('en');

/** A catalogue entry with its placeholders filled, as the person reads it. */
export const say = (template: string, values: Record<string, string | number> = {}) => fill(template, values);

/** A catalogue entry with plural forms, in the form for `count`. */
export const sayCount = (m: Messages, forms: PluralForms, count: number, values: Record<string, string | number> = {}) => fillCount(m, forms, count, values);

/**
 * A catalogue entry as a pattern, for values a test cannot know in advance (a reference, a
 * date): each placeholder matches what `values` gives for it, or anything on one line.
 */
export function matching(template: string, values: Record<string, RegExp | string> = {}): RegExp {
  const parts = template.split(/(\{\w+\})/).map((part) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    if (!key) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const value = values[key];
    return value instanceof RegExp ? `(?:${value.source})` : value !== undefined ? value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '.+?';
  });
  return new RegExp(parts.join(''));
}
