// Network sessions (nätverksträffar) as the bot's handlers and jobs call them. Each method
// checks the caller's role against the network as stored (only creating a network needs a
// role the bot resolves: administrator); people are stored without the turn's roles, parses card input (identifier
// check included) before anything is stored, and answers with a typed result whose reason
// codes the bot turns into catalogue messages. The work is done in the topic modules.

import { DEFAULT_RETENTION_DAYS } from '../config.js';
import type { FormInput } from '../consultation/fields.js';
import type { QuestionField, RescheduleField } from './inputs.js';
import type { DirectoryIndex } from '../directory/lookup.js';
import type { OnceLedger } from '../jobs/once-ledger.js';
import { personOf, type Actor } from '../rights/actor.js';
import type { DocumentStore } from '../storage/port.js';
import type { Clock } from '../time/clock.js';
import { realSleep, type Sleep } from '../time/sleep.js';
import * as attendance from './attendance.js';
import * as bookings from './bookings.js';
import { asLead, type SessionsContext } from './context.js';
import type { Network, Person } from './model.js';
import * as admin from './network-admin.js';
import * as questions from './questions.js';
import * as reminders from './reminders.js';
import { roleOf, type NetworkRole } from './roles.js';
import * as series from './series.js';
import { SessionsRepository } from './sessions-repository.js';

export interface NetworkServiceOptions {
  /** Checks RC ids and municipality codes; without it any well-formed value is accepted. */
  directory?: () => DirectoryIndex;
  /** Injected so tests never wait; defaults to a real timer. */
  sleep?: Sleep;
  /** Days a discussed or withdrawn question keeps its text (RC_RETENTION_DAYS, as consultations). */
  retentionDays?: number;
  /** How long networks read are remembered (RC_DIRECTORY_REFRESH_SECONDS); 0, the default, reads each time. */
  cacheMs?: number;
}

export class NetworkService {
  private readonly ctx: SessionsContext;
  private readonly retentionDays: number;

  constructor(store: DocumentStore, clock: Clock, options: NetworkServiceOptions = {}) {
    this.retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
    if (!Number.isFinite(this.retentionDays) || this.retentionDays < 1) {
      throw new RangeError(`retentionDays must be at least 1, got ${this.retentionDays}`);
    }
    const sleep = options.sleep ?? realSleep;
    const directory = options.directory;
    this.ctx = {
      repo: new SessionsRepository(store, sleep, clock, options.cacheMs),
      clock,
      centreExists: (rcId) => !directory || directory().centre(rcId) !== undefined,
      municipalityExists: (code) => !directory || directory().municipality(code) !== undefined,
    };
  }

  // Networks ---------------------------------------------------------------------------------

  createNetwork(by: Actor, input: admin.CreateNetworkInput) {
    return admin.createNetwork(this.ctx, by, input);
  }
  addCoLead(lead: Person, networkId: string, person: Person) {
    return admin.addCoLead(this.ctx, personOf(lead), networkId, person);
  }
  addOrganisation(lead: Person, networkId: string, input: admin.OrganisationInput) {
    return admin.addOrganisation(this.ctx, personOf(lead), networkId, input);
  }
  setDeputy(lead: Person, networkId: string, orgId: string, deputy: Person | null) {
    return admin.setDeputy(this.ctx, personOf(lead), networkId, orgId, deputy);
  }
  setMeetingLink(lead: Person, networkId: string, meetingUrl: string) {
    return admin.setMeetingLink(this.ctx, personOf(lead), networkId, meetingUrl);
  }
  setChannel(lead: Person, networkId: string, conversationReference: unknown) {
    return admin.setChannel(this.ctx, personOf(lead), networkId, conversationReference);
  }
  /** The network, when this person leads it (a lead's forms open only for their own networks). */
  ledNetwork(lead: Person, networkId: string) {
    return asLead(this.ctx, personOf(lead), networkId);
  }
  /** The networks this person leads. */
  async networksLedBy(lead: Person): Promise<Network[]> {
    return (await admin.networksOf(this.ctx, lead.id)).filter((n) => roleOf(n, lead.id) === 'lead');
  }
  networksOf(userId: string): Promise<Network[]> {
    return admin.networksOf(this.ctx, userId);
  }
  async network(networkId: string): Promise<Network | undefined> {
    return (await this.ctx.repo.network(networkId))?.item;
  }
  roleOf(network: Network, userId: string): NetworkRole {
    return roleOf(network, userId);
  }
  feedToken(user: Person, networkId: string) {
    return admin.feedToken(this.ctx, personOf(user), networkId);
  }
  rotateFeedToken(lead: Person, networkId: string) {
    return admin.rotateFeedToken(this.ctx, personOf(lead), networkId);
  }
  networkByFeedToken(token: string): Promise<Network | undefined> {
    return admin.networkByFeedToken(this.ctx, token);
  }

  // Series and sessions ----------------------------------------------------------------------

  createSeries(lead: Person, networkId: string, raw: FormInput<series.SeriesField>) {
    return series.createSeries(this.ctx, personOf(lead), networkId, raw);
  }
  cancelSession(lead: Person, networkId: string, sessionId: string, reason: string, options: { confirmWarnings?: boolean } = {}) {
    return series.cancelSession(this.ctx, personOf(lead), networkId, sessionId, reason, options);
  }
  rescheduleSession(lead: Person, networkId: string, sessionId: string, change: FormInput<RescheduleField>) {
    return series.rescheduleSession(this.ctx, personOf(lead), networkId, sessionId, change);
  }
  async session(networkId: string, sessionId: string) {
    return (await this.ctx.repo.session(networkId, sessionId))?.item;
  }
  /** Every session of a network from `from` on (default: all), for the calendar feed. */
  sessionsOf(networkId: string, from = '') {
    return this.ctx.repo.sessionsFrom(networkId, from);
  }

  // Booking ----------------------------------------------------------------------------------

  book(user: Person, networkId: string, sessionId: string, orgId?: string) {
    return bookings.book(this.ctx, personOf(user), networkId, sessionId, orgId);
  }
  joinWaitingList(user: Person, networkId: string, sessionId: string, orgId?: string) {
    return bookings.joinWaitingList(this.ctx, personOf(user), networkId, sessionId, orgId);
  }
  leaveWaitingList(user: Person, networkId: string, sessionId: string, orgId?: string) {
    return bookings.leaveWaitingList(this.ctx, personOf(user), networkId, sessionId, orgId);
  }
  unbook(user: Person, networkId: string, sessionId: string, orgId?: string) {
    return bookings.unbook(this.ctx, personOf(user), networkId, sessionId, orgId);
  }
  upcoming(userId: string, now: Date = this.ctx.clock.now(), limit?: number) {
    return bookings.upcoming(this.ctx, userId, now, limit);
  }

  // Questions and agenda ---------------------------------------------------------------------

  submitQuestion(user: Person, networkId: string, sessionId: string, raw: FormInput<QuestionField>) {
    return questions.submitQuestion(this.ctx, personOf(user), networkId, sessionId, raw);
  }
  withdrawQuestion(user: Person, networkId: string, questionId: string) {
    return questions.withdrawQuestion(this.ctx, personOf(user), networkId, questionId);
  }
  agenda(lead: Person, networkId: string, sessionId: string) {
    return questions.agenda(this.ctx, personOf(lead), networkId, sessionId);
  }
  reorder(lead: Person, networkId: string, sessionId: string, orderedIds: readonly string[]) {
    return questions.reorder(this.ctx, personOf(lead), networkId, sessionId, orderedIds);
  }
  moveUp(lead: Person, networkId: string, sessionId: string, entryId: string) {
    return questions.moveUp(this.ctx, personOf(lead), networkId, sessionId, entryId);
  }
  markDiscussed(lead: Person, networkId: string, sessionId: string, questionId: string) {
    return questions.markDiscussed(this.ctx, personOf(lead), networkId, sessionId, questionId);
  }
  carryOver(lead: Person, networkId: string, sessionId: string, questionId: string) {
    return questions.carryOver(this.ctx, personOf(lead), networkId, sessionId, questionId);
  }
  addAgendaItem(lead: Person, networkId: string, sessionId: string, input: { kind: string; title: string; confirmWarnings?: boolean }) {
    return questions.addAgendaItem(this.ctx, personOf(lead), networkId, sessionId, input);
  }

  // After the session ------------------------------------------------------------------------

  attendanceSheet(lead: Person, networkId: string, sessionId: string) {
    return attendance.attendanceSheet(this.ctx, personOf(lead), networkId, sessionId);
  }
  recordAttendance(lead: Person, networkId: string, sessionId: string, presentOrgIds: readonly string[]) {
    return attendance.recordAttendance(this.ctx, personOf(lead), networkId, sessionId, presentOrgIds);
  }
  rateSession(user: Person, networkId: string, sessionId: string, rating: number) {
    return attendance.rateSession(this.ctx, personOf(user), networkId, sessionId, rating);
  }

  // Reminders --------------------------------------------------------------------------------

  /** Retention: erases the text of questions discussed or withdrawn longer ago than the retention period. */
  eraseExpiredQuestionText() {
    return questions.eraseExpiredQuestionText(this.ctx, this.retentionDays);
  }
  dueReminders(now: Date = this.ctx.clock.now(), options: reminders.ReminderOptions = {}) {
    return reminders.dueReminders(this.ctx, now, options);
  }
  /** The due reminders this instance won; send exactly these. */
  async claimDueReminders(ledger: Pick<OnceLedger, 'claimOnce'>, now: Date = this.ctx.clock.now(), options: reminders.ReminderOptions = {}) {
    return reminders.claimReminders(ledger, await this.dueReminders(now, options));
  }
}
