// A professional's own requests with their state; answers are kept here even when the bot
// could not reach the user when the answer came.
import type { ConsultationView } from './consultation-view.js';
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import type { Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';

export interface MineView {
  messages: Messages;
  consultations: Array<Pick<ConsultationView, 'id' | 'rcId' | 'reference' | 'status' | 'answer' | 'centreName' | 'receivedAt'>>;
}

export function mineCard({ messages: m, consultations }: MineView): AdaptiveCard {
  const body: CardElement[] = [heading(m.consultation.mine.title)];
  if (consultations.length === 0) body.push(paragraph(m.consultation.mine.empty));
  for (const r of consultations) {
    const items: CardElement[] = [
      paragraph(`${r.reference} · ${m.codes.status[r.status]}`, { weight: 'bolder' }),
      paragraph(`${r.centreName}, ${r.receivedAt}`, { isSubtle: true, size: 'small', spacing: 'none' }),
    ];
    if (r.answer) items.push(paragraph(`${m.consultation.mine.answer}: ${r.answer}`, { size: 'small' }));
    if (r.status === 'new') {
      items.push({ type: 'ActionSet', actions: [executeAction(m.consultation.receipt.withdraw, VERBS.consultationWithdraw, { rcId: r.rcId, id: r.id }, { associatedInputs: 'none' })] });
    }
    body.push({ type: 'Container', separator: true, spacing: 'medium', items });
  }
  return adaptiveCard(body, [executeAction(m.common.backToMenu, VERBS.menuShow, {}, { associatedInputs: 'none' })], { fallbackText: m.consultation.mine.title });
}
