// Verbs that used to do two or more jobs, told apart by `step` or `op` in the card data.
// Cards carrying them are still posted in channels and chats (Teams keeps cards for months),
// so each old name is routed to the one-job verb that does what the old card meant. New cards
// never use these names; the only branching on card data left is here, and only for old cards.
import { VERBS, type Verb } from '../../cards/verbs.js';

type Data = Readonly<Record<string, unknown>>;
const submitted = (data: Data) => data.step === 'submit';

export const LEGACY_VERBS: Readonly<Record<string, (data: Data) => Verb>> = {
  'consultation.answer': (d) => (submitted(d) ? VERBS.consultationAnswerSubmit : VERBS.consultationAnswerOpen),
  'consultation.log': (d) => (submitted(d) ? VERBS.consultationLogSubmit : VERBS.consultationLogOpen),
  'centre.bindChannel': (d) => (d.step === 'bind' ? VERBS.channelBindSubmit : VERBS.channelBindOpen),
  'centre.edit': (d) => (typeof d.centreId === 'string' && d.centreId !== '' ? VERBS.centreEditOpen : VERBS.centrePick),
  'session.question.submit': (d) => (submitted(d) ? VERBS.sessionQuestionSend : VERBS.sessionQuestionOpen),
  'session.attendance': (d) => (submitted(d) ? VERBS.sessionAttendanceSave : VERBS.sessionAttendanceOpen),
  'session.series.create': (d) => (submitted(d) ? VERBS.sessionSeriesSubmit : VERBS.sessionSeriesOpen),
  'session.cancel': (d) => (submitted(d) ? VERBS.sessionCancelSubmit : VERBS.sessionCancelOpen),
  'session.reschedule': (d) => (submitted(d) ? VERBS.sessionRescheduleSubmit : VERBS.sessionRescheduleOpen),
  'session.agenda': (d) => (typeof d.op === 'string' && Object.hasOwn(AGENDA_OPS, d.op) ? AGENDA_OPS[d.op]! : VERBS.sessionAgendaShow),
  'network.create': (d) => (submitted(d) ? VERBS.networkCreateSubmit : VERBS.networkCreateOpen),
  'network.addOrganisation': (d) => (submitted(d) ? VERBS.networkAddOrganisationSubmit : VERBS.networkAddOrganisationOpen),
  'network.addCoLead': (d) => (submitted(d) ? VERBS.networkAddCoLeadSubmit : VERBS.networkAddCoLeadOpen),
  'network.bindChannel': (d) => (submitted(d) ? VERBS.networkBindChannelSubmit : VERBS.networkBindChannelOpen),
};

const AGENDA_OPS: Readonly<Record<string, Verb>> = {
  discussed: VERBS.sessionAgendaDiscussed,
  carry_over: VERBS.sessionAgendaCarryOver,
  up: VERBS.sessionAgendaMoveUp,
  add: VERBS.sessionAgendaAddItem,
};

/** The one-job verb an old card's name and data stand for; undefined when it was never a verb. */
export function legacyVerb(name: string, data: Data): Verb | undefined {
  return Object.hasOwn(LEGACY_VERBS, name) ? LEGACY_VERBS[name]!(data) : undefined;
}
