// Stable codes of the training domain (utbildning och informationsinsatser): stored and
// exported as codes, never labels; the catalogue names them (cards/i18n/sv-training.ts).
// The topics are the ones the RCs' own reports train on (brief: "Training"; Kronoberg,
// Göteborg and Gävleborg list them), plus "other" for what a request names in its free text.
import { z } from 'zod';
import { SECTORS } from '../consultation/codes.js';

export const TRAINING_TOPICS = [
  'hrv_basics',
  'risk_assessment',
  'child_forced_marriage',
  'fgm',
  'abduction_travel',
  'virginity_norms',
  'family_interpreters',
  'method_support',
  'other',
] as const;

/** A training (utbildning) or a shorter information session (informationsinsats): counted apart. */
export const TRAINING_KINDS = ['training', 'information'] as const;
export const TRAINING_FORMATS = ['on_site', 'digital'] as const;

/** Who a training is for, and how participants are counted afterwards. */
export const PROFESSIONS = [
  'social_worker',
  'teacher',
  'student_health',
  'preschool_staff',
  'health_care_staff',
  'police_officer',
  'manager',
  'interpreter',
  'other',
] as const;

/** Participants' sectors: the consultations' sectors, but for the exposed person's own contact. */
export const PARTICIPANT_SECTORS = SECTORS.filter((s) => s !== 'self');

export const REQUEST_STATUSES = ['new', 'taken', 'proposed', 'declined', 'planned'] as const;
export const AUDIENCES = ['open', 'invited'] as const;

export const topicSchema = z.enum(TRAINING_TOPICS);
export const trainingKindSchema = z.enum(TRAINING_KINDS);
export const formatSchema = z.enum(TRAINING_FORMATS);
export const professionSchema = z.enum(PROFESSIONS);
export const requestStatusSchema = z.enum(REQUEST_STATUSES);
export const audienceSchema = z.enum(AUDIENCES);

export type TrainingTopic = z.infer<typeof topicSchema>;
export type TrainingKind = z.infer<typeof trainingKindSchema>;
export type Profession = z.infer<typeof professionSchema>;
export type RequestStatus = z.infer<typeof requestStatusSchema>;

export const MAX_TITLE = 120;
export const MAX_PLACE = 200;
export const MAX_PARTICIPANTS = 5000;
/** Dates a coordinator may offer in one proposal. */
export const MAX_PROPOSALS = 3;
