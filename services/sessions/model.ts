// The documents of the `sessions` container, all partitioned by network. Every read is
// parsed with these schemas, so a document written by an older version fails loudly here
// rather than deep inside a rule.
//
//   network   id = networkId           who leads, which organisations, the meeting link
//   series    id = series:<seriesId>   the rule and the occurrences it produced (for retries)
//   session   id = <networkId>:<seriesId>:<index>   bookings, waiting list, attendance, ratings
//   question  id = question:<uuid>     one question sent in advance, with its history

import { z } from 'zod';
import { ageBandSchema, MAX_FREE_TEXT, questionTypeSchema, violenceSchema } from '../consultation/codes.js';
import { personSchema } from '../consultation/record.js';
import { isLocalDate, type LocalDate } from '../time/local-date.js';
import {
  agendaItemKindSchema,
  MAX_AGENDA_TITLE,
  MAX_NAME,
  organisationTypeSchema,
  questionEventSchema,
  questionStatusSchema,
  sessionStatusSchema,
} from './codes.js';

const isoInstant = z.string().datetime({ offset: true });
const localDate = z.custom<LocalDate>((value) => isLocalDate(value), 'not a YYYY-MM-DD date');
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const organisationSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(MAX_NAME),
  type: organisationTypeSchema,
  /** SCB municipality code (kommunkod). */
  municipality: z.string().regex(/^\d{4}$/),
  member: personSchema,
  /** Ersättare: acts for the organisation when the member cannot. */
  deputy: personSchema.nullable(),
  addedAt: isoInstant,
});

export const networkSchema = z.object({
  /** The network id itself, so a network is read with one point read. */
  id: z.string().min(1),
  kind: z.literal('network'),
  networkId: z.string().min(1),
  rcId: z.string().min(1),
  name: z.string().min(1).max(MAX_NAME),
  leads: z.array(personSchema).min(1),
  organisations: z.array(organisationSchema),
  /** Leads, members and deputies: what "my networks" queries with one array filter. */
  participantIds: z.array(z.string()),
  /** The standing Teams meeting; a session may override it. */
  meetingUrl: z.string().min(1),
  /** Opaque reference to the network's Teams channel, for posting proactively. */
  conversationReference: z.unknown(),
  /** Capability for the calendar feed; null until someone asks for one. */
  feedToken: z.string().nullable(),
  createdBy: personSchema,
  times: z.object({ created: isoInstant, updated: isoInstant }),
});

export const seriesSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('series'),
  networkId: z.string().min(1),
  seriesId: z.string().min(1),
  /** As occurrences.ts validated it; kept for the record, never recomputed. */
  rule: z.unknown(),
  capacity: z.number().int().min(1).nullable(),
  allowMultiplePerOrg: z.boolean(),
  /** Kept so a retried creation can finish the sessions a crash left out. */
  occurrences: z.array(
    z.object({
      index: z.number().int().min(0),
      date: localDate,
      /** Instants, as occurrences.ts gives them. */
      start: isoInstant,
      end: isoInstant,
      scheduledDate: localDate,
      movedFrom: localDate.nullable(),
      holiday: z.string().nullable(),
    }),
  ),
  durationMinutes: z.number().int().min(1),
  affected: z.array(z.unknown()),
  createdBy: personSchema,
  times: z.object({ created: isoInstant }),
});

export const bookingSchema = z.object({
  orgId: z.string().min(1),
  /** Who booked: the member or the deputy. Reminders go to them. */
  person: personSchema,
  at: isoInstant,
  /** Moved in from the waiting list when another organisation gave up its place. */
  fromWaitingList: z.boolean(),
});

export const waitEntrySchema = z.object({ orgId: z.string().min(1), person: personSchema, at: isoInstant });

export const agendaItemSchema = z.object({
  id: z.string().min(1),
  kind: agendaItemKindSchema,
  title: z.string().min(1).max(MAX_AGENDA_TITLE),
  addedBy: personSchema,
  at: isoInstant,
});

export const sessionSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('session'),
  networkId: z.string().min(1),
  seriesId: z.string().min(1),
  index: z.number().int().min(0),
  date: localDate,
  /** Stockholm wall-clock "HH:mm", as the lead chose it. */
  start: localTime,
  end: localTime,
  durationMinutes: z.number().int().min(1),
  /** Instants of start and end, so queries and "is it past?" need no time-zone arithmetic. */
  startsAt: isoInstant,
  endsAt: isoInstant,
  scheduledDate: localDate,
  movedFrom: localDate.nullable(),
  holiday: z.string().nullable(),
  status: sessionStatusSchema,
  /** iCalendar SEQUENCE: bumped on every cancel and reschedule so calendars replace the event. */
  sequence: z.number().int().min(0),
  /** Overrides the network's meeting link for this session only. */
  meetingUrl: z.string().min(1).nullable(),
  /** Null: one place per organisation of the network as it is when someone books. */
  capacity: z.number().int().min(1).nullable(),
  allowMultiplePerOrg: z.boolean(),
  bookings: z.array(bookingSchema),
  waitingList: z.array(waitEntrySchema),
  agendaItems: z.array(agendaItemSchema),
  /** Question and item ids in the lead's order; entries not listed follow in default order. */
  agendaOrder: z.array(z.string()),
  /** Every organisation of the network when the session was marked held, present or not. */
  attendance: z.array(z.object({ orgId: z.string().min(1), present: z.boolean() })),
  ratings: z.array(z.object({ userId: z.string().min(1), orgId: z.string().min(1), rating: z.number().int().min(1).max(5), at: isoInstant })),
  cancelReason: z.string().max(MAX_FREE_TEXT).nullable(),
  times: z.object({
    created: isoInstant,
    cancelled: isoInstant.nullable(),
    rescheduled: isoInstant.nullable(),
    held: isoInstant.nullable(),
  }),
});

export const questionSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('question'),
  networkId: z.string().min(1),
  /** The session it is on the agenda of now; carry-over changes it. */
  sessionId: z.string().min(1),
  orgId: z.string().min(1),
  submittedBy: personSchema,
  /** Null once erased by retention, after it was discussed or withdrawn; the codes stay. */
  text: z.string().min(1).max(MAX_FREE_TEXT).nullable(),
  questionType: questionTypeSchema,
  ageBand: ageBandSchema,
  violence: z.array(violenceSchema),
  status: questionStatusSchema,
  history: z.array(
    z.object({
      at: isoInstant,
      event: questionEventSchema,
      status: questionStatusSchema,
      sessionId: z.string().min(1),
      /** Who did it; null when it followed from the session being held or cancelled. */
      by: z.string().nullable(),
    }),
  ),
  /** `erased` is absent on questions stored before retention existed. */
  times: z.object({ submitted: isoInstant, updated: isoInstant, erased: isoInstant.nullable().optional() }),
});

export type Organisation = z.infer<typeof organisationSchema>;
export type Network = z.infer<typeof networkSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type Booking = z.infer<typeof bookingSchema>;
export type WaitEntry = z.infer<typeof waitEntrySchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type Question = z.infer<typeof questionSchema>;

export type { Person } from '../consultation/record.js';
