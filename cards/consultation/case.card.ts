// One of the professional's own cases ("Mina konsultationer" → "Visa ärendet"): what it was
// about (the start of the question until it is erased), its status, the answer, the thread,
// and only the buttons the case allows now.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';
import type { ConsultationView } from './consultation-view.js';
import { threadSection, type ThreadView } from './thread.card.js';

export interface CaseView {
  messages: Messages;
  consultation: Pick<ConsultationView, 'rcId' | 'id' | 'reference' | 'status' | 'centreName' | 'receivedAt' | 'answer'>;
  /** The first 200 characters of the question; null once erased. */
  summary: string | null;
  thread: ThreadView;
  notice?: { text: string; tone: 'good' | 'attention' };
}

export function caseCard(view: CaseView): AdaptiveCard {
  const { messages: m, consultation: r } = view;
  const t = m.caseThread;
  const title = fill(t.title, { reference: r.reference });
  const body: CardElement[] = [
    heading(title),
    paragraph(`${t.status}: ${m.codes.status[r.status]}`, { weight: 'bolder', spacing: 'none' }),
    paragraph(fill(t.centre, { centre: r.centreName, when: r.receivedAt }), { isSubtle: true, size: 'small', spacing: 'none' }),
  ];
  if (view.notice) body.push(paragraph(view.notice.text, { color: view.notice.tone }));
  body.push(paragraph(t.summary, { weight: 'bolder' }), paragraph(view.summary ?? t.erased, view.summary === null ? { isSubtle: true } : {}));
  if (r.answer) body.push(paragraph(m.consultation.answer.advice, { weight: 'bolder' }), paragraph(r.answer));
  if (view.thread.buttons.includes('reply')) body.push(paragraph(t.awaitingReply, { color: 'accent', weight: 'bolder' }));
  body.push(...threadSection(m, view.thread));
  if (r.status === 'new') {
    body.push({ type: 'ActionSet', actions: [executeAction(m.consultation.receipt.withdraw, VERBS.consultationWithdraw, { rcId: r.rcId, id: r.id }, { associatedInputs: 'none' })] });
  }
  return adaptiveCard(body, [
    executeAction(m.consultation.mine.open, VERBS.consultationMine, {}, { associatedInputs: 'none' }),
    executeAction(m.common.backToMenu, VERBS.menuShow, {}, { associatedInputs: 'none' }),
  ], { fallbackText: title });
}
