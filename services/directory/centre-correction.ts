// What an administrator may correct about a centre, parsed from a card's raw inputs.
// Errors are codes per field; the card puts the catalogue's sentence next to the field.
import type { CentreCorrection } from './directory-store.js';
import { centreStatusSchema, type ContactChannel, type NationalFallback, type ResourceCentre } from './schema.js';

export type CorrectionField = 'status' | 'phone' | 'email' | 'web' | 'supportLine' | 'coverage';
export type CorrectionError = 'invalid_status' | 'invalid_phone' | 'invalid_email' | 'invalid_web' | 'unknown_municipality' | 'empty_coverage' | 'no_contact';

/** The correction form's inputs, as strings the card sends (checked here, field by field). */
export interface CorrectionInput {
  status?: string;
  phone?: string;
  email?: string;
  web?: string;
  supportLine?: string;
  /** Comma-separated municipality codes, as a multi-select ChoiceSet sends them. */
  coverage?: string;
  coverageNotStated?: string;
}

export const CORRECTION_INPUTS = ['status', 'phone', 'email', 'web', 'supportLine', 'coverage', 'coverageNotStated'] as const satisfies ReadonlyArray<keyof CorrectionInput>;

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
// Functional numbers only: a switchboard, a support line. Swedish or international form.
export const PHONE = /^(?:\+46|0)[\d\s-]{5,16}\d$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function parseCorrection(
  input: CorrectionInput,
  current: ResourceCentre,
  knownMunicipality: (code: string) => boolean,
): { ok: true; correction: CentreCorrection } | { ok: false; errors: Partial<Record<CorrectionField, CorrectionError>> } {
  const errors: Partial<Record<CorrectionField, CorrectionError>> = {};
  const status = centreStatusSchema.safeParse(text(input.status));
  if (!status.success) errors.status = 'invalid_status';

  const channels = parseChannels(input, current.channels, errors);

  let coverage: CentreCorrection['coverage'];
  if (input.coverageNotStated === 'true') {
    coverage = { kind: 'not_stated' };
  } else {
    const codes = [...new Set(text(input.coverage).split(',').map((c) => c.trim()).filter(Boolean))];
    if (codes.length === 0) errors.coverage = 'empty_coverage';
    else if (codes.some((c) => !knownMunicipality(c))) errors.coverage = 'unknown_municipality';
    coverage = { kind: 'municipalities', codes: codes.sort(), origin: 'admin' };
  }

  if (Object.keys(errors).length > 0 || !status.success) return { ok: false, errors };
  return { ok: true, correction: { status: status.data, channels, coverage } };
}

/** NCH's national support line is corrected the same way, contacts only: it has no coverage or status to change. */
export function parseNationalCorrection(
  input: CorrectionInput,
  current: NationalFallback,
): { ok: true; channels: ContactChannel[] } | { ok: false; errors: Partial<Record<CorrectionField, CorrectionError>> } {
  const errors: Partial<Record<CorrectionField, CorrectionError>> = {};
  const channels = parseChannels(input, current.channels, errors);
  // Every urgent receipt names NCH with a contact that exists: the last one cannot be removed.
  if (Object.keys(errors).length === 0 && !channels.some((c) => c.value)) errors.supportLine = 'no_contact';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, channels };
}

/** The contact fields, each checked; an empty one keeps a channel the sources mention, without a value. */
function parseChannels(input: CorrectionInput, currentChannels: readonly ContactChannel[], errors: Partial<Record<CorrectionField, CorrectionError>>): ContactChannel[] {
  const channels: ContactChannel[] = [];
  const channel = (field: 'phone' | 'email' | 'web' | 'supportLine', kind: ContactChannel['kind'], ok: (v: string) => boolean, code: CorrectionError) => {
    const value = text(input[field]);
    const previous = currentChannels.find((c) => c.kind === kind);
    if (!value) {
      // Keep a channel the sources mention even without a value: "phone, number not stated".
      if (previous && previous.origin !== 'admin') channels.push({ ...previous, value: undefined });
      return;
    }
    if (!ok(value)) {
      errors[field] = code;
      return;
    }
    channels.push({ kind, value, origin: 'admin', sources: previous?.sources ?? [] });
  };
  channel('phone', 'phone', (v) => PHONE.test(v), 'invalid_phone');
  channel('supportLine', 'support_line', (v) => PHONE.test(v), 'invalid_phone');
  channel('email', 'email', (v) => EMAIL.test(v), 'invalid_email');
  channel('web', 'web', (v) => {
    try {
      return new URL(v).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'invalid_web');
  return channels;
}
