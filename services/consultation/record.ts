// One consultation, however it arrived: one document, partitioned by the RC that handles it.
import { z } from 'zod';
import {
  adviceFollowedSchema,
  ageBandSchema,
  channelSchema,
  genderSchema,
  MAX_FREE_TEXT,
  outcomeSchema,
  perpetratorSchema,
  questionTypeSchema,
  sectorSchema,
  stageSchema,
  statusSchema,
  transferReasonSchema,
  violenceSchema,
  contactChannelSchema,
} from './codes.js';
import { threadMessageSchema } from './thread-message.js';

const isoInstant = z.string().datetime({ offset: true });
export const personSchema = z.object({
  /** Teams user id (29:…): where proactive messages go. */
  id: z.string().min(1),
  aadObjectId: z.string().optional(),
  /** Display name, shown to coordinators ("taken by …"). */
  name: z.string().optional(),
});

export const handoverSchema = z.object({
  kind: z.enum(['release', 'pass', 'transfer']),
  at: isoInstant,
  by: personSchema,
  /** The colleague it was passed to. */
  to: personSchema.optional(),
  /** The RC it was transferred to, and why. */
  toRcId: z.string().min(1).optional(),
  reason: transferReasonSchema.optional(),
});

export const contactEntrySchema = z.object({
  channel: contactChannelSchema,
  /** The day of the contact (Stockholm), as the coordinator gave it. */
  on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** When it was recorded. */
  at: isoInstant,
  by: personSchema,
  /** The form's key, so a double click records one contact. */
  key: z.string().min(1),
});

export type ConsultationRecord = z.infer<typeof consultationRecordSchema>;
export type Person = z.infer<typeof personSchema>;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];
export type Handover = z.infer<typeof handoverSchema>;
export type ContactEntry = z.infer<typeof contactEntrySchema>;

/** Where the "Följdes rådet?" question stands: only answered requests from a requester get it. */
export const FOLLOW_UP_STATES = ['none', 'pending', 'asked'] as const;

export const consultationRecordSchema = z.object({
  /** The reference itself: create-if-absent on it is what makes a sequence number unique. */
  id: z.string().min(1),
  /** Other documents (submission keys) share the container; every record query filters on this. */
  kind: z.literal('consultation'),
  /** Partition key: the RC (centre id) that handles the consultation. */
  rcId: z.string().min(1),
  /** Human reference `<RC short code>-<year>-<sequence>`, e.g. GBG-2026-0007. */
  reference: z.string().regex(/^[A-Z]{2,4}-\d{4}-\d{4,}$/),
  /** Year (Europe/Stockholm) and sequence of the reference, numeric so the highest sorts first. */
  year: z.number().int(),
  seq: z.number().int().min(1),
  channel: channelSchema,
  sector: sectorSchema,
  /** SCB code of the municipality the case concerns. */
  municipality: z.string().regex(/^\d{4}$/),
  gender: genderSchema,
  ageBand: ageBandSchema,
  violence: z.array(violenceSchema),
  perpetrators: z.array(perpetratorSchema),
  questionType: questionTypeSchema,
  urgent: z.boolean(),
  /** Null once erased by retention; the coded fields stay for statistics. */
  question: z.string().max(MAX_FREE_TEXT).nullable(),
  answer: z.string().max(MAX_FREE_TEXT).nullable(),
  outcomes: z.array(outcomeSchema),
  status: statusSchema,
  contacts: z.number().int().min(1),
  adviceFollowed: adviceFollowedSchema.nullable(),
  /** "Var rådet till hjälp?" 1–5. */
  helpfulness: z.number().int().min(1).max(5).nullable(),
  /** Absent for consultations logged by a coordinator (phone, e-mail, meeting). */
  requester: personSchema.nullable(),
  claimedBy: personSchema.nullable(),
  /** May differ from claimedBy when a colleague answers for the one who claimed it. */
  answeredBy: personSchema.nullable(),
  /** Idempotency key from the card, so a double click stores one record. */
  submissionKey: z.string().nullable(),
  /** The request's card in the RC channel, so it can be updated in place. */
  channelActivityId: z.string().nullable(),
  /** The national channel's copy, when the request went there (no RC channel, closed, escalated): updated when the RC takes over. */
  nationalActivityId: z.string().nullable().optional(),
  /** Opaque conversation reference from the bot, to deliver the answer proactively. */
  requesterConversation: z.unknown(),
  /** How many times an unclaimed request has been announced again. */
  reannouncements: z.number().int().min(0),
  /** A flag rather than a null timestamp, because queries cannot select on null. */
  followUp: z.enum(FOLLOW_UP_STATES),
  times: z.object({
    created: isoInstant,
    claimed: isoInstant.nullable(),
    answered: isoInstant.nullable(),
    closed: isoInstant.nullable(),
    withdrawn: isoInstant.nullable(),
    /** When free text was erased by retention. */
    erased: isoInstant.nullable(),
    /** The last re-announcement of a request nobody had claimed. */
    reannounced: isoInstant.nullable(),
    followUpAsked: isoInstant.nullable(),
  }),
  /** Messages after the request, in order (records stored before threads existed read as none). */
  thread: z.array(threadMessageSchema).default([]),
  // Fields below came with handing cases on and logging further contacts. Optional, so records
  // stored before them (and drafts) read as having none: read them through ./case-history.ts.
  /** Releases, passes and transfers, oldest first: the coordinators' history of who held the case. */
  handovers: z.array(handoverSchema).optional(),
  /** On the sending RC's record: where the case went (reference null until the copy exists). */
  transferredTo: z.object({ rcId: z.string().min(1), reference: z.string().nullable(), reason: transferReasonSchema }).nullable().optional(),
  /** On the receiving RC's record: where it came from. */
  transferredFrom: z.object({ rcId: z.string().min(1), reference: z.string().min(1) }).nullable().optional(),
  /** Further contacts on the same case after the first, oldest first; `contacts` counts them too. */
  contactLog: z.array(contactEntrySchema).optional(),
  /** Where the case stood at first contact; null until a coordinator records it. */
  stage: stageSchema.nullable().optional(),
});
