// The RCs' common statistics core: stable codes shared by every consultation, however it
// arrives. Statistics and exports use these codes, never labels, so counties stay comparable
// (brief: "Consultation"; Gävleborg's template L9628-9654, tables L7075-7385).
import { z } from 'zod';

export const SECTORS = [
  'social_services',
  'school',
  'preschool',
  'health_care',
  'police',
  'prosecution',
  'guardian',
  'refugee_reception',
  'civil_society',
  'self',
  'other',
] as const;
export const GENDERS = ['girl_woman', 'boy_man', 'non_binary', 'trans', 'unknown'] as const;
/** Bands must not overlap (L10686). */
export const AGE_BANDS = ['0-12', '13-17', '18-26', '27+', 'unknown'] as const;
export const VIOLENCE_FORMS = ['control', 'psychological', 'physical', 'sexual', 'marriage', 'fgm', 'abduction', 'virginity', 'other'] as const;
export const PERPETRATORS = ['parents', 'siblings', 'relatives', 'community', 'partner', 'other', 'unknown'] as const;
export const QUESTION_TYPES = ['hrv', 'case_handling', 'close_relationship'] as const;
export const CHANNELS = ['teams', 'phone', 'email', 'meeting', 'network_session'] as const;
export const OUTCOMES = [
  'report_of_concern',
  'police_report',
  'risk_assessment',
  'protective_placement',
  'travel_ban',
  'referral',
  'continued_support',
  'conversation_advice',
] as const;
export const STATUSES = ['new', 'claimed', 'answered', 'closed', 'withdrawn'] as const;
export const ADVICE_FOLLOWED = ['yes', 'no', 'partly', 'unknown'] as const;

export const sectorSchema = z.enum(SECTORS);
export const genderSchema = z.enum(GENDERS);
export const ageBandSchema = z.enum(AGE_BANDS);
export const violenceSchema = z.enum(VIOLENCE_FORMS);
export const perpetratorSchema = z.enum(PERPETRATORS);
export const questionTypeSchema = z.enum(QUESTION_TYPES);
export const channelSchema = z.enum(CHANNELS);
export const outcomeSchema = z.enum(OUTCOMES);
export const statusSchema = z.enum(STATUSES);
export const adviceFollowedSchema = z.enum(ADVICE_FOLLOWED);

export type Sector = z.infer<typeof sectorSchema>;
export type Gender = z.infer<typeof genderSchema>;
export type AgeBand = z.infer<typeof ageBandSchema>;
export type ViolenceForm = z.infer<typeof violenceSchema>;
export type Perpetrator = z.infer<typeof perpetratorSchema>;
export type QuestionType = z.infer<typeof questionTypeSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type ConsultationStatus = z.infer<typeof statusSchema>;
export type AdviceFollowed = z.infer<typeof adviceFollowedSchema>;

/** Free text is capped so a card round-trip and a stored record stay small. */
export const MAX_FREE_TEXT = 2000;

/** The exposed person is a child: the duty to report (SoL 14 kap. 1 §) applies to the professional. */
export function concernsChild(ageBand: AgeBand): boolean {
  return ageBand === '0-12' || ageBand === '13-17';
}
