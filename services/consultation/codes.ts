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
/** 'transferred': the case moved to another RC; this record stays at the sending RC as its history. */
export const STATUSES = ['new', 'claimed', 'answered', 'closed', 'withdrawn', 'transferred'] as const;
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

/** How a further contact on the same case came (the first one is the record's channel). */
export const CONTACT_CHANNELS = ['phone', 'email', 'meeting'] as const;
/**
 * Where the case stood when it first reached the RC. The sources' complaint is that the RC is
 * brought in late, after the decisions (L7936-7955): before any report, at the risk
 * assessment, during the investigation, after the decision (protective measures).
 */
export const STAGES = [
  'not_known_to_social_services',
  'report_made',
  'investigation_under_way',
  'protective_measures_in_place',
  'after_decision',
  'unknown',
] as const;
/** Why a case moved to another RC: codes, so no free text about the case travels with it. */
export const TRANSFER_REASONS = ['other_area', 'requester_moved', 'expertise', 'capacity', 'other'] as const;

export const contactChannelSchema = z.enum(CONTACT_CHANNELS);
export const stageSchema = z.enum(STAGES);
export const transferReasonSchema = z.enum(TRANSFER_REASONS);
export type ContactChannel = z.infer<typeof contactChannelSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type TransferReason = z.infer<typeof transferReasonSchema>;
