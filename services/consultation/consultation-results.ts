// What ConsultationService answers: discriminated unions whose refusal reasons the bot turns
// into catalogue messages (bot/refusals.ts). Kept apart so the service file holds behaviour.
import type { AnswerField, LogField } from './coordinator-inputs.js';
import type { Conflict, NotFound, Updated } from './consultation-repository.js';
import type { FieldError, PrivacyKinds } from './fields.js';
import type { ConsultationRecord } from './record.js';
import type { ResponseTiming } from './response-targets.js';
import type { SubmissionField } from './submission.js';
import type * as rules from './transitions.js';

export type Invalid<F extends string> = {
  ok: false;
  reason: 'invalid';
  errors: Partial<Record<F, FieldError>>;
  /** Kinds of identifiers found per free-text field, for pointing at the problem. */
  privacy: Partial<Record<F, PrivacyKinds>>;
};
/** A request with the same submission key is still being stored; try again shortly. */
export type InProgress = { ok: false; reason: 'in_progress' };
export type Created = { ok: true; record: ConsultationRecord; etag: string; duplicate: boolean };

/** The submission key belongs to someone else's request (a forwarded or copied card). */
export type KeyConflict = { ok: false; reason: 'key_conflict' };

/** Only a coordinator of the request's RC, acting from its bound channel, may handle it. */
export type NotCoordinator = { ok: false; reason: 'not_coordinator' };
export const NOT_COORDINATOR: NotCoordinator = { ok: false, reason: 'not_coordinator' };

export type SubmitResult = Created | Invalid<SubmissionField> | InProgress | KeyConflict;
export type LogResult = Created | Invalid<LogField> | InProgress | NotCoordinator | { ok: false; reason: 'unknown_centre' };
export type ChangeResult<F = never> = Updated<F>;
/** `newlyClaimed`: this call took it (false for a second click by the same coordinator), so the asker is told once. */
export type Claimed = { ok: true; record: ConsultationRecord; etag: string; newlyClaimed: boolean };
export type ClaimResult = Claimed | Exclude<Updated<rules.ClaimRefusal>, { ok: true }> | NotCoordinator;
export type AnswerResult = Updated<rules.AnswerRefusal> | Invalid<AnswerField> | NotCoordinator;
/** A request on the coordinators' queue, with how long it has waited against its target. */
export type QueueItem = { record: ConsultationRecord; timing: ResponseTiming };
export type QueueResult = { ok: true; items: QueueItem[] } | NotCoordinator;
export type ViewResult = { ok: true; record: ConsultationRecord } | NotFound | NotCoordinator;
export type FeedbackResult = Updated<rules.FeedbackRefusal> | { ok: false; reason: 'invalid_rating' | 'invalid_code' };
export type { Conflict, NotFound };
