// Overlapping findings become one, so a card never points twice at the same
// characters: within blocking and within warnings the union of the spans is kept and
// the more specific kind wins ("19850101-1234" is a personnummer even though its first
// eight digits also read as a date of birth). A warning inside a blocking finding is
// dropped: the blocking one has to go anyway.

import type { Finding, FindingKind, PrivacyCheck } from './types.js';
import { isBlockingKind } from './types.js';

const PRIORITY: readonly FindingKind[] = [
  'personal_identity_number',
  'phone_number',
  'email_address',
  'exact_date_of_birth',
  'street_address',
  'postcode',
  'school_name',
  'workplace_name',
  'personal_name',
];

const rank = (kind: FindingKind) => PRIORITY.indexOf(kind);

/** Sorted, non-overlapping findings; overlapping (not merely touching) spans are joined. */
export function mergeOverlapping(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Finding[] = [];
  for (const finding of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && finding.start < last.end) {
      last.end = Math.max(last.end, finding.end);
      if (rank(finding.kind) < rank(last.kind)) last.kind = finding.kind;
    } else {
      merged.push({ ...finding });
    }
  }
  return merged;
}

export function toPrivacyCheck(findings: readonly Finding[]): PrivacyCheck {
  const blocking = mergeOverlapping(findings.filter((f) => isBlockingKind(f.kind)));
  const warnings = mergeOverlapping(findings.filter((f) => !isBlockingKind(f.kind))).filter(
    (w) => !blocking.some((b) => w.start < b.end && b.start < w.end),
  );
  return { blocking, warnings };
}
