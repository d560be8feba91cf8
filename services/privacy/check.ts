// The identifier check every free-text field goes through before it is stored. Pure
// and synchronous: regular expressions and set lookups over the text, nothing else.

import { findDatesOfBirth } from './detectors/date-of-birth.js';
import { findEmailAddresses } from './detectors/email-address.js';
import { findObfuscatedNumbers } from './detectors/obfuscated-numbers.js';
import { findPersonalIdentityNumbers } from './detectors/personal-identity-number.js';
import { findPersonalNames } from './detectors/personal-name.js';
import { findPhoneNumbers } from './detectors/phone-number.js';
import { findPostcodes } from './detectors/postcode.js';
import { findSchoolNames } from './detectors/school-name.js';
import { findStreetAddresses } from './detectors/street-address.js';
import { findWorkplaceNames } from './detectors/workplace-name.js';
import { toPrivacyCheck } from './merge.js';
import { asOneByte } from './one-byte.js';
import { institutionSpans, isInside, knownSafeSpans } from './safe-terms.js';
import type { CheckOptions, Finding, PrivacyCheck } from './types.js';
import { isBlockingKind } from './types.js';

const DETECTORS: readonly ((text: string) => Finding[])[] = [
  findPersonalIdentityNumbers,
  findPhoneNumbers,
  findObfuscatedNumbers,
  findEmailAddresses,
  findStreetAddresses,
  findPostcodes,
  findDatesOfBirth,
  findPersonalNames,
  findSchoolNames,
  findWorkplaceNames,
];

export function checkText(text: string, options: CheckOptions = {}): PrivacyCheck {
  // Stryker disable next-line ConditionalExpression,MethodExpression,StringLiteral: a fast path; no detector finds anything in blank text.
  if (text.trim() === '') return { blocking: [], warnings: [] };
  // Same length and offsets as `text`, read many times faster (see one-byte.ts).
  const subject = asOneByte(text);
  const safe = knownSafeSpans(subject, options.knownSafeTerms, subject !== text);
  const institutions = institutionSpans(subject);
  const findings = DETECTORS.flatMap((detect) => detect(subject)).filter(
    (f) => !isInside(f, safe) && (isBlockingKind(f.kind) || !isInside(f, institutions)),
  );
  return toPrivacyCheck(findings);
}

/** Nothing found at all. A caller that lets users confirm warnings checks `blocking.length === 0` instead. */
export function isClean(check: PrivacyCheck): boolean {
  return check.blocking.length === 0 && check.warnings.length === 0;
}
