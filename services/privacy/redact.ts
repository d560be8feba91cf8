// Shows the user their own text with each identifier replaced by a tag, so the card
// can say what to change. For display in the conversation only: the redacted text is
// never stored or logged, because a miss would still be in it.

import type { Finding, FindingKind, PrivacyCheck } from './types.js';
import { mergeOverlapping } from './merge.js';

export const REDACTION_TAGS: Readonly<Record<FindingKind, string>> = {
  personal_identity_number: '[personnummer]',
  phone_number: '[telefonnummer]',
  email_address: '[e-postadress]',
  street_address: '[adress]',
  postcode: '[postnummer]',
  exact_date_of_birth: '[födelsedatum]',
  personal_name: '[namn]',
  school_name: '[skola]',
  workplace_name: '[arbetsplats]',
};

export function redact(
  text: string,
  findings: readonly Finding[] | PrivacyCheck,
  tags: Readonly<Record<FindingKind, string>> = REDACTION_TAGS,
): string {
  const list = 'blocking' in findings ? [...findings.blocking, ...findings.warnings] : findings;
  let out = '';
  let at = 0;
  for (const f of mergeOverlapping(list.filter((f) => f.start >= 0 && f.end <= text.length && f.start < f.end))) {
    out += text.slice(at, f.start) + tags[f.kind];
    at = f.end;
  }
  return out + text.slice(at);
}
