// The answer as it reaches the professional, proactively in personal chat, with the light
// questions that feed follow-up: was it helpful now, and (a week later) was it followed.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';
import { codeLabels } from './choices.js';
import type { ConsultationView } from './consultation-view.js';
import { childDutyReminder } from './receipt.card.js';

export interface AnswerDeliveryView {
  messages: Messages;
  consultation: Pick<ConsultationView, 'id' | 'rcId' | 'reference' | 'answer' | 'outcomes' | 'helpfulness' | 'centreName' | 'concernsChild'>;
}

export function answerDeliveryCard(view: AnswerDeliveryView): AdaptiveCard {
  const { messages: m, consultation: r } = view;
  const a = m.consultation.answer;
  const body: CardElement[] = [
    heading(fill(a.title, { reference: r.reference })),
    paragraph(fill(a.from, { centre: r.centreName }), { isSubtle: true, spacing: 'none' }),
    paragraph(a.advice, { weight: 'bolder' }),
    paragraph(r.answer ?? m.consultation.channel.erased),
  ];
  if (r.outcomes.length > 0) body.push(paragraph(`${a.outcomes}: ${codeLabels(m, 'outcomes', r.outcomes)}`, { size: 'small' }));
  if (r.concernsChild) body.push(childDutyReminder(m));
  if (r.helpfulness === null) {
    body.push(paragraph(a.helpful, { weight: 'bolder', spacing: 'medium' }), {
      type: 'ActionSet',
      actions: [1, 2, 3, 4, 5].map((n) => executeAction(String(n), VERBS.consultationRate, { rcId: r.rcId, id: r.id, rating: n }, { associatedInputs: 'none' })),
    });
  } else {
    body.push(paragraph(a.thanks, { color: 'good', size: 'small' }));
  }
  // "Kontakta oss gärna" with a way to: a follow-up goes on the same case, not a new request.
  const ids = { rcId: r.rcId, id: r.id };
  const actions = [
    executeAction(m.caseThread.write, VERBS.consultationThreadOpen, ids, { associatedInputs: 'none' }),
    executeAction(m.caseThread.show, VERBS.consultationCaseShow, ids, { associatedInputs: 'none' }),
  ];
  return adaptiveCard(body, actions, { fallbackText: fill(a.title, { reference: r.reference }) });
}

export interface AdviceFollowedView {
  messages: Messages;
  consultation: Pick<ConsultationView, 'id' | 'rcId' | 'reference' | 'adviceFollowed'>;
  codes: readonly string[];
}

/** Sent a week after the answer: one tap, feeds the "advice followed" indicator. */
export function adviceFollowedCard({ messages: m, consultation: r, codes }: AdviceFollowedView): AdaptiveCard {
  const labels = m.codes.adviceFollowed as Record<string, string>;
  const body: CardElement[] = [paragraph(fill(m.consultation.answer.followed, { reference: r.reference }), { style: 'heading', weight: 'bolder' })];
  if (r.adviceFollowed === null) {
    body.push({
      type: 'ActionSet',
      actions: codes.map((code) => executeAction(labels[code] ?? code, VERBS.consultationFollowed, { rcId: r.rcId, id: r.id, followed: code }, { associatedInputs: 'none' })),
    });
  } else {
    body.push(paragraph(`${labels[r.adviceFollowed] ?? r.adviceFollowed}. ${m.consultation.answer.thanks}`, { color: 'good', size: 'small' }));
  }
  return adaptiveCard(body, [], { fallbackText: fill(m.consultation.answer.followed, { reference: r.reference }) });
}
