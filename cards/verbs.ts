// Every card action's verb, in one table: card builders and the bot's action registry
// both import these, so a misspelt verb fails to compile instead of silently doing nothing.
export const VERBS = {
  menuShow: 'menu.show',
  consultationStart: 'consultation.start',
  centreFind: 'centre.find',
  centreLookup: 'centre.lookup',
  centreEdit: 'centre.edit',
  centreSave: 'centre.save',
  sessionList: 'session.list',
  consultationSubmit: 'consultation.submit',
  consultationWithdraw: 'consultation.withdraw',
  consultationMine: 'consultation.mine',
  consultationClaim: 'consultation.claim',
  consultationAnswer: 'consultation.answer',
  consultationClose: 'consultation.close',
  consultationReopen: 'consultation.reopen',
  consultationView: 'consultation.view',
  consultationLog: 'consultation.log',
  consultationRate: 'consultation.rate',
  consultationFollowed: 'consultation.followed',
  centreBindChannel: 'centre.bindChannel',
  sessionBook: 'session.book',
  sessionUnbook: 'session.unbook',
  sessionWaitlist: 'session.waitlist',
  sessionQuestionSubmit: 'session.question.submit',
  sessionAgenda: 'session.agenda',
  sessionAttendance: 'session.attendance',
  sessionRate: 'session.rate',
  sessionSeriesCreate: 'session.series.create',
  sessionCancel: 'session.cancel',
  sessionReschedule: 'session.reschedule',
  networkCreate: 'network.create',
  networkAddOrganisation: 'network.addOrganisation',
  networkAddCoLead: 'network.addCoLead',
  networkBindChannel: 'network.bindChannel',
  statsShow: 'stats.show',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

export const ALL_VERBS: readonly Verb[] = Object.values(VERBS);

/** The Data.Query dataset of the municipality typeahead (answered by application/search). */
export const PLACES_DATASET = 'rc.places';

export function isVerb(value: unknown): value is Verb {
  return typeof value === 'string' && (ALL_VERBS as readonly string[]).includes(value);
}
