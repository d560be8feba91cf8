// The contract of the identifier check. Findings carry offsets, never the matched text,
// so a caller can point at the problem (and log that there was one) without copying
// the identifier anywhere.

/** Must be removed before the text may be stored. */
export const BLOCKING_KINDS = [
  'personal_identity_number',
  'phone_number',
  'email_address',
  'street_address',
  'postcode',
  'exact_date_of_birth',
] as const;

/** Probably identifying; the user may confirm and submit anyway. */
export const WARNING_KINDS = ['personal_name', 'school_name', 'workplace_name'] as const;

export type BlockingKind = (typeof BLOCKING_KINDS)[number];
export type WarningKind = (typeof WARNING_KINDS)[number];
export type FindingKind = BlockingKind | WarningKind;

/**
 * One identifier in the text. `start`/`end` are UTF-16 code-unit offsets (JavaScript
 * string indices), end exclusive: `text.slice(start, end)` is the identifier.
 */
export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
}

export interface PrivacyCheck {
  blocking: Finding[];
  warnings: Finding[];
}

export interface CheckOptions {
  /**
   * Phrases that are never identifiers in this deployment, e.g. a centre's functional
   * phone number or a project name that looks like a first name. A finding that lies
   * wholly inside an occurrence (case-insensitive) is dropped, blocking ones included,
   * so the list must come from configuration, never from the user being checked.
   */
  knownSafeTerms?: readonly string[];
}

export function isBlockingKind(kind: FindingKind): kind is BlockingKind {
  return (BLOCKING_KINDS as readonly string[]).includes(kind);
}
