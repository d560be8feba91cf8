// Training and information sessions (utbildning) as the bot's handlers and jobs call them.
// Coordinators act for their RC only from its bound channel (Actor.coordinatorOf); anyone may
// request a training and register for one they are invited to. Card input is parsed, with
// the identifier check, before anything is stored; results are typed with refusal reasons the
// bot turns into catalogue messages. The work is done in the topic modules.
import { randomUUID } from 'node:crypto';
import type { FormInput } from '../consultation/fields.js';
import type { DirectoryIndex } from '../directory/lookup.js';
import type { OnceLedger } from '../jobs/once-ledger.js';
import type { Actor } from '../rights/actor.js';
import type { DocumentStore } from '../storage/port.js';
import type { Clock } from '../time/clock.js';
import { realSleep, type Sleep } from '../time/sleep.js';
import * as after from './after.js';
import type { TrainingContext } from './context.js';
import * as events from './events.js';
import type { EvaluationField, EventField, ProposalField, ReasonField, RegisterField, RequestField, TrainingRescheduleField } from './inputs.js';
import * as reminders from './reminders.js';
import { TrainingRepository } from './repository.js';
import * as requests from './requests.js';

export interface TrainingServiceOptions {
  /** Checks municipality codes and finds the RC covering one; without it any code goes to `fallbackRc`. */
  directory?: () => DirectoryIndex;
  sleep?: Sleep;
  newId?: () => string;
}

export class TrainingService {
  private readonly ctx: TrainingContext;

  constructor(store: DocumentStore, clock: Clock, options: TrainingServiceOptions = {}) {
    const directory = options.directory;
    this.ctx = {
      repo: new TrainingRepository(store, options.sleep ?? realSleep),
      clock,
      municipalityExists: (code) => !directory || directory().municipality(code) !== undefined,
      centresFor: (code) => directory?.().centresFor(code)?.covering.map((c) => c.centre.id) ?? [],
      newId: options.newId ?? randomUUID,
    };
  }

  // Requests ---------------------------------------------------------------------------------

  requestTraining(by: Actor, input: FormInput<RequestField>, conversation: unknown, submissionKey?: string) {
    return requests.requestTraining(this.ctx, by, input, conversation, submissionKey);
  }
  takeRequest(by: Actor, rcId: string, id: string) {
    return requests.takeRequest(this.ctx, by, rcId, id);
  }
  proposeDates(by: Actor, rcId: string, id: string, input: FormInput<ProposalField>) {
    return requests.proposeDates(this.ctx, by, rcId, id, input);
  }
  declineRequest(by: Actor, rcId: string, id: string, input: FormInput<ReasonField>) {
    return requests.declineRequest(this.ctx, by, rcId, id, input);
  }
  openRequests(by: Actor, rcId: string) {
    return requests.openRequests(this.ctx, by, rcId);
  }
  request(rcId: string, id: string) {
    return requests.request(this.ctx, rcId, id);
  }
  setChannelActivity(rcId: string, id: string, activityId: string | undefined) {
    return requests.setChannelActivity(this.ctx, rcId, id, activityId);
  }

  // Events -----------------------------------------------------------------------------------

  planEvent(by: Actor, rcId: string, input: FormInput<EventField>) {
    return events.planEvent(this.ctx, by, rcId, input);
  }
  register(by: Actor, rcId: string, id: string, input: FormInput<RegisterField>) {
    return events.register(this.ctx, by, rcId, id, input);
  }
  joinWaitingList(by: Actor, rcId: string, id: string, input: FormInput<RegisterField>) {
    return events.joinWaitingList(this.ctx, by, rcId, id, input);
  }
  unregister(by: Actor, rcId: string, id: string) {
    return events.unregister(this.ctx, by, rcId, id);
  }
  leaveWaitingList(by: Actor, rcId: string, id: string) {
    return events.leaveWaitingList(this.ctx, by, rcId, id);
  }
  cancelEvent(by: Actor, rcId: string, id: string, input: FormInput<ReasonField>) {
    return events.cancelEvent(this.ctx, by, rcId, id, input);
  }
  rescheduleEvent(by: Actor, rcId: string, id: string, input: FormInput<TrainingRescheduleField>) {
    return events.rescheduleEvent(this.ctx, by, rcId, id, input);
  }
  event(rcId: string, id: string) {
    return events.event(this.ctx, rcId, id);
  }
  upcoming(options: { rcId?: string; from?: Date; limit?: number } = {}) {
    return events.upcoming(this.ctx, options);
  }
  eventByCalendarToken(token: string) {
    return this.ctx.repo.eventByCalendarToken(token);
  }

  // After the event --------------------------------------------------------------------------

  recordParticipants(by: Actor, rcId: string, id: string, input: Readonly<Record<string, string | undefined>>) {
    return after.recordParticipants(this.ctx, by, rcId, id, input);
  }
  evaluate(by: Actor, rcId: string, id: string, input: FormInput<EvaluationField>) {
    return after.evaluate(this.ctx, by, rcId, id, input);
  }

  // Jobs -------------------------------------------------------------------------------------

  dueReminders(now: Date) {
    return reminders.dueReminders(this.ctx, now);
  }
  claimDueReminders(ledger: Pick<OnceLedger, 'claimOnce'>, now: Date) {
    return reminders.claimDueReminders(this.ctx, ledger, now);
  }
}
