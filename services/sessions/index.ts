// Public surface of the network-session domain, for the bot and the jobs.

export * from './codes.js';
export { NetworkService, type NetworkServiceOptions } from './network-service.js';
export {
  agendaItemSchema,
  bookingSchema,
  networkSchema,
  organisationSchema,
  questionSchema,
  sessionSchema,
  type AgendaItem,
  type Booking,
  type Network,
  type Organisation,
  type Question,
  type Session,
  type WaitEntry,
} from './model.js';
export type { Invalid, NotLead, NotMember, SessionFieldError } from './context.js';
export { roleOf, type NetworkRole, type OrgRole } from './roles.js';
export { teamsMeetingUrl } from './meeting-url.js';
export { QUESTION_FIELDS, type QuestionField, type RescheduleField, type AgendaItemField } from './inputs.js';
export type { AddOrganisationResult, CreateNetworkInput, CreateNetworkResult, NetworkChange, OrganisationInput } from './network-admin.js';
export { FEED_TOKEN_PATTERN } from './network-admin.js';
export { sessionId, type CancelResult, type CreateSeriesResult, type Notify, type RescheduleResult } from './series.js';
export type { BookResult, LeaveWaitResult, MyBooking, UnbookResult, UpcomingSession, WaitResult } from './bookings.js';
export type { BookRefusal, UnbookRefusal, WaitRefusal } from './booking-rules.js';
export type { AgendaEntry } from './agenda.js';
export type { AgendaResult, QuestionChange, SubmitQuestionResult } from './questions.js';
export type { AttendanceResult, Participant, RateResult } from './attendance.js';
export type { CarryOverResult } from './carry-over.js';
export { DEFAULT_REMINDER_OFFSETS, LEAD_REMINDER_OFFSET, leadKey, participantKey, type Reminder, type ReminderOptions } from './reminders.js';
