// The fields of a consultation record the statistics read: what a report projects, what makes
// a write count for the figures (../consultation/change-marks.ts), and what the embedded store
// keeps in its index for reading a period (../storage/containers.ts). No imports: storage's
// container definitions take it without taking the statistics with it.

/**
 * Top-level fields to project. `requester` is read only to tell requests from logged
 * consultations (logged ones are claimed and answered the moment they are created, so they
 * would flatten the waiting times); it is reduced to a boolean at once and never kept.
 */
export const STAT_FIELDS = [
  'rcId', 'sector', 'channel', 'municipality', 'gender', 'ageBand', 'violence', 'perpetrators',
  'questionType', 'urgent', 'outcomes', 'status', 'contacts', 'adviceFollowed', 'helpfulness', 'requester', 'times',
  // Handing on and further contacts: read as codes (the log's channels, where the case came from).
  'stage', 'contactLog', 'transferredFrom',
] as const;
