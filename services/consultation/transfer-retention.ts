// Retention for transfers whose last step never ran (./case-handover.ts): the sending record
// still holds the case's text. When the copy exists, the last step is run here (it links the
// copy and lets go of the text, as the coordinator's click would have); when it does not, the
// text goes once the retention period has run from the transfer. The codes stay either way.
import { transferKey } from './case-handover.js';
import type { ConsultationRepository } from './consultation-repository.js';
import { eraseUnfinishedTransfer, linkTransfer } from './handover-rules.js';

/** How many sending records lost their text in this run. */
export async function eraseTransferredText(repo: ConsultationRepository, cutoff: Date, now: Date, limit: number): Promise<number> {
  let erased = 0;
  for (const record of await repo.findTransferredWithText(limit)) {
    const toRcId = record.transferredTo?.rcId;
    const copy = toRcId ? await repo.findBySubmissionKey(toRcId, transferKey(record)) : undefined;
    let changed = false;
    const result = await repo.update(record.rcId, record.id, (r) => {
      const decision = copy ? linkTransfer(r, copy.item.reference, now.toISOString()) : eraseUnfinishedTransfer(r, cutoff, now.toISOString());
      changed = decision.ok && decision.next !== r;
      return decision;
    });
    if (result.ok && changed) erased++;
  }
  return erased;
}
