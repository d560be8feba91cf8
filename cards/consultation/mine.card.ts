// A professional's own requests with their state; answers are kept here even when the bot
// could not reach the user when the answer came.
import type { ConsultationRecord } from '../../services/consultation/record.js';
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import type { Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';

export interface MineView {
  messages: Messages;
  records: Array<Pick<ConsultationRecord, 'id' | 'rcId' | 'reference' | 'status' | 'answer'> & { centreName: string; receivedAt: string }>;
}

export function mineCard({ messages: m, records }: MineView): AdaptiveCard {
  const body: CardElement[] = [heading(m.consultation.mine.title)];
  if (records.length === 0) body.push(paragraph(m.consultation.mine.empty));
  for (const r of records) {
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
