// What the bot says, from the catalogue itself: tests name the entry they expect, so a reworded
// sentence does not break a test and a wrong message does.
import { fill, messagesFor } from '../../cards/i18n/catalogue.js';

export const sv = messagesFor('sv');
export const en = messagesFor('en');

/** A catalogue entry with its placeholders filled, as the person reads it. */
export const say = (template: string, values: Record<string, string | number> = {}) => fill(template, values);
