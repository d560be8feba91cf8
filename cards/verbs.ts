// Every card action's verb, in one table: card builders and the bot's action registry
// both import these, so a misspelt verb fails to compile instead of silently doing nothing.
// One verb, one job: opening a form and submitting it are two verbs. Verbs that did several
// jobs before (decided by `step` or `op` in the card data) are in bot/actions/legacy-verbs.ts,
// because cards posted in Teams channels live for months.
export const VERBS = {
  menuShow: 'menu.show',

  centreFind: 'centre.find',
  centreLookup: 'centre.lookup',
  centrePick: 'centre.pick',
  centreEditOpen: 'centre.edit.open',
  centreSave: 'centre.save',
  channelBindOpen: 'centre.bindChannel.open',
  channelBindSubmit: 'centre.bindChannel.submit',
  nationalBindOpen: 'centre.bindNational.open',
  nationalBindSubmit: 'centre.bindNational.submit',
  catalogueStatus: 'centre.catalogueStatus',
  targetsOpen: 'centre.targets.open',
  targetsSubmit: 'centre.targets.submit',

  consultationStart: 'consultation.start',
  consultationSubmit: 'consultation.submit',
  consultationWithdraw: 'consultation.withdraw',
  consultationMine: 'consultation.mine',
  consultationRate: 'consultation.rate',
  consultationFollowed: 'consultation.followed',
  consultationView: 'consultation.view',
  consultationClaim: 'consultation.claim',
  consultationAnswerOpen: 'consultation.answer.open',
  consultationAnswerSubmit: 'consultation.answer.submit',
  consultationClose: 'consultation.close',
  consultationReopen: 'consultation.reopen',
  consultationLogOpen: 'consultation.log.open',
  consultationLogSubmit: 'consultation.log.submit',
  consultationQueue: 'consultation.queue',

  sessionList: 'session.list',
  sessionBook: 'session.book',
  sessionUnbook: 'session.unbook',
  sessionWaitlist: 'session.waitlist',
  sessionWaitlistLeave: 'session.waitlist.leave',
  sessionQuestionOpen: 'session.question.open',
  sessionQuestionSend: 'session.question.send',
  sessionQuestionWithdraw: 'session.question.withdraw',
  sessionAgendaShow: 'session.agenda.show',
  sessionAgendaDiscussed: 'session.agenda.discussed',
  sessionAgendaCarryOver: 'session.agenda.carryOver',
  sessionAgendaMoveUp: 'session.agenda.moveUp',
  sessionAgendaAddItem: 'session.agenda.addItem',
  sessionAttendanceOpen: 'session.attendance.open',
  sessionAttendanceSave: 'session.attendance.save',
  sessionRate: 'session.rate',
  sessionSeriesOpen: 'session.series.open',
  sessionSeriesSubmit: 'session.series.submit',
  sessionCancelOpen: 'session.cancel.open',
  sessionCancelSubmit: 'session.cancel.submit',
  sessionRescheduleOpen: 'session.reschedule.open',
  sessionRescheduleSubmit: 'session.reschedule.submit',

  networkCreateOpen: 'network.create.open',
  networkCreateSubmit: 'network.create.submit',
  networkAddOrganisationOpen: 'network.addOrganisation.open',
  networkAddOrganisationSubmit: 'network.addOrganisation.submit',
  networkAddCoLeadOpen: 'network.addCoLead.open',
  networkAddCoLeadSubmit: 'network.addCoLead.submit',
  networkBindChannelOpen: 'network.bindChannel.open',
  networkBindChannelSubmit: 'network.bindChannel.submit',
  networkDeputyOpen: 'network.deputy.open',
  networkDeputySubmit: 'network.deputy.submit',
  networkMeetingLinkOpen: 'network.meetingLink.open',
  networkMeetingLinkSubmit: 'network.meetingLink.submit',
  networkFeedRenew: 'network.feed.renew',

  statsShow: 'stats.show',

  trainingList: 'training.list',
  trainingRequestOpen: 'training.request.open',
  trainingRequestSubmit: 'training.request.submit',
  trainingRequests: 'training.requests',
  trainingRequestTake: 'training.request.take',
  trainingProposeOpen: 'training.request.propose.open',
  trainingProposeSubmit: 'training.request.propose.submit',
  trainingDeclineOpen: 'training.request.decline.open',
  trainingDeclineSubmit: 'training.request.decline.submit',
  trainingEventOpen: 'training.event.open',
  trainingEventSubmit: 'training.event.submit',
  trainingRegister: 'training.register',
  trainingUnregister: 'training.unregister',
  trainingWaitlist: 'training.waitlist',
  trainingWaitlistLeave: 'training.waitlist.leave',
  trainingCancelOpen: 'training.cancel.open',
  trainingCancelSubmit: 'training.cancel.submit',
  trainingRescheduleOpen: 'training.reschedule.open',
  trainingRescheduleSubmit: 'training.reschedule.submit',
  trainingParticipantsOpen: 'training.participants.open',
  trainingParticipantsSubmit: 'training.participants.submit',
  trainingEvaluate: 'training.evaluate',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

export const ALL_VERBS: readonly Verb[] = Object.values(VERBS);

/** The Data.Query dataset of the municipality typeahead (answered by application/search). */
export const PLACES_DATASET = 'rc.places';

export function isVerb(value: unknown): value is Verb {
  return typeof value === 'string' && (ALL_VERBS as readonly string[]).includes(value);
}
