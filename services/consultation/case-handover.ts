// Handing a case on, for the RC's coordinators: release it to the queue, pass it to a
// colleague, transfer it to another RC. Each change is a conditional write on the record
// (./handover-rules.ts has the rules and why a second coordinator is refused, not overruled).
//
// A transfer moves the case to another partition, and neither store writes two documents at
// once, so it is three single-document steps, each safe to run again:
//   1. the sending record becomes 'transferred' (the conditional write: one coordinator wins);
//   2. the copy is created at the receiving RC under a key derived from the sending record
//      (./submission-keys.ts), so running this again finds the copy instead of making another;
//   3. the sending record points at the copy and lets go of the free text.
// If the process stops between steps, the sending card still offers nothing but the same
// transfer, and pressing it again finishes the steps that are missing.
import type { DirectoryIndex } from '../directory/lookup.js';
import type { DocumentStore, Stored } from '../storage/port.js';
import type { Clock } from '../time/clock.js';
import { realSleep, type Sleep } from '../time/sleep.js';
import { coordinates, personOf, type Actor } from '../rights/actor.js';
import { ChangeMarks } from './change-marks.js';
import { transferReasonSchema } from './codes.js';
import { ConsultationRepository, type RecordDraft } from './consultation-repository.js';
import { NOT_COORDINATOR, type ChangeResult, type InProgress, type NotCoordinator } from './consultation-results.js';
import * as rules from './handover-rules.js';
import type { ConsultationRecord, Person } from './record.js';
import { newRecordDraft } from './record-draft.js';
import { referenceYear } from './reference.js';
import { DEFAULT_KEY_OPTIONS, SubmissionKeys } from './submission-keys.js';

export type HandoverResult = ChangeResult<rules.HandoverRefusal> | NotCoordinator | { ok: false; reason: 'not_colleague' };
/** `newlyPassed`: this call handed the case to the colleague (not a second click), so they are told once. */
export type PassResult = (Extract<HandoverResult, { ok: true }> & { newlyPassed: boolean }) | Exclude<HandoverResult, { ok: true }>;
export type TransferResult =
  /** `created`: this call made the copy, so it is announced and the requester told once. */
  | { ok: true; record: ConsultationRecord; copy: ConsultationRecord; created: boolean }
  | Exclude<ChangeResult<rules.HandoverRefusal | { ok: false; reason: 'same_centre' }>, { ok: true }>
  | NotCoordinator
  | InProgress
  | { ok: false; reason: 'unknown_centre' | 'invalid_code' };

/** The key of a transfer's copy: one per sending record, so a repeated step 2 finds it. */
export const transferKey = (record: Pick<ConsultationRecord, 'rcId' | 'id'>) => `transfer:${record.rcId}:${record.id}`;

export class CaseHandover {
  private readonly repo: ConsultationRepository;
  private readonly keys: SubmissionKeys;

  constructor(
    store: DocumentStore,
    private readonly directory: () => DirectoryIndex,
    private readonly clock: Clock,
    options: { sleep?: Sleep } = {},
  ) {
    const sleep = options.sleep ?? realSleep;
    this.repo = new ConsultationRepository(store, sleep, new ChangeMarks(store, clock));
    this.keys = new SubmissionKeys(this.repo.docs, clock, sleep, DEFAULT_KEY_OPTIONS);
  }

  /** Back to the queue. `seenHolder`: who held the case on the clicker's card. */
  async release(actor: Actor, rcId: string, id: string, seenHolder: string | null): Promise<HandoverResult> {
    if (!coordinates(actor, rcId)) return NOT_COORDINATOR;
    return this.repo.update(rcId, id, (r) => rules.release(r, personOf(actor), seenHolder, this.nowIso()));
  }

  /** To a colleague: one of `colleagues`, the people of the RC's team as Teams lists them. */
  async pass(actor: Actor, rcId: string, id: string, toId: string, seenHolder: string | null, colleagues: readonly Person[]): Promise<PassResult> {
    if (!coordinates(actor, rcId)) return NOT_COORDINATOR;
    const to = colleagues.find((p) => p.id === toId);
    if (!to) return { ok: false, reason: 'not_colleague' };
    // The decision runs again after a lost race; the last run is the one that was written.
    let newlyPassed = false;
    const result = await this.repo.update(rcId, id, (r) => {
      const decision = rules.pass(r, personOf(actor), personOf(to), seenHolder, this.nowIso());
      newlyPassed = decision.ok && decision.next !== r;
      return decision;
    });
    return result.ok ? { ...result, newlyPassed } : result;
  }

  /** To another RC, with a reason code; the result holds both records (see the steps above). */
  async transfer(actor: Actor, rcId: string, id: string, input: { toRcId: string; reason: string }, seenHolder: string | null): Promise<TransferResult> {
    if (!coordinates(actor, rcId)) return NOT_COORDINATOR;
    const reason = transferReasonSchema.safeParse(input.reason);
    if (!reason.success) return { ok: false, reason: 'invalid_code' };
    const target = this.directory().centre(input.toRcId);
    if (!target) return { ok: false, reason: 'unknown_centre' };
    const now = this.nowIso();
    const sent = await this.repo.update(rcId, id, (r) => rules.transfer(r, personOf(actor), input.toRcId, reason.data, seenHolder, now));
    if (!sent.ok) return sent;
    const copy = await this.copyAt(sent.record, target.shortCode, now);
    if (!copy) return { ok: false, reason: 'in_progress' };
    const linked = await this.repo.update<never>(rcId, id, (r) => {
      const decision = rules.linkTransfer(r, copy.stored.item.reference, now);
      // Only a concurrent erasure could make this refuse; the copy exists either way.
      return decision.ok ? decision : { ok: true, next: r };
    });
    return linked.ok ? { ok: true, record: linked.record, copy: copy.stored.item, created: copy.created } : linked;
  }

  /** Step 2: the receiving RC's record, new and untaken, with the case's codes, text and contacts. */
  private async copyAt(sent: ConsultationRecord, shortCode: string, now: string): Promise<{ stored: Stored<ConsultationRecord>; created: boolean } | undefined> {
    const toRcId = sent.transferredTo?.rcId;
    if (!toRcId) throw new Error(`transfer: ${sent.reference} has no destination after step 1`);
    const key = transferKey(sent);
    const find = () => this.repo.findBySubmissionKey(toRcId, key);
    const draft: RecordDraft = {
      ...newRecordDraft(
        {
          rcId: toRcId,
          municipality: sent.municipality,
          sector: sent.sector,
          gender: sent.gender,
          ageBand: sent.ageBand,
          violence: sent.violence,
          perpetrators: sent.perpetrators,
          questionType: sent.questionType,
          urgent: sent.urgent,
          channel: sent.channel,
          question: sent.question,
          answer: null,
          outcomes: [],
          contacts: sent.contacts,
          requester: sent.requester,
          submissionKey: key,
        },
        now,
      ),
      requesterConversation: sent.requesterConversation,
      // The conversation goes on at the receiving RC; each message keeps the centre that wrote it.
      thread: sent.thread,
      handovers: sent.handovers ?? [],
      transferredFrom: { rcId: sent.rcId, reference: sent.reference },
      ...(sent.contactLog ? { contactLog: sent.contactLog } : {}),
      ...(sent.stage ? { stage: sent.stage } : {}),
    };
    const owned = await this.keys.acquire(toRcId, key, find);
    if (owned.kind === 'existing') return { stored: owned.stored, created: false };
    if (owned.kind === 'in_progress') return undefined;
    const stored = await this.repo.createNumbered(draft, shortCode, referenceYear(new Date(now)), owned.stillEntitled);
    return stored && { stored, created: true };
  }

  private nowIso(): string {
    return this.clock.now().toISOString();
  }
}
