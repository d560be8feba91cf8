// Stable codes of the network-session domain (brief: "Network sessions", Una Norrbotten's
// model). Stored and exported as codes, never labels; the bot's catalogue names them.
import { z } from 'zod';

/** What kind of organisation takes part in a network (L10628–10698 lists these). */
export const ORGANISATION_TYPES = [
  'social_services',
  'school',
  'police',
  'health_care',
  'refugee_reception',
  'shelter',
  'civil_society',
  'other',
] as const;

export const SESSION_STATUSES = ['scheduled', 'cancelled', 'held'] as const;

/** submitted → discussed | carried_over | withdrawn; carried_over → discussed | carried_over | withdrawn. */
export const QUESTION_STATUSES = ['submitted', 'discussed', 'carried_over', 'withdrawn'] as const;

/** Non-case agenda items: sessions run even without questions (case law, court rulings). */
export const AGENDA_ITEM_KINDS = ['court_ruling', 'method', 'other'] as const;

/** Why a question's status or session changed, kept in its history. */
export const QUESTION_EVENTS = [
  'submitted',
  'discussed',
  'carried_over',
  'withdrawn',
  'session_held',
  'session_cancelled',
] as const;

export const organisationTypeSchema = z.enum(ORGANISATION_TYPES);
export const sessionStatusSchema = z.enum(SESSION_STATUSES);
export const questionStatusSchema = z.enum(QUESTION_STATUSES);
export const agendaItemKindSchema = z.enum(AGENDA_ITEM_KINDS);
export const questionEventSchema = z.enum(QUESTION_EVENTS);

export type OrganisationType = z.infer<typeof organisationTypeSchema>;
export type SessionStatus = z.infer<typeof sessionStatusSchema>;
export type QuestionStatus = z.infer<typeof questionStatusSchema>;
export type AgendaItemKind = z.infer<typeof agendaItemKindSchema>;
export type QuestionEvent = z.infer<typeof questionEventSchema>;

/** Still waiting to be discussed: what carry-over moves and what the lead's reminder counts. */
export const OPEN_QUESTION_STATUSES: readonly QuestionStatus[] = ['submitted', 'carried_over'];

/** Places per session when the lead gives a number; null on the session means one per organisation. */
export const MAX_CAPACITY = 500;
/** A series longer than this is almost certainly a typo (two years of weekly sessions is 104). */
export const MAX_SESSIONS_PER_SERIES = 200;
export const MAX_NAME = 120;
export const MAX_AGENDA_TITLE = 300;
