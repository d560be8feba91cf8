// Every service operation a person can reach, called as someone who may not do it: each one
// refuses by itself with its typed reason, and no document in any container changes. The bot
// resolves the roles; the services decide, so a new entry point (a job, the tab API) gets the
// same answer.
import { describe, expect, it } from 'vitest';
import { CaseThread } from '../../services/consultation/case-thread.js';
import { CaseContacts } from '../../services/consultation/case-contacts.js';
import { CaseHandover } from '../../services/consultation/case-handover.js';
import { ChannelBindings } from '../../services/consultation/channel-binding.js';
import { ConsultationService } from '../../services/consultation/consultation-service.js';
import { DirectoryService } from '../../services/directory/directory-service.js';
import { NetworkService } from '../../services/sessions/network-service.js';
import { TrainingService } from '../../services/training/training-service.js';
import type { RefusalReason } from '../../services/refusal.js';
import { CONTAINERS, type ContainerName } from '../../services/storage/containers.js';
import type { DocumentStore } from '../../services/storage/port.js';
import { SqliteStore } from '../../services/storage/sqlite/sqlite-store.js';
import { CLEAN_ANSWER, coordinating, coordinator as coordinatorPerson, harness as consultationHarness, otherRequester, requester, validInput } from '../fixtures/consultations.js';
import { GBG, SHIPPED } from '../fixtures/directory.js';
import { actor } from '../helpers/actors.js';
import { admin, memberA, memberB, nth, outsider, questionRaw, seriesRaw, world, type World } from '../sessions/helpers.js';

/** Every document of every product container, in a stable order: "nothing changed" is this being equal. */
async function snapshot(store: DocumentStore): Promise<string> {
  const names = (Object.keys(CONTAINERS) as ContainerName[]).filter((n) => n !== 'contract');
  const all = await Promise.all(names.map(async (n) => [n, (await store.collection(n).queryAll({})).map((d) => JSON.stringify(d)).sort()] as const));
  return JSON.stringify(all);
}

interface Scene {
  store: DocumentStore;
  w: World;
  recordId: string;
  answeredId: string;
  questionId: string;
  consultations: ReturnType<typeof consultationHarness>['service'];
  handover: CaseHandover;
  contacts: CaseContacts;
  bindings: ChannelBindings;
  directory: DirectoryService;
  thread: CaseThread;
  trainings: TrainingService;
  trainingRequestId: string;
  /** Trainings with one registered professional: started (participants can be recorded), held, ahead, and an invitation-only one ahead. */
  trainingId: string;
  heldTrainingId: string;
  futureTrainingId: string;
  invitedTrainingId: string;
}

/** A consultation (new), an answered one, a binding, a correction-ready directory, a network with a session and a question. */
async function scene(): Promise<Scene> {
  const store = new SqliteStore({ file: ':memory:' });
  await store.init();
  const { service: consultations, clock } = consultationHarness(store);
  const handover = new CaseHandover(store, () => SHIPPED, clock);
  const contacts = new CaseContacts(store, clock);
  const asker = actor(requester);
  const submitted = await consultations.submit(asker, validInput());
  const answered = await consultations.submit(asker, validInput());
  if (!submitted.ok || !answered.ok) throw new Error('seeding requests failed');
  await consultations.claim(coordinating(1), GBG, answered.record.id);
  await consultations.answer(coordinating(1), GBG, answered.record.id, { answer: CLEAN_ANSWER });
  const bindings = new ChannelBindings(store, () => SHIPPED, { now: () => new Date('2026-03-10T09:00:00Z') });
  const directory = await DirectoryService.open(store, { adminIds: ['aad-admin'], clock: { now: () => new Date('2026-03-10T09:00:00Z') } });
  const w = await world(store);
  const question = await w.service.submitQuestion(memberA, w.network.networkId, nth(w, 0).id, questionRaw());
  if (!question.ok) throw new Error('seeding a question failed');
  const thread = new CaseThread(store, () => SHIPPED, { now: () => new Date('2026-03-10T09:00:00Z') });
  const training = await trainingScene(store);
  return { store, w, recordId: submitted.record.id, answeredId: answered.record.id, questionId: question.question.id, consultations, handover, contacts, bindings, directory, thread, ...training };
}

const trainingCoordinator = actor({ id: '29:training-coordinator', name: 'Koordinator Väst' }, { coordinatorOf: [GBG] });
const trainee = actor({ id: '29:trainee', name: 'Lärare' });

/** An order and two trainings at Göteborg's centre: one started with a registration, one held. */
async function trainingScene(store: DocumentStore) {
  const clock = { now: () => new Date('2026-04-01T08:00:00Z') };
  const trainings = new TrainingService(store, clock, { directory: () => SHIPPED });
  const ordered = await trainings.requestTraining(trainee, { topic: 'fgm', trainingKind: 'information', professions: 'teacher', participants: '10', from: '2026-05-04', to: '2026-05-29', format: 'digital', municipality: '1480' }, null);
  const plan = { title: 'Könsstympning', topic: 'fgm', trainingKind: 'information', date: '2026-04-02', startTime: '09:00', endTime: '10:00', place: 'Skolan', capacity: '5', municipality: '1480' };
  const started = await trainings.planEvent(trainingCoordinator, GBG, plan);
  const held = await trainings.planEvent(trainingCoordinator, GBG, plan);
  const future = await trainings.planEvent(trainingCoordinator, GBG, { ...plan, date: '2026-05-12' });
  const invited = await trainings.planEvent(trainingCoordinator, GBG, { ...plan, date: '2026-05-12', audience: 'invited', invited: '1480' });
  if (!ordered.ok || !started.ok || !held.ok || !future.ok || !invited.ok) throw new Error('seeding trainings failed');
  for (const event of [started, held, future]) await trainings.register(trainee, GBG, event.event.id, { municipality: '1480' });
  const later = new TrainingService(store, { now: () => new Date('2026-04-02T09:00:00Z') }, { directory: () => SHIPPED });
  await later.recordParticipants(trainingCoordinator, GBG, held.event.id, { prof_teacher: '5' });
  return { trainings: later, trainingRequestId: ordered.request.id, trainingId: started.event.id, heldTrainingId: held.event.id, futureTrainingId: future.event.id, invitedTrainingId: invited.event.id };
}

const stranger = actor(outsider);
/** Who holds the answered case on its card. */
const coordinatingId = '29:coordinator-1';
const otherAsker = actor(otherRequester);
/** A coordinator, but of another RC's channel. */
const otherCoordinator = actor({ id: '29:coordinator-elsewhere', name: 'Koordinator Norr' }, { coordinatorOf: ['una-norrbotten'] });
/** Member of organisation B, trying organisation A's question. */
const member = actor(memberA);
const memberOfB = actor(memberB);
const notAdmin = actor({ id: '29:lead-not-admin', aadObjectId: 'aad-someone' }, { coordinatorOf: [GBG] });

/** [operation, who tries it, the refusal, the call] */
type Case = [string, string, RefusalReason, (s: Scene) => Promise<{ ok: boolean; reason?: string }>];

/**
 * Methods no person calls with their own rights: reads the bot does on everyone's behalf after a
 * check elsewhere, background jobs, and internals. A new method lands here only on purpose.
 */
const NOT_A_PERSONS_OPERATION = new Set([
  // Reads and jobs of consultations; submit is open to every professional.
  'ConsultationService.submit', 'ConsultationService.get', 'ConsultationService.listMine', 'ConsultationService.setChannelActivity',
  'ConsultationService.dueForReannouncement', 'ConsultationService.markReannounced', 'ConsultationService.dueForFollowUp',
  'ConsultationService.markFollowUpAsked', 'ConsultationService.eraseExpiredFreeText',
  'ConsultationService.createOnce', 'ConsultationService.created', 'ConsultationService.draft', 'ConsultationService.shortCode', 'ConsultationService.nowIso',
  'ConsultationService.myClaimed', 'ConsultationService.waitingForChannels', 'ConsultationService.responseTargets', 'ConsultationService.timing', 'ConsultationService.awaitingChannel',
  'ChannelBindings.forCentre', 'ChannelBindings.forTeam', 'ChannelBindings.national', 'ChannelBindings.destinationFor', 'ChannelBindings.read', 'ChannelBindings.upsert',
  // Follows the connector a bound channel speaks through; changes no right and no channel.
  'ChannelBindings.refreshServiceUrl', 'ChannelBindings.moveServiceUrl',
  'DirectoryService.current', 'DirectoryService.isAdmin', 'DirectoryService.reload', 'DirectoryService.refreshIfStale',
  // Closed periods are public (the centre card shows them); saving is the private half of the corrections above.
  'ChannelBindings.closedPeriods', 'ChannelBindings.closedNowOrNext', 'DirectoryService.save',
  // Reads scoped to the person's own id, lookups for the calendar feed, and jobs.
  'NetworkService.networksOf', 'NetworkService.networksLedBy', 'NetworkService.ledNetwork', 'NetworkService.network', 'NetworkService.roleOf',
  'NetworkService.networkByFeedToken', 'NetworkService.session', 'NetworkService.sessionsOf', 'NetworkService.upcoming',
  'NetworkService.eraseExpiredQuestionText', 'NetworkService.dueReminders', 'NetworkService.claimDueReminders',
  // A case's thread: the period is read for the card's buttons; the rest are internals.
  'CaseThread.mayStartNewContact', 'CaseThread.reopenDays', 'CaseThread.parse', 'CaseThread.nowIso',
  'CaseHandover.copyAt', 'CaseHandover.nowIso',
  // Trainings: ordering is open to every professional; reads by id the bot does after its own
  // check, the calendar link's lookup, the channel card's bookkeeping, and the reminder job.
  'TrainingService.requestTraining', 'TrainingService.request', 'TrainingService.event', 'TrainingService.upcoming',
  'TrainingService.eventByCalendarToken', 'TrainingService.setChannelActivity', 'TrainingService.dueReminders', 'TrainingService.claimDueReminders',
]);

const CASES: Case[] = [
  // Consultations: only the RC's coordinators handle a request; only its asker withdraws and rates it.
  ['ConsultationService.claim', 'claim, by a coordinator of another RC', 'not_coordinator', (s) => s.consultations.claim(otherCoordinator, GBG, s.recordId)],
  ['ConsultationService.answer', 'answer, by a coordinator of another RC', 'not_coordinator', (s) => s.consultations.answer(otherCoordinator, GBG, s.answeredId, { answer: CLEAN_ANSWER })],
  ['ConsultationService.close', 'close, by a requester', 'not_coordinator', (s) => s.consultations.close(actor(requester), GBG, s.answeredId)],
  ['ConsultationService.reopen', 'reopen, by a coordinator of another RC', 'not_coordinator', (s) => s.consultations.reopen(otherCoordinator, GBG, s.answeredId)],
  ['ConsultationService.openQueue', 'see the open cases, by a coordinator of another RC', 'not_coordinator', (s) => s.consultations.openQueue(otherCoordinator, GBG)],
  ['ConsultationService.viewAsCoordinator', 'view in the channel, by someone outside it', 'not_coordinator', (s) => s.consultations.viewAsCoordinator(stranger, GBG, s.recordId)],
  ['ConsultationService.logConsultation', 'log a consultation, outside the bound channel', 'not_coordinator', (s) => s.consultations.logConsultation(stranger, GBG, validInput())],
  ['ConsultationService.withdraw', 'withdraw, by another professional', 'not_yours', (s) => s.consultations.withdraw(otherAsker, GBG, s.recordId)],
  ['ConsultationService.rateHelpfulness', 'rate the advice, by another professional', 'not_yours', (s) => s.consultations.rateHelpfulness(otherAsker, GBG, s.answeredId, 5)],
  ['ConsultationService.recordAdviceFollowed', 'say whether advice was followed, by another professional', 'not_yours', (s) => s.consultations.recordAdviceFollowed(otherAsker, GBG, s.answeredId, 'yes')],
  // Administrators' work.
  ['ChannelBindings.bind', 'bind a channel, by a coordinator', 'not_admin', (s) => s.bindings.bind(notAdmin, { rcId: GBG, teamId: 'team-x', channelId: '19:x', conversationReference: { conversation: { id: '19:x' } } })],
  ['ChannelBindings.bindNational', 'bind the national channel, by a coordinator', 'not_admin', (s) => s.bindings.bindNational(notAdmin, { teamId: 'team-x', channelId: '19:x', conversationReference: { conversation: { id: '19:x' } } })],
  ['ConsultationService.setResponseTargets', 'set an RC\'s response targets, by a coordinator', 'not_admin', (s) => s.consultations.setResponseTargets(notAdmin, GBG, { normalHours: '8', urgentHours: '1' })],
  ['ChannelBindings.catalogueStatus', 'see what the directory lacks, by a coordinator', 'not_admin', (s) => s.bindings.catalogueStatus(notAdmin)],
  ['DirectoryService.centreForEditing', 'open a centre for correction, by a coordinator', 'not_admin', (s) => s.directory.centreForEditing(notAdmin, GBG)],
  ['DirectoryService.correctCentre', 'correct a centre, by a coordinator', 'not_admin', (s) => s.directory.correctCentre(notAdmin, GBG, { status: 'operational', phone: '031-123 45 67' }, undefined)],
  ['DirectoryService.nationalForEditing', "open NCH's entry for correction, by a coordinator", 'not_admin', (s) => s.directory.nationalForEditing(notAdmin)],
  ['DirectoryService.correctNational', "correct NCH's support line, by a coordinator", 'not_admin', (s) => s.directory.correctNational(notAdmin, { supportLine: '010-123 45 67' }, undefined)],
  ['ChannelBindings.addClosedPeriod', 'close an RC for the summer, by its coordinator', 'not_admin', (s) => s.bindings.addClosedPeriod(notAdmin, GBG, { closedFrom: '2026-07-01', closedTo: '2026-07-31' })],
  ['ChannelBindings.removeClosedPeriod', "remove an RC's closed period, by its coordinator", 'not_admin', (s) => s.bindings.removeClosedPeriod(notAdmin, GBG, '2026-07-01')],
  ['NetworkService.createNetwork', 'create a network, by a lead who is no administrator', 'not_admin', (s) => s.w.service.createNetwork(actor(admin), { rcId: GBG, name: 'Nytt', leads: [admin], meetingUrl: s.w.network.meetingUrl })],
  // A network's leads.
  ['NetworkService.addCoLead', 'add a co-lead, by a member', 'not_lead', (s) => s.w.service.addCoLead(member, s.w.network.networkId, outsider)],
  ['NetworkService.addOrganisation', 'add an organisation, by a member', 'not_lead', (s) => s.w.service.addOrganisation(member, s.w.network.networkId, { name: 'X', type: 'school', municipality: '2580', member: outsider })],
  ['NetworkService.setDeputy', 'change a deputy, by a member', 'not_lead', (s) => s.w.service.setDeputy(member, s.w.network.networkId, s.w.orgA.id, null)],
  ['NetworkService.setMeetingLink', 'set the meeting link, by a member', 'not_lead', (s) => s.w.service.setMeetingLink(member, s.w.network.networkId, s.w.network.meetingUrl)],
  ['NetworkService.setChannel', 'bind the network channel, by a member', 'not_lead', (s) => s.w.service.setChannel(member, s.w.network.networkId, { conversation: { id: '19:y' } })],
  ['NetworkService.rotateFeedToken', 'renew the calendar link, by a member', 'not_lead', (s) => s.w.service.rotateFeedToken(member, s.w.network.networkId)],
  ['NetworkService.createSeries', 'plan a series, by a member', 'not_lead', (s) => s.w.service.createSeries(member, s.w.network.networkId, seriesRaw({ firstDate: '2026-05-05' }))],
  ['NetworkService.cancelSession', 'cancel a session, by a member', 'not_lead', (s) => s.w.service.cancelSession(member, s.w.network.networkId, nth(s.w, 0).id, 'Sjukdom')],
  ['NetworkService.rescheduleSession', 'move a session, by a member', 'not_lead', (s) => s.w.service.rescheduleSession(member, s.w.network.networkId, nth(s.w, 0).id, { startTime: '14:00' })],
  ['NetworkService.agenda', 'read the agenda, by a member', 'not_lead', (s) => s.w.service.agenda(member, s.w.network.networkId, nth(s.w, 0).id)],
  ['NetworkService.reorder', 'reorder the agenda, by a member', 'not_lead', (s) => s.w.service.reorder(member, s.w.network.networkId, nth(s.w, 0).id, [s.questionId])],
  ['NetworkService.moveUp', 'move an agenda entry up, by a member', 'not_lead', (s) => s.w.service.moveUp(member, s.w.network.networkId, nth(s.w, 0).id, s.questionId)],
  ['NetworkService.markDiscussed', 'mark a question discussed, by a member', 'not_lead', (s) => s.w.service.markDiscussed(member, s.w.network.networkId, nth(s.w, 0).id, s.questionId)],
  ['NetworkService.carryOver', 'carry a question over, by a member', 'not_lead', (s) => s.w.service.carryOver(member, s.w.network.networkId, nth(s.w, 0).id, s.questionId)],
  ['NetworkService.addAgendaItem', 'add an agenda item, by a member', 'not_lead', (s) => s.w.service.addAgendaItem(member, s.w.network.networkId, nth(s.w, 0).id, { kind: 'method', title: 'Metodstöd' })],
  ['NetworkService.attendanceSheet', 'open the attendance sheet, by a member', 'not_lead', (s) => s.w.service.attendanceSheet(member, s.w.network.networkId, nth(s.w, 0).id)],
  ['NetworkService.recordAttendance', 'record attendance, by a member', 'not_lead', (s) => s.w.service.recordAttendance(member, s.w.network.networkId, nth(s.w, 0).id, [s.w.orgA.id])],
  // Members and deputies act for their own organisation only.
  ['NetworkService.book', 'book a place, by someone outside the network', 'not_member', (s) => s.w.service.book(stranger, s.w.network.networkId, nth(s.w, 0).id)],
  ['NetworkService.unbook', 'unbook, by someone outside the network', 'not_member', (s) => s.w.service.unbook(stranger, s.w.network.networkId, nth(s.w, 0).id)],
  ['NetworkService.joinWaitingList', 'join the waiting list, by someone outside the network', 'not_member', (s) => s.w.service.joinWaitingList(stranger, s.w.network.networkId, nth(s.w, 0).id)],
  ['NetworkService.leaveWaitingList', 'leave the waiting list, by someone outside the network', 'not_member', (s) => s.w.service.leaveWaitingList(stranger, s.w.network.networkId, nth(s.w, 0).id)],
  ['NetworkService.submitQuestion', 'send a question, by someone outside the network', 'not_member', (s) => s.w.service.submitQuestion(stranger, s.w.network.networkId, nth(s.w, 0).id, questionRaw())],
  ['NetworkService.withdrawQuestion', 'withdraw a question, by someone outside the network', 'not_member', (s) => s.w.service.withdrawQuestion(stranger, s.w.network.networkId, s.questionId)],
  ['NetworkService.withdrawQuestion', "withdraw another organisation's question", 'not_yours', (s) => s.w.service.withdrawQuestion(memberOfB, s.w.network.networkId, s.questionId)],
  ['NetworkService.feedToken', 'get the calendar link, by someone outside the network', 'not_member', (s) => s.w.service.feedToken(stranger, s.w.network.networkId)],
  ['NetworkService.rateSession', 'rate a session, by someone outside the network', 'not_member', (s) => s.w.service.rateSession(stranger, s.w.network.networkId, nth(s.w, 0).id, 5)],
  // A case's thread: its asker and its RC's coordinators write; only its asker reopens and reads it in personal chat.
  ['CaseThread.write', 'write on a case, by another professional', 'not_yours', (s) => s.thread.write(otherAsker, GBG, s.answeredId, { text: 'Skolan har pratat med socialtjänsten.' })],
  ['CaseThread.write', 'ask a clarifying question, by a coordinator of another RC', 'not_yours', (s) => s.thread.write(otherCoordinator, GBG, s.answeredId, { kind: 'question', text: 'Har skolan pratat med socialtjänsten?' })],
  ['CaseThread.startNewContact', 'start a new contact on a case, by another professional', 'not_yours', (s) => s.thread.startNewContact(otherAsker, GBG, s.answeredId, { text: 'Familjen har bokat resan.' })],
  ['CaseThread.viewAsRequester', 'read a case in personal chat, by another professional', 'not_yours', (s) => s.thread.viewAsRequester(otherAsker, GBG, s.answeredId)],
  ['CaseThread.setReopenDays', "set how long an RC's cases can be reopened, by someone outside its channel", 'not_coordinator', (s) => s.thread.setReopenDays(stranger, GBG, { days: '60' })],
  // Handing a case on: only the RC's coordinators, and only to a colleague of the team.
  ['CaseHandover.release', 'release a case, by a coordinator of another RC', 'not_coordinator', (s) => s.handover.release(otherCoordinator, GBG, s.answeredId, coordinatingId)],
  ['CaseHandover.pass', 'pass a case, by a requester', 'not_coordinator', (s) => s.handover.pass(actor(requester), GBG, s.recordId, requester.id, null, [requester])],
  ['CaseHandover.pass', 'pass a case to someone outside the team', 'not_colleague', (s) => s.handover.pass(actor(coordinatorPerson(2), { coordinatorOf: [GBG] }), GBG, s.recordId, '29:stranger', null, [coordinatorPerson(2)])],
  ['CaseHandover.transfer', 'transfer a case, by a coordinator of another RC', 'not_coordinator', (s) => s.handover.transfer(otherCoordinator, GBG, s.recordId, { toRcId: 'una-norrbotten', reason: 'other_area' }, null)],
  ['CaseContacts.addContact', 'record a further contact, by a coordinator of another RC', 'not_coordinator', (s) => s.contacts.addContact(otherCoordinator, GBG, s.answeredId, { channel: 'phone', on: '2026-03-10', contactKey: 'k' })],
  ['CaseContacts.setStage', 'record the stage at first contact, by a requester', 'not_coordinator', (s) => s.contacts.setStage(actor(requester), GBG, s.answeredId, 'unknown')],
  // Trainings: only the RC's coordinators answer orders and run trainings; only those registered evaluate.
  ['TrainingService.takeRequest', 'take a training order, by a coordinator of another RC', 'not_coordinator', (s) => s.trainings.takeRequest(otherCoordinator, GBG, s.trainingRequestId)],
  ['TrainingService.proposeDates', 'propose training dates, by the professional', 'not_coordinator', (s) => s.trainings.proposeDates(trainee, GBG, s.trainingRequestId, { date1: '2026-05-12', time1: '13:00' })],
  ['TrainingService.declineRequest', 'decline a training order, by a coordinator of another RC', 'not_coordinator', (s) => s.trainings.declineRequest(otherCoordinator, GBG, s.trainingRequestId, { reason: 'Nej' })],
  ['TrainingService.openRequests', 'see the training orders, by someone outside the channel', 'not_coordinator', (s) => s.trainings.openRequests(stranger, GBG)],
  ['TrainingService.planEvent', 'plan a training, by a coordinator of another RC', 'not_coordinator', (s) => s.trainings.planEvent(otherCoordinator, GBG, { title: 'X', topic: 'fgm', trainingKind: 'training', date: '2026-05-12', startTime: '09:00', endTime: '10:00', place: 'Skolan', capacity: '5', municipality: '1480' })],
  ['TrainingService.cancelEvent', 'cancel a training, by a participant', 'not_coordinator', (s) => s.trainings.cancelEvent(trainee, GBG, s.trainingId, { reason: 'Sjuk' })],
  ['TrainingService.rescheduleEvent', 'move a training, by a participant', 'not_coordinator', (s) => s.trainings.rescheduleEvent(trainee, GBG, s.trainingId, { startTime: '11:00' })],
  ['TrainingService.recordParticipants', 'record training participants, by a participant', 'not_coordinator', (s) => s.trainings.recordParticipants(trainee, GBG, s.trainingId, { prof_teacher: '9' })],
  ['TrainingService.register', 'register for an invitation-only training from a municipality not invited', 'not_invited', (s) => s.trainings.register(stranger, GBG, s.invitedTrainingId, { municipality: '2584' })],
  ['TrainingService.unregister', 'give up a training place, by someone not registered', 'not_booked', (s) => s.trainings.unregister(stranger, GBG, s.futureTrainingId)],
  ['TrainingService.joinWaitingList', 'queue for a training with places free', 'places_free', (s) => s.trainings.joinWaitingList(stranger, GBG, s.futureTrainingId, { municipality: '1480' })],
  ['TrainingService.leaveWaitingList', 'leave a training queue, by someone not in it', 'not_waiting', (s) => s.trainings.leaveWaitingList(stranger, GBG, s.futureTrainingId)],
  ['TrainingService.evaluate', 'evaluate a training, by someone not registered', 'not_booked', (s) => s.trainings.evaluate(stranger, GBG, s.heldTrainingId, { rating: '5' })],
];

describe('every operation, as someone who may not do it', () => {
  it.each(CASES)('%s, %s: refused (%s), nothing stored', async (_op, _who, reason, operation) => {
    const s = await scene();
    const before = await snapshot(s.store);
    await expect(operation(s)).resolves.toMatchObject({ ok: false, reason });
    expect(await snapshot(s.store)).toBe(before);
    await s.store.close();
  });

  it('has a row for every operation a person can call, and every other method is named as not theirs', () => {
    const byPeople = new Set(CASES.map(([op]) => op));
    const services = { ConsultationService, ChannelBindings, DirectoryService, NetworkService, CaseThread, CaseHandover, CaseContacts, TrainingService };
    const unclassified = Object.entries(services).flatMap(([name, service]) =>
      Object.getOwnPropertyNames(service.prototype)
        .filter((method) => method !== 'constructor')
        .map((method) => `${name}.${method}`)
        .filter((op) => !byPeople.has(op) && !NOT_A_PERSONS_OPERATION.has(op)),
    );
    expect(unclassified).toEqual([]);
  });
});
