// Consultations from request to closing: what the bot's handlers call. Every operation takes
// the acting person with the roles the bot resolved and refuses by itself. Form input arrives
// as the card's strings and the domain checks it here (codes, the identifier check) before
// anything is stored; every change to a record is a conditional write (the repository);
// results are discriminated unions (consultation-results.ts) the bot turns into catalogue text.

import type { DirectoryIndex } from '../directory/lookup.js';
import type { DocumentStore, Stored } from '../storage/port.js';
import type { Clock } from '../time/clock.js';
import { realSleep, type Sleep } from '../time/sleep.js';
import { adviceFollowedSchema } from './codes.js';
import { ChangeMarks } from './change-marks.js';
import { ConsultationRepository, type RecordDraft } from './consultation-repository.js';
import { parseAnswerInput, parseLogInput, type AnswerField, type LogField } from './coordinator-inputs.js';
import { coordinates, personOf, type Actor } from '../rights/actor.js';
import type { FormInput } from './fields.js';
import type { ConsultationRecord } from './record.js';
import { referenceYear } from './reference.js';
import { parseSubmission, type SubmissionField } from './submission.js';
import { DEFAULT_KEY_OPTIONS, SubmissionKeys, type SubmissionKeyOptions } from './submission-keys.js';
import * as rules from './transitions.js';
import { newRecordDraft } from './record-draft.js';
import { NOT_COORDINATOR, type AnswerResult, type ChangeResult, type ClaimResult, type Created, type FeedbackResult, type InProgress, type LogResult, type NotCoordinator, type QueueItem, type QueueResult, type SubmitResult, type ViewResult } from './consultation-results.js';
import { functionalContacts } from './functional-contacts.js';
import { dueAt, responseTiming, SHORTEST_TARGET_HOURS, type ResponseTargets, type ResponseTiming } from './response-targets.js';
import { ResponseTargetSettings, type SetTargetsResult, type TargetField } from './response-target-settings.js';
import { eraseTransferredText } from './transfer-retention.js';
import { neverPosted, waitingByCentre, type WaitingCentre } from './waiting-for-channel.js';

/** The queue shows what still needs someone: not yet taken, or taken and not yet answered. */
const OPEN_STATUSES = ['new', 'claimed'] as const;

/** "Följdes rådet?" is asked this long after the answer. */
export const FOLLOW_UP_AFTER_DAYS = 7;

const DAY_MS = 86_400_000;
const MAX_LIST = 100;
/** Per job run; the next run takes the rest. */
const JOB_BATCH = 500;

export interface ConsultationServiceOptions {
  retentionDays: number;
  /** Injected so tests never wait; defaults to a real timer. */
  sleep?: Sleep;
  submissionKeys?: Partial<SubmissionKeyOptions>;
  /** The RCs' targets and closed periods, shared with the channel bindings (and their cache time). */
  targets?: ResponseTargetSettings;
}

export * from './consultation-results.js';

export class ConsultationService {
  private readonly repo: ConsultationRepository;
  private readonly keys: SubmissionKeys;
  private readonly retentionDays: number;
  private readonly targets: ResponseTargetSettings;

  constructor(
    store: DocumentStore,
    private readonly directory: () => DirectoryIndex,
    private readonly clock: Clock,
    options: ConsultationServiceOptions,
  ) {
    if (!Number.isFinite(options.retentionDays) || options.retentionDays < 1) {
      throw new RangeError(`retentionDays must be at least 1, got ${options.retentionDays}`);
    }
    const sleep = options.sleep ?? realSleep;
    this.retentionDays = options.retentionDays;
    this.repo = new ConsultationRepository(store, sleep, new ChangeMarks(store, clock));
    this.targets = options.targets ?? new ResponseTargetSettings(store, directory, clock);
    this.keys = new SubmissionKeys(this.repo.docs, clock, sleep, { ...DEFAULT_KEY_OPTIONS, ...options.submissionKeys });
  }

  /** A professional's request from the card. `requesterConversation` is kept to deliver the answer later. */
  async submit(actor: Actor, input: FormInput<SubmissionField>, requesterConversation: unknown = null): Promise<SubmitResult> {
    const directory = this.directory();
    const parsed = parseSubmission(input, directory);
    if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors, privacy: parsed.privacy };
    const { submissionKey, question, ...codes } = parsed.value;
    const requester = personOf(actor);
    // Not `{ ...codes, channel, … }`: see record-draft.ts.
    const draft = newRecordDraft(Object.assign({}, codes, { channel: 'teams' as const, question, answer: null, outcomes: [], contacts: 1, requester, submissionKey }), this.nowIso());
    const result = await this.createOnce({ ...draft, requesterConversation }, this.shortCode(directory, codes.rcId), submissionKey);
    // A key is only as private as the card that carries it: never hand one person's request to another.
    if (result.ok && result.duplicate && result.record.requester?.id !== requester.id) return { ok: false, reason: 'key_conflict' };
    return result;
  }

  /** A consultation by phone, e-mail, meeting or network session, logged afterwards: closed at once. */
  async logConsultation(actor: Actor, rcId: string, input: FormInput<LogField>): Promise<LogResult> {
    if (!coordinates(actor, rcId)) return NOT_COORDINATOR;
    const directory = this.directory();
    if (!directory.centre(rcId)) return { ok: false, reason: 'unknown_centre' };
    const coordinator = personOf(actor);
    const parsed = parseLogInput(input, directory);
    if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors, privacy: parsed.privacy };
    const { submissionKey, ...fields } = parsed.value;
    const draft = newRecordDraft({ ...fields, rcId, requester: null, submissionKey }, this.nowIso());
    const now = draft.times.created;
    const closed: RecordDraft = {
      ...draft,
      status: 'closed',
      claimedBy: coordinator,
      answeredBy: coordinator,
      times: { ...draft.times, claimed: now, answered: now, closed: now },
    };
    return this.createOnce(closed, this.shortCode(directory, rcId), submissionKey);
  }

  async withdraw(actor: Actor, rcId: string, id: string): Promise<ChangeResult<rules.WithdrawRefusal>> {
    return this.repo.update(rcId, id, (r) => rules.withdraw(r, actor.id, this.nowIso()));
  }

  /** The request as its RC's coordinators see it (the channel card's refresh). */
  async viewAsCoordinator(actor: Actor, rcId: string, id: string): Promise<ViewResult> {
    if (!coordinates(actor, rcId)) return NOT_COORDINATOR;
    const stored = await this.repo.findById(rcId, id);
    return stored ? { ok: true, record: stored.item } : { ok: false, reason: 'not_found' };
  }

  /** Exactly one of many simultaneous claims wins; the others learn who took it. */
  async claim(actor: Actor, rcId: string, id: string): Promise<ClaimResult> {
    if (!coordinates(actor, rcId)) return NOT_COORDINATOR;
    // The decision runs again after a lost race; the last run is the one that was written.
    let newlyClaimed = false;
    const result = await this.repo.update(rcId, id, (r) => {
      const decision = rules.claim(r, personOf(actor), this.nowIso());
      newlyClaimed = decision.ok && decision.next !== r;
      return decision;
    });
    return result.ok ? Object.assign({}, result, { newlyClaimed }) : result;
  }

  async answer(actor: Actor, rcId: string, id: string, input: FormInput<AnswerField>): Promise<AnswerResult> {
    if (!coordinates(actor, rcId)) return NOT_COORDINATOR;
    const parsed = parseAnswerInput(input, functionalContacts(this.directory(), rcId));
    if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors, privacy: parsed.privacy };
    return this.repo.update(rcId, id, (r) => rules.answer(r, personOf(actor), parsed.value, this.nowIso()));
  }

  /** Who closes is not kept: the statistics count cases, and the claim already names a person. */
  async close(actor: Actor, rcId: string, id: string): Promise<ChangeResult<rules.CloseRefusal> | NotCoordinator> {
    if (!coordinates(actor, rcId)) return NOT_COORDINATOR;
    return this.repo.update(rcId, id, (r) => rules.close(r, this.nowIso()));
  }

  async reopen(actor: Actor, rcId: string, id: string): Promise<ChangeResult<rules.ReopenRefusal> | NotCoordinator> {
    if (!coordinates(actor, rcId)) return NOT_COORDINATOR;
    return this.repo.update(rcId, id, (r) => rules.reopen(r, personOf(actor), this.nowIso()));
  }

  /** "Var rådet till hjälp?" 1–5, by the professional who asked. */
  async rateHelpfulness(actor: Actor, rcId: string, id: string, rating: number): Promise<FeedbackResult> {
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) return { ok: false, reason: 'invalid_rating' };
    return this.repo.update(rcId, id, (r) => rules.rateHelpfulness(r, actor.id, rating));
  }

  async recordAdviceFollowed(actor: Actor, rcId: string, id: string, code: string): Promise<FeedbackResult> {
    const followed = adviceFollowedSchema.safeParse(code);
    if (!followed.success) return { ok: false, reason: 'invalid_code' };
    return this.repo.update(rcId, id, (r) => rules.recordAdviceFollowed(r, actor.id, followed.data));
  }

  /** The request's card in the RC channel (or its copy in the national channel), so later changes update it in place. */
  /** `known`: the record as just stored (its ETag spares a read; a stale one costs a retry). */
  async setChannelActivity(rcId: string, id: string, activityId: string, where: 'centre' | 'national' = 'centre', known?: { record: ConsultationRecord; etag: string }): Promise<ChangeResult> {
    const field = where === 'centre' ? 'channelActivityId' : 'nationalActivityId';
    const current = known && { item: known.record, etag: known.etag };
    return this.repo.update<never>(rcId, id, (r) => ({ ok: true, next: r[field] === activityId ? r : { ...r, [field]: activityId } }), current);
  }

  async get(rcId: string, id: string): Promise<{ record: ConsultationRecord; etag: string } | undefined> {
    const stored = await this.repo.findById(rcId, id);
    return stored && { record: stored.item, etag: stored.etag };
  }

  /** The professional's own requests at every RC, newest first. */
  async listMine(requesterId: string, limit = 20): Promise<ConsultationRecord[]> {
    return this.repo.findByRequester(requesterId, clampLimit(limit));
  }

  /**
   * The RC's open requests, oldest first, each with its age in working hours and its target.
   * Only the RC's coordinators (from its bound channel) see them.
   */
  async openQueue(actor: Actor, rcId: string, now: Date = this.clock.now()): Promise<QueueResult> {
    if (!coordinates(actor, rcId)) return NOT_COORDINATOR;
    const records = await this.repo.findInCentreByStatus(rcId, OPEN_STATUSES, MAX_LIST);
    const targets = await this.targets.forCentre(rcId);
    return { ok: true, items: records.map((record) => ({ record, timing: responseTiming(record, now, targets) })) };
  }

  /** The cases this person has taken and not yet answered, at every RC (their personal chat). */
  async myClaimed(actor: Actor, now: Date = this.clock.now()): Promise<QueueItem[]> {
    const records = await this.repo.findClaimedBy(actor.id, MAX_LIST);
    const targets = await this.targets.all();
    return records.map((record) => ({ record, timing: responseTiming(record, now, targets.get(record.rcId)) }));
  }

  /** How long a request has waited against its RC's target, for the channel card. */
  async timing(record: ConsultationRecord, now: Date = this.clock.now()): Promise<ResponseTiming> {
    return responseTiming(record, now, await this.targets.forCentre(record.rcId));
  }

  /** The RC's response targets (the defaults until an administrator sets them). */
  async responseTargets(rcId: string): Promise<ResponseTargets> {
    return this.targets.forCentre(rcId);
  }

  /** Administrators set each RC's normal and urgent targets, in whole working hours. */
  async setResponseTargets(actor: Actor, rcId: string, input: FormInput<TargetField>): Promise<SetTargetsResult> {
    return this.targets.set(actor, rcId, input);
  }

  /**
   * Open requests of an RC never posted to its channel (it had none when they came), oldest
   * first: posted there once the channel is bound.
   */
  async awaitingChannel(rcId: string): Promise<ConsultationRecord[]> {
    return (await this.repo.findInCentreByStatus(rcId, OPEN_STATUSES, JOB_BATCH)).filter(neverPosted);
  }

  /**
   * Per RC, the open requests never posted to its channel, with the oldest one's arrival:
   * the administrators' daily list of RCs whose requests wait for a channel.
   */
  async waitingForChannels(): Promise<WaitingCentre[]> {
    return waitingByCentre(await this.repo.findByStatus(OPEN_STATUSES, JOB_BATCH));
  }

  /**
   * Unclaimed requests whose target (24 working hours, 1 for an urgent one) has run out since
   * they were created or last announced again; a request nobody takes keeps coming back once
   * per target period.
   */
  async dueForReannouncement(now: Date = this.clock.now()): Promise<ConsultationRecord[]> {
    // A working hour is never less than a real one, so the store can narrow the search.
    // Targets are whole hours of at least one, so an hour is the shortest any can be.
    const candidates = await this.repo.findUnclaimedCreatedBefore(new Date(now.getTime() - SHORTEST_TARGET_HOURS * 3_600_000), JOB_BATCH);
    const targets = await this.targets.all();
    return candidates.filter((r) => dueAt(r, targets.get(r.rcId)) <= now);
  }

  async markReannounced(rcId: string, id: string): Promise<ChangeResult<{ ok: false; reason: 'not_new' }>> {
    return this.repo.update(rcId, id, (r) => rules.markReannounced(r, this.nowIso()));
  }

  /** Answered requests from a professional, a week after the answer, not yet asked "Följdes rådet?". */
  async dueForFollowUp(now: Date = this.clock.now()): Promise<ConsultationRecord[]> {
    return this.repo.findFollowUpPendingAnsweredBefore(new Date(now.getTime() - FOLLOW_UP_AFTER_DAYS * DAY_MS), JOB_BATCH);
  }

  async markFollowUpAsked(rcId: string, id: string): Promise<ChangeResult<{ ok: false; reason: 'not_due' }>> {
    return this.repo.update(rcId, id, (r) => rules.markFollowUpAsked(r, this.nowIso()));
  }

  /**
   * Erases question and answer of records closed (or withdrawn) more than `retentionDays` ago;
   * the coded fields stay for the statistics. Also the sending record of a transfer whose last
   * step never ran (./transfer-retention.ts). Returns how many records were erased.
   */
  async eraseExpiredFreeText(now: Date = this.clock.now()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.retentionDays * DAY_MS);
    let erased = 0;
    for (const record of await this.repo.findWithFreeTextEndedBefore(cutoff, JOB_BATCH)) {
      const result = await this.repo.update(record.rcId, record.id, (r) => rules.eraseFreeText(r, cutoff, now.toISOString()));
      if (result.ok) erased++;
    }
    return erased + (await eraseTransferredText(this.repo, cutoff, now, JOB_BATCH));
  }

  private async createOnce(draft: RecordDraft, shortCode: string, submissionKey: string | null): Promise<Created | InProgress> {
    const year = referenceYear(new Date(draft.times.created));
    if (submissionKey === null) return this.created(await this.repo.createNumbered(draft, shortCode, year), false);
    const key = await this.keys.acquire(draft.rcId, submissionKey, () => this.repo.findBySubmissionKey(draft.rcId, submissionKey));
    if (key.kind === 'in_progress') return { ok: false, reason: 'in_progress' };
    if (key.kind === 'existing') return this.created(key.stored, true);
    return this.created(await this.repo.createNumbered(draft, shortCode, year, key.stillEntitled), false);
  }

  private created(stored: Stored<ConsultationRecord> | undefined, duplicate: boolean): Created | InProgress {
    // Undefined: this request ran out of time holding the key and left it to a retry.
    return stored ? { ok: true, record: stored.item, etag: stored.etag, duplicate } : { ok: false, reason: 'in_progress' };
  }

  private shortCode(directory: DirectoryIndex, rcId: string): string {
    const centre = directory.centre(rcId);
    // Parsing already chose the centre from this same directory; absence is a bug, not a user error.
    if (!centre) throw new Error(`consultation: centre ${rcId} vanished from the directory`);
    return centre.shortCode;
  }

  private nowIso(): string {
    return this.clock.now().toISOString();
  }
}

function clampLimit(limit: number): number {
  return Math.max(1, Math.min(MAX_LIST, Math.floor(limit)));
}
