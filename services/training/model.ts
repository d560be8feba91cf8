// The documents of the `trainings` container, partitioned by RC:
//
//   request  id = request:<uuid>   a professional's request, the coordinators' answer to it
//   event    id = event:<uuid>     one training or information session: registrations,
//                                  waiting list, participant counts, evaluations
//
// Registrations and the waiting list live in the event document, so capacity is one
// conditional write (the session booking rules, services/sessions/booking-rules.ts).
// Participants are kept for statistics as counts per profession and sector, never by name.
import { z } from 'zod';
import { MAX_FREE_TEXT } from '../consultation/codes.js';
import { personSchema } from '../consultation/record.js';
import { bookingSchema, waitEntrySchema } from '../sessions/model.js';
import { sessionStatusSchema } from '../sessions/codes.js';
import { isLocalDate, type LocalDate } from '../time/local-date.js';
import { audienceSchema, formatSchema, MAX_PLACE, MAX_TITLE, professionSchema, requestStatusSchema, topicSchema, trainingKindSchema } from './codes.js';

const isoInstant = z.string().datetime({ offset: true });
const localDate = z.custom<LocalDate>((value) => isLocalDate(value), 'not a YYYY-MM-DD date');
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const municipality = z.string().regex(/^\d{4}$/);

export const proposalSchema = z.object({ date: localDate, start: localTime });

export const trainingRequestSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('request'),
  rcId: z.string().min(1),
  requester: personSchema,
  /** The requester's personal chat, to tell them of every step (opaque, never queried). */
  requesterConversation: z.unknown(),
  topic: topicSchema,
  trainingKind: trainingKindSchema,
  professions: z.array(professionSchema).min(1),
  participants: z.number().int().min(1),
  /** The preferred period, as two Stockholm dates. */
  from: localDate,
  to: localDate,
  format: formatSchema,
  municipality,
  text: z.string().max(MAX_FREE_TEXT).nullable(),
  status: requestStatusSchema,
  takenBy: personSchema.nullable(),
  proposals: z.array(proposalSchema),
  declineReason: z.string().max(MAX_FREE_TEXT).nullable(),
  eventId: z.string().nullable(),
  /** The card in the RC's channel, updated in place after every step. */
  channelActivityId: z.string().nullable(),
  times: z.object({ created: isoInstant, updated: isoInstant }),
});

export const evaluationSchema = z.object({
  userId: z.string().min(1),
  rating: z.number().int().min(1).max(5),
  different: z.string().max(MAX_FREE_TEXT).nullable(),
  at: isoInstant,
});

export const participantCountsSchema = z.object({
  byProfession: z.record(z.string(), z.number().int().min(0)),
  bySector: z.record(z.string(), z.number().int().min(0)),
});

export const trainingEventSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('event'),
  rcId: z.string().min(1),
  requestId: z.string().nullable(),
  title: z.string().min(1).max(MAX_TITLE),
  topic: topicSchema,
  trainingKind: trainingKindSchema,
  date: localDate,
  start: localTime,
  end: localTime,
  startsAt: isoInstant,
  endsAt: isoInstant,
  place: z.string().max(MAX_PLACE).nullable(),
  meetingUrl: z.string().nullable(),
  /** The municipality the training is for: "municipalities reached" counts these. */
  municipality,
  audience: audienceSchema,
  invitedMunicipalities: z.array(municipality),
  status: sessionStatusSchema,
  sequence: z.number().int().min(0),
  capacity: z.number().int().min(1),
  /** Always true: one place per person; the org of a registration is their municipality. */
  allowMultiplePerOrg: z.boolean(),
  bookings: z.array(bookingSchema),
  waitingList: z.array(waitEntrySchema),
  participants: participantCountsSchema.nullable(),
  evaluations: z.array(evaluationSchema),
  cancelReason: z.string().max(MAX_FREE_TEXT).nullable(),
  /** Capability for the event's .ics link, shown to whoever may register. */
  calendarToken: z.string().min(16),
  createdBy: personSchema,
  times: z.object({ created: isoInstant, updated: isoInstant, held: isoInstant.nullable() }),
});

export type TrainingRequest = z.infer<typeof trainingRequestSchema>;
export type TrainingEvent = z.infer<typeof trainingEventSchema>;
export type Proposal = z.infer<typeof proposalSchema>;
export type ParticipantCounts = z.infer<typeof participantCountsSchema>;
