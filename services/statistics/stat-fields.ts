// The fields of a consultation record the statistics read: what a report projects, what makes
// a write count for the figures (../consultation/change-marks.ts), and what the embedded store
// keeps in its index for reading a period (../storage/containers.ts). No imports: storage's
// container definitions take it without taking the statistics with it.

/**
 * Field paths to project: the codes, and of the nested objects only what is counted. The
 * embedded store keeps exactly these in its covering index, so every path here is written to
 * the index on every consultation write and read for every record of a report.
 * - `requester.id` tells a request from a logged consultation (logged ones are claimed and
 *   answered the moment they are created, so they would flatten the waiting times); the
 *   requester's name is not read, and not copied into the index.
 * - `times.*`: the three instants the figures use, not the five others.
 * - `transferredFrom.rcId`: that the case came from another RC.
 * - `contactLog` whole: its channels are counted, and a path cannot pick them out of an array.
 * - not `rcId`: a report reads one RC's partition at a time, and the partition is the rcId.
 */
export const STAT_PATHS = [
  'sector', 'channel', 'municipality', 'gender', 'ageBand', 'violence', 'perpetrators',
  'questionType', 'urgent', 'outcomes', 'status', 'contacts', 'adviceFollowed', 'helpfulness', 'requester.id',
  'times.created', 'times.claimed', 'times.answered',
  'stage', 'contactLog', 'transferredFrom.rcId',
] as const;

/**
 * The record's top-level fields that hold them: a write that changes none of these leaves the
 * figures as they were. (A record's rcId never changes: it is the record's partition.)
 */
export const STAT_FIELDS: readonly string[] = [...new Set(STAT_PATHS.map((path) => path.split('.')[0] as string))];
