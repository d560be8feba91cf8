// Every service operation a person can reach, called as someone who may not do it: each one
// refuses by itself with its typed reason, and no document in any container changes. The bot
// resolves the roles; the services decide, so a new entry point (a job, the tab API) gets the
// same answer.
import { describe, expect, it } from 'vitest';
import { ChannelBindings } from '../../services/consultation/channel-binding.js';
import { ConsultationService } from '../../services/consultation/consultation-service.js';
import { DirectoryService } from '../../services/directory/directory-service.js';
import { NetworkService } from '../../services/sessions/network-service.js';
import type { RefusalReason } from '../../services/refusal.js';
import { CONTAINERS, type ContainerName } from '../../services/storage/containers.js';
import type { DocumentStore } from '../../services/storage/port.js';
import { SqliteStore } from '../../services/storage/sqlite/sqlite-store.js';
import { CLEAN_ANSWER, coordinating, harness as consultationHarness, otherRequester, requester, validInput } from '../fixtures/consultations.js';
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
  bindings: ChannelBindings;
  directory: DirectoryService;
}

/** A consultation (new), an answered one, a binding, a correction-ready directory, a network with a session and a question. */
async function scene(): Promise<Scene> {
  const store = new SqliteStore({ file: ':memory:' });
  await store.init();
  const { service: consultations } = consultationHarness(store);
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
  return { store, w, recordId: submitted.record.id, answeredId: answered.record.id, questionId: question.question.id, consultations, bindings, directory };
}

const stranger = actor(outsider);
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
  'DirectoryService.current', 'DirectoryService.isAdmin', 'DirectoryService.reload', 'DirectoryService.refreshIfStale',
  // Reads scoped to the person's own id, lookups for the calendar feed, and jobs.
  'NetworkService.networksOf', 'NetworkService.networksLedBy', 'NetworkService.ledNetwork', 'NetworkService.network', 'NetworkService.roleOf',
  'NetworkService.networkByFeedToken', 'NetworkService.session', 'NetworkService.sessionsOf', 'NetworkService.upcoming',
  'NetworkService.eraseExpiredQuestionText', 'NetworkService.dueReminders', 'NetworkService.claimDueReminders',
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
    const services = { ConsultationService, ChannelBindings, DirectoryService, NetworkService };
    const unclassified = Object.entries(services).flatMap(([name, service]) =>
      Object.getOwnPropertyNames(service.prototype)
        .filter((method) => method !== 'constructor')
        .map((method) => `${name}.${method}`)
        .filter((op) => !byPeople.has(op) && !NOT_A_PERSONS_OPERATION.has(op)),
    );
    expect(unclassified).toEqual([]);
  });
});
