// Public surface of the consultation domain, for the bot and the jobs.

export * from './codes.js';
export { consultationRecordSchema, personSchema, FOLLOW_UP_STATES, type ConsultationRecord, type FollowUpState, type Person } from './record.js';
export type { FieldError, PrivacyKinds, RawInput } from './fields.js';
export { consultingCentresFor, type CaseFields } from './case-fields.js';
export { parseSubmission, SUBMISSION_FIELDS, type Submission, type SubmissionField } from './submission.js';
export { ANSWER_FIELDS, LOG_FIELDS, MAX_LOGGED_CONTACTS, parseAnswerInput, parseLogInput, type AnswerField, type AnswerInput, type LogField, type LogInput } from './coordinator-inputs.js';
export { formatReference, parseReference, referenceYear } from './reference.js';
export {
  ConsultationService,
  DEFAULT_RETENTION_DAYS,
  FOLLOW_UP_AFTER_DAYS,
  REANNOUNCE_AFTER_WORKING_HOURS,
  type AnswerResult,
  type ChangeResult,
  type ClaimResult,
  type Conflict,
  type ConsultationServiceOptions,
  type Created,
  type FeedbackResult,
  type InProgress,
  type Invalid,
  type KeyConflict,
  type LogResult,
  type NotFound,
  type SubmitResult,
} from './consultation-service.js';
export { ChannelBindings, channelBindingSchema, type BindInput, type BindResult, type ChannelBinding } from './channel-binding.js';
