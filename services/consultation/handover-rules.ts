// Handing a case on: release it to the queue, pass it to a colleague, transfer it to another
// RC. Pure rules like ./transitions.ts, run inside the repository's read-check-write cycle.
//
// Every rule takes the holder the coordinator saw on the card (`seenHolder`: the claimant's id,
// or null for an untaken case). When two coordinators hand the same case on at once, the
// first write wins; the second runs again on the record as it now is, finds another holder
// than the one its card showed, and is refused with 'handed_on' instead of undoing the first.
import type { Decision } from './consultation-repository.js';
import type { TransferReason } from './codes.js';
import type { ConsultationRecord, Handover, Person } from './record.js';
import { hasThreadText, withoutThreadText } from './thread-rules.js';

type Refusal<R extends string> = { ok: false; reason: R };
const refuse = <R extends string>(reason: R): Refusal<R> => ({ ok: false, reason });
const write = (next: ConsultationRecord) => ({ ok: true as const, next });
const unchanged = (record: ConsultationRecord) => ({ ok: true as const, next: record });

export type HandoverRefusal = Refusal<'withdrawn' | 'transferred' | 'already_answered' | 'handed_on'>;

const history = (record: ConsultationRecord, entry: Handover): Handover[] => [...(record.handovers ?? []), entry];

/** What stops any handing on: the case is over, gone elsewhere, or no longer as the card showed it. */
function blocked(record: ConsultationRecord, seenHolder: string | null): HandoverRefusal | undefined {
  if (record.status === 'withdrawn') return refuse('withdrawn');
  if (record.status === 'transferred') return refuse('transferred');
  if (record.status === 'answered' || record.status === 'closed') return refuse('already_answered');
  if ((record.claimedBy?.id ?? null) !== seenHolder) return refuse('handed_on');
  return undefined;
}

/** Back to the queue: untaken again, so the channel card offers "Ta ärendet" to everyone. */
export function release(record: ConsultationRecord, by: Person, seenHolder: string | null, now: string): Decision<HandoverRefusal> {
  // A card that showed the case untaken has nothing to release.
  if (seenHolder === null) return refuse('handed_on');
  const stop = blocked(record, seenHolder);
  if (stop) return stop;
  return write({
    ...record,
    status: 'new',
    claimedBy: null,
    times: { ...record.times, claimed: null },
    handovers: history(record, { kind: 'release', at: now, by }),
  });
}

/** To a named colleague of the same RC, taken or not: the colleague holds it from now on. */
export function pass(record: ConsultationRecord, by: Person, to: Person, seenHolder: string | null, now: string): Decision<HandoverRefusal> {
  const stop = blocked(record, seenHolder);
  if (stop) return stop;
  if (record.claimedBy?.id === to.id) return unchanged(record);
  return write({
    ...record,
    status: 'claimed',
    claimedBy: to,
    times: { ...record.times, claimed: record.times.claimed ?? now },
    handovers: history(record, { kind: 'pass', at: now, by, to }),
  });
}

/**
 * First step of a transfer: this record becomes the sending RC's history of the case, and
 * the copy at the receiving RC is made next (./case-handover.ts). A second click for the same
 * RC is no error: it lets the service finish a transfer whose copy is not made yet.
 */
export function transfer(
  record: ConsultationRecord,
  by: Person,
  toRcId: string,
  reason: TransferReason,
  seenHolder: string | null,
  now: string,
): Decision<HandoverRefusal | Refusal<'same_centre'>> {
  if (toRcId === record.rcId) return refuse('same_centre');
  // Stryker disable next-line ConditionalExpression,OptionalChaining: a transferred record always says where to and no other has a destination; the `?.` is for the compiler.
  if (record.status === 'transferred' && record.transferredTo?.rcId === toRcId) return unchanged(record);
  const stop = blocked(record, seenHolder);
  if (stop) return stop;
  return write({
    ...record,
    status: 'transferred',
    transferredTo: { rcId: toRcId, reference: null, reason },
    handovers: history(record, { kind: 'transfer', at: now, by, toRcId, reason }),
  });
}

/**
 * Last step: the copy exists, so the sending record points at it and lets go of the free
 * text (the case is read at the receiving RC now; the codes stay for the statistics).
 */
export function linkTransfer(record: ConsultationRecord, copyReference: string, now: string): Decision<Refusal<'not_found'>> {
  const to = record.transferredTo;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the status and the destination go together (see transfer); the destination check is for the compiler.
  if (record.status !== 'transferred' || !to) return refuse('not_found');
  if (to.reference === copyReference && record.question === null && record.answer === null && !hasThreadText(record)) return unchanged(record);
  return write({
    ...record,
    transferredTo: { ...to, reference: copyReference },
    question: null,
    answer: null,
    // The thread went with the copy; the sending RC keeps who wrote when, not what.
    thread: withoutThreadText(record.thread),
    times: { ...record.times, erased: now },
  });
}

/**
 * Retention for a transfer whose copy was never made: once the retention period has run from
 * the transfer, the sending record lets go of its free text as a closed case would; the codes
 * stay. (With a copy, linkTransfer above is the step that lets go of it.)
 */
export function eraseUnfinishedTransfer(record: ConsultationRecord, transferredBefore: Date, now: string): Decision<Refusal<'not_expired'>> {
  // Stryker disable next-line ConditionalExpression: nothing is handed on after a transfer here, so the last handover of a transferred record is its transfer.
  const at = record.handovers?.findLast((h) => h.kind === 'transfer')?.at;
  if (record.status !== 'transferred' || !at || Date.parse(at) > transferredBefore.getTime()) return refuse('not_expired');
  if (record.question === null && record.answer === null && !hasThreadText(record)) return unchanged(record);
  return write({ ...record, question: null, answer: null, thread: withoutThreadText(record.thread), times: { ...record.times, erased: now } });
}
