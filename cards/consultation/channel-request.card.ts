// The request as the RC's coordinators see it in their channel. The same card is posted,
// updated in place on every change, and returned on refresh, so everyone sees the current
// state and only the buttons that state allows.
import { executeAction } from '../actions.js';
import { adaptiveCard, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardAction, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';
import { caseWorkElements, type CaseWorkView } from './case-work.js';
import { codeLabels } from './choices.js';
import type { ConsultationView } from './consultation-view.js';
import { threadSection, type ThreadView } from './thread.card.js';

export interface ChannelRequestView {
  messages: Messages;
  consultation: ConsultationView;
  notice?: { text: string; tone: 'good' | 'attention' };
  /** Working hours waited against the target (the queue's and the re-announcement's rule). */
  timing?: { waitedHours: number; targetHours: number; overdue: boolean };
  /**
   * The national channel's copy: the RC has no channel, is not in service, or has not taken an
   * urgent request in time. Its members watch and follow up; they cannot take the case here.
   */
  national?: 'no_channel' | 'not_in_service' | 'escalated' | 'closed' | 'handedOver';
  /** The RC's last closed day, for the 'closed' copy. */
  closedUntil?: string;
  /** The case's thread as the RC sees it (names included), with what it may write now. */
  thread?: ThreadView;
  /** Where it went or came from, its stage, further contacts and who held it. */
  caseWork?: CaseWorkView;
}

function stateLine(m: Messages, r: ConsultationView): CardElement | undefined {
  const c = m.consultation.channel;
  const name = r.claimedByName ?? '–';
  switch (r.status) {
    case 'claimed':
      return paragraph(fill(c.claimedBy, { name }), { color: 'accent', weight: 'bolder' });
    case 'answered':
      return paragraph(fill(c.answeredBy, { name }), { color: 'good', weight: 'bolder' });
    case 'closed':
      return paragraph(c.closed, { isSubtle: true, weight: 'bolder' });
    case 'withdrawn':
      return paragraph(c.withdrawn, { isSubtle: true, weight: 'bolder' });
    default:
      return undefined;
  }
}

function actionsFor(m: Messages, r: ConsultationView): CardAction[] {
  const c = m.consultation.channel;
  const ids = { rcId: r.rcId, id: r.id };
  const act = (title: string, verb: Parameters<typeof executeAction>[1], style?: 'positive' | 'destructive') =>
    executeAction(title, verb, ids, { associatedInputs: 'none', ...(style ? { style } : {}) });
  const handOn = act(m.caseWork.handover.open, VERBS.consultationHandoverOpen);
  const contacts = act(m.caseWork.contacts.open, VERBS.consultationContactsOpen);
  switch (r.status) {
    case 'new':
      return [act(c.claim, VERBS.consultationClaim, 'positive'), handOn];
    case 'claimed':
      return [act(c.answer, VERBS.consultationAnswerOpen, 'positive'), act(c.close, VERBS.consultationClose), handOn, contacts];
    case 'answered':
      return [act(c.close, VERBS.consultationClose), act(c.reopen, VERBS.consultationReopen), contacts];
    case 'closed':
      return [act(c.reopen, VERBS.consultationReopen), contacts];
    default:
      return [];
  }
}

export function channelRequestCard(view: ChannelRequestView): AdaptiveCard {
  const { messages: m, consultation: r } = view;
  const c = m.consultation.channel;
  const codes = m.codes;
  const title = fill(c.newRequest, { reference: r.reference });
  const body: CardElement[] = [
    {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'stretch', items: [paragraph(title, { style: 'heading', size: 'medium', weight: 'bolder' })] },
        ...(r.urgent ? [{ type: 'Column' as const, width: 'auto', items: [paragraph(c.urgent, { color: 'attention' as const, weight: 'bolder' as const })] }] : []),
      ],
    },
    paragraph(fill(c.age, { when: r.receivedAt }), { isSubtle: true, size: 'small', spacing: 'none' }),
  ];
  if (view.national) {
    const handedOver = view.national === 'handedOver';
    body.push(paragraph(fill(c.national[view.national], { centre: r.centreName, until: view.closedUntil ?? '' }), { color: handedOver ? 'good' : 'attention', weight: 'bolder' }));
  }
  if (view.timing) {
    const t = view.timing;
    body.push(paragraph(fill(c.timing, { waited: t.waitedHours, target: t.targetHours }), { color: t.overdue && r.status === 'new' ? 'attention' : 'default', size: 'small', spacing: 'none' }));
  }
  const state = stateLine(m, r);
  if (state) body.push(state);
  if (view.caseWork) body.push(...caseWorkElements(m, view.caseWork));
  if (view.notice) body.push(paragraph(view.notice.text, { color: view.notice.tone }));
  body.push({
    type: 'FactSet',
    facts: [
      { title: m.consultation.form.municipality, value: r.municipalityName },
      { title: m.consultation.about.sector, value: codes.sector[r.sector] },
      { title: m.consultation.form.gender, value: `${codes.gender[r.gender]}, ${codes.ageBand[r.ageBand]}` },
      { title: m.consultation.form.questionType, value: codes.questionType[r.questionType] },
      ...(r.violence.length ? [{ title: m.consultation.about.violence, value: codeLabels(m, 'violence', r.violence) }] : []),
      ...(r.perpetrators.length ? [{ title: m.consultation.about.perpetrators, value: codeLabels(m, 'perpetrators', r.perpetrators) }] : []),
      { title: m.consultation.log.channel, value: codes.channel[r.channel] },
    ],
  });
  body.push(
    r.question === null
      ? paragraph(c.erased, { isSubtle: true })
      : { type: 'Container', style: 'emphasis', items: [paragraph(r.question)] },
  );
  if (r.answer) body.push(paragraph(m.consultation.answer.advice, { weight: 'bolder' }), paragraph(r.answer));
  if (r.outcomes.length) body.push(paragraph(`${m.consultation.answer.outcomes}: ${codeLabels(m, 'outcomes', r.outcomes)}`, { size: 'small' }));
  if (view.thread) body.push(...threadSection(m, view.thread));
  // The national copy has no buttons and no refresh: its members are not the RC's coordinators.
  if (view.national) return adaptiveCard(body, [], { fallbackText: title });
  return adaptiveCard(body, finishTransfer(m, r, view.caseWork) ?? actionsFor(m, r), {
    fallbackText: title,
    // Teams asks the bot for the current view when someone opens the channel.
    refresh: { action: executeAction(c.claim, VERBS.consultationView, { rcId: r.rcId, id: r.id }, { associatedInputs: 'none' }) },
  });
}

/** A transfer whose copy at the receiving RC was not made (the store failed half way): the one button finishes it. */
function finishTransfer(m: Messages, r: ConsultationView, caseWork: CaseWorkView | undefined): CardAction[] | undefined {
  const sent = caseWork?.sentTo;
  if (r.status !== 'transferred' || !sent || sent.reference !== null) return undefined;
  const data = { rcId: r.rcId, id: r.id, holder: '', toRcId: sent.rcId, reason: sent.reason };
  return [executeAction(m.caseWork.handover.finishTransfer, VERBS.consultationTransfer, data, { associatedInputs: 'none', style: 'positive' })];
}
