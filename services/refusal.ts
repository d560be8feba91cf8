// Every reason a domain operation may refuse a person, across the domains. Services return
// these as `{ ok: false, reason }` (with fields such as `by` where the person needs them);
// bot/refusals.ts is the one place that turns each into its own catalogue message, and the
// catalogue must have a text for every one of them (checked when compiling).
export const REFUSAL_REASONS = [
  // Anything
  'not_found',
  'conflict',
  'invalid',
  'invalid_input',
  // Rights
  'not_admin',
  'not_coordinator',
  'not_lead',
  'not_member',
  'not_yours',
  // Consultations
  'already_claimed',
  'not_claimable',
  'not_claimed',
  'already_answered',
  'not_answered',
  'closed',
  'not_closed',
  'withdrawn',
  'in_progress',
  'key_conflict',
  'invalid_rating',
  'invalid_code',
  // Directory
  'unknown_centre',
  'changed_by_someone_else',
  // Network sessions
  'full',
  'cancelled',
  'past',
  'held',
  'already_booked',
  'not_booked',
  'not_waiting',
  'places_free',
  'not_started',
  'not_held',
  'not_present',
  'already_rated',
  'no_sessions',
  'too_many_sessions',
  'no_next_session',
  'discussed',
  'not_on_agenda',
  // Statistics
  'invalid_period',
  // A case's thread
  'thread_full',
  'reopen_period_over',
  // Handing a case on
  'handed_on',
  'transferred',
  'not_colleague',
  'same_centre',
  // Trainings
  'not_invited',
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** A refusal as services return it; `by` names who got there first, where that helps. */
export interface Refusal {
  ok: false;
  reason: RefusalReason;
  by?: { name?: string };
  max?: number;
}
