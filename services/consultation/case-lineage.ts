// A case handed on to another RC is two records, one per centre (./case-handover.ts). The
// professional sees the case once: the record where it is now, with the centre it started at.
import type { ConsultationRecord } from './record.js';

export interface CurrentCase {
  record: ConsultationRecord;
  /** Where the case started, when it was handed on: the first centre found among the records given. */
  handedOnFrom?: { rcId: string; reference: string };
}

const keyOf = (rcId: string, reference: string) => `${rcId}\u0000${reference}`;

/**
 * Each case once, in the order given: a record that another of the list was copied from is left
 * out (also when the transfer's last step never linked them), and its copy says where it came from.
 * A transferred record whose copy is not in the list (never made, or past the list's length) stays.
 */
export function currentCases(records: readonly ConsultationRecord[]): CurrentCase[] {
  const byReference = new Map(records.map((r) => [keyOf(r.rcId, r.reference), r]));
  const handedOn = new Set(records.flatMap((r) => (r.transferredFrom ? [keyOf(r.transferredFrom.rcId, r.transferredFrom.reference)] : [])));
  return records
    .filter((r) => !handedOn.has(keyOf(r.rcId, r.reference)))
    .map((record) => {
      let origin = record.transferredFrom ?? undefined;
      // Follow a case handed on more than once back to its first centre; the set guards against a loop.
      const seen = new Set<string>();
      while (origin && !seen.has(keyOf(origin.rcId, origin.reference))) {
        seen.add(keyOf(origin.rcId, origin.reference));
        const earlier = byReference.get(keyOf(origin.rcId, origin.reference))?.transferredFrom;
        if (!earlier) break;
        origin = earlier;
      }
      return origin ? { record, handedOnFrom: { rcId: origin.rcId, reference: origin.reference } } : { record };
    });
}
