// Reading Adaptive Card inputs. Cards send every value as a string (or leave it out),
// multi-selects comma-separated and toggles 'true'/'false'. Each reader answers with a value
// or one error code, and `collect` turns a form's readings into all its errors at once.

import { checkText, cleanText, type FindingKind } from '../privacy/index.js';
import { MAX_FREE_TEXT } from './codes.js';

export type FieldError =
  | 'required'
  | 'invalid'
  | 'too_long'
  | 'unknown_municipality'
  | 'no_centre_for_municipality'
  | 'choose_centre'
  | 'not_deidentified'
  | 'identifying'
  | 'possibly_identifying'
  /** A meeting link that is not a Teams meeting's (members would be sent to another site). */
  | 'not_teams_meeting';

/** What the identifier check found in one free-text field: kinds only, never the text. */
export interface PrivacyKinds {
  blocking: FindingKind[];
  warnings: FindingKind[];
}

/** Card data as the bot receives it; only string values are meaningful. */
export type RawInput = Readonly<Record<string, unknown>>;

/**
 * A form's inputs as the bot's edge schema parsed them: the form's own fields, each a string
 * as Adaptive Cards send them (multi-selects comma-separated, toggles 'true'/'false'). The
 * domain still checks codes, lengths and the identifier check; what services take from a card.
 */
export type FormInput<F extends string> = Readonly<Partial<Record<F, string>>>;

export type Reading<T> = ({ ok: true; value: T } | { ok: false; error: FieldError }) & { privacy?: PrivacyKinds };

export type Parsed<V, F extends string> =
  | { ok: true; value: V }
  | { ok: false; errors: Partial<Record<F, FieldError>>; privacy: Partial<Record<F, PrivacyKinds>> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// A hostile client can send far more than a card's maxLength; beyond this the text is refused
// as too long without spending time on the identifier check.
const MAX_CHECKED_TEXT = 5 * MAX_FREE_TEXT;

export const ok = <T>(value: T): Reading<T> => ({ ok: true, value });
export const fail = <T>(error: FieldError): Reading<T> => ({ ok: false, error });

/** Trimmed text; '' when missing; undefined when the value is not a string at all. */
export function rawText(raw: RawInput, field: string): string | undefined {
  const value = raw[field];
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value.trim() : undefined;
}

export function choice<T extends string>(raw: RawInput, field: string, allowed: readonly T[]): Reading<T> {
  const text = rawText(raw, field);
  if (text === '') return fail('required');
  return text !== undefined && (allowed as readonly string[]).includes(text) ? ok(text as T) : fail('invalid');
}

/** A comma-separated multi-select, deduplicated and put in code order so records compare equal. */
export function multi<T extends string>(raw: RawInput, field: string, allowed: readonly T[], required: boolean): Reading<T[]> {
  const text = rawText(raw, field);
  if (text === undefined) return fail('invalid');
  const picked = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
  if (picked.length === 0) return required ? fail('required') : ok([]);
  if (picked.some((part) => !(allowed as readonly string[]).includes(part))) return fail('invalid');
  return ok(allowed.filter((code) => picked.includes(code)));
}

/** An unset toggle is simply off. */
export function toggle(raw: RawInput, field: string): Reading<boolean> {
  const text = rawText(raw, field);
  if (text === '' || text === 'false') return ok(false);
  return text === 'true' ? ok(true) : fail('invalid');
}

/** The professional's promise that the text names no one; anything but 'true' is no promise. */
export function affirmation(raw: RawInput, field: string): Reading<true> {
  const on = toggle(raw, field);
  if (!on.ok) return on;
  return on.value ? ok(true) : fail('not_deidentified');
}

export function optionalUuid(raw: RawInput, field: string): Reading<string | null> {
  const text = rawText(raw, field);
  if (text === '') return ok(null);
  return text !== undefined && UUID.test(text) ? ok(text.toLowerCase()) : fail('invalid');
}

/** A whole number in a range; '' gives the fallback. */
export function count(raw: RawInput, field: string, min: number, max: number, fallback: number): Reading<number> {
  const text = rawText(raw, field);
  if (text === '') return ok(fallback);
  const value = text === undefined || !/^\d{1,6}$/.test(text) ? NaN : Number(text);
  return Number.isInteger(value) && value >= min && value <= max ? ok(value) : fail('invalid');
}

/**
 * Free text, made safe (privacy/clean-text.ts) and through the identifier check before anything
 * can store it, for every free-text field of every domain: a blocking finding
 * always stops; warnings stop until the user has confirmed them. Optional text left empty is null.
 */
/** `knownSafeTerms`: published functional contacts that are not identifiers here (from the directory, never from the text's author). */
type FreeTextOptions = { required: boolean; confirmed: boolean; knownSafeTerms?: readonly string[] };
export function freeText(raw: RawInput, field: string, options: FreeTextOptions & { required: true }): Reading<string>;
export function freeText(raw: RawInput, field: string, options: FreeTextOptions): Reading<string | null>;
export function freeText(raw: RawInput, field: string, options: FreeTextOptions): Reading<string | null> {
  const typed = rawText(raw, field);
  if (typed === undefined) return fail('invalid');
  if (typed.length > 2 * MAX_CHECKED_TEXT) return fail('too_long'); // before any work, as below
  // What is checked is what is stored: normalised, without control, bidi or invisible characters.
  const text = cleanText(typed).trim();
  if (text === '') return options.required ? fail('required') : ok(null);
  if (text.length > MAX_CHECKED_TEXT) return fail('too_long');
  const check = checkText(text, options.knownSafeTerms ? { knownSafeTerms: options.knownSafeTerms } : {});
  const privacy: PrivacyKinds = { blocking: kinds(check.blocking), warnings: kinds(check.warnings) };
  const found = privacy.blocking.length > 0 || privacy.warnings.length > 0 ? { privacy } : {};
  const stop = (error: FieldError): Reading<string | null> => ({ ok: false, error, ...found });
  if (privacy.blocking.length > 0) return stop('identifying');
  if (text.length > MAX_FREE_TEXT) return stop('too_long');
  if (privacy.warnings.length > 0 && !options.confirmed) return stop('possibly_identifying');
  return { ok: true, value: text, ...found };
}

function kinds(findings: readonly { kind: FindingKind }[]): FindingKind[] {
  return [...new Set(findings.map((f) => f.kind))];
}

type Values<R extends Record<string, Reading<unknown>>> = { [K in keyof R]: R[K] extends Reading<infer T> ? T : never };

/** Every field's outcome at once: the values when all are good, else one code per bad field. */
export function collect<R extends Record<string, Reading<unknown>>>(readings: R): Parsed<Values<R>, Extract<keyof R, string>> {
  type F = Extract<keyof R, string>;
  const errors: Partial<Record<F, FieldError>> = {};
  const privacy: Partial<Record<F, PrivacyKinds>> = {};
  const values: Partial<Record<F, unknown>> = {};
  for (const [field, reading] of Object.entries(readings) as Array<[F, Reading<unknown>]>) {
    if (reading.privacy) privacy[field] = reading.privacy;
    if (reading.ok) values[field] = reading.value;
    else errors[field] = reading.error;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, privacy };
  return { ok: true, value: values as Values<R> };
}
