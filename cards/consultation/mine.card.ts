// A professional's own requests with their state: what each was about, the answer (kept here
// even when the bot could not reach the user when it came), the latest of the thread, and only
// the buttons each case allows now.
import type { ConsultationView } from './consultation-view.js';
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import { threadSection, type ThreadView } from './thread.card.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';

export interface MineView {
  messages: Messages;
  consultations: Array<
    Pick<ConsultationView, 'id' | 'rcId' | 'reference' | 'status' | 'answer' | 'centreName' | 'receivedAt'> & {
      /** The first 200 characters of the question; null once erased. */
      summary?: string | null;
      /** The latest messages and the buttons the case allows now; the whole thread is on the case card. */
      thread?: ThreadView;
      /** The centre and reference the case started at, when it was handed on to this centre. */
      handedOnFrom?: { centreName: string; reference: string };
    }
  >;
}

/** Messages of each case shown in the list; "Visa ärendet" has them all. */
const LATEST_IN_LIST = 2;

export function mineCard({ messages: m, consultations }: MineView): AdaptiveCard {
  const body: CardElement[] = [heading(m.consultation.mine.title)];
  if (consultations.length === 0) body.push(paragraph(m.consultation.mine.empty));
  for (const r of consultations) {
    const items: CardElement[] = [
      paragraph(`${r.reference} · ${m.codes.status[r.status]}`, { weight: 'bolder' }),
      paragraph(`${r.centreName}, ${r.receivedAt}`, { isSubtle: true, size: 'small', spacing: 'none' }),
    ];
    if (r.handedOnFrom) {
      const text = fill(m.caseWork.handover.mineHandedOn, { centre: r.centreName, from: r.handedOnFrom.centreName, reference: r.handedOnFrom.reference });
      items.push(paragraph(text, { size: 'small', spacing: 'none' }));
    }
    if (r.summary !== undefined) items.push(paragraph(r.summary ?? m.caseThread.erased, { size: 'small', ...(r.summary === null ? { isSubtle: true } : {}) }));
    if (r.answer) items.push(paragraph(`${m.consultation.mine.answer}: ${r.answer}`, { size: 'small' }));
    if (r.thread && (r.thread.entries.length > 0 || r.thread.buttons.length > 0)) {
      items.push(...threadSection(m, { ...r.thread, entries: r.thread.entries.slice(-LATEST_IN_LIST) }));
    }
    const ids = { rcId: r.rcId, id: r.id };
    const actions = [
      ...(r.status === 'new' ? [executeAction(m.consultation.receipt.withdraw, VERBS.consultationWithdraw, ids, { associatedInputs: 'none' })] : []),
      ...(r.thread ? [executeAction(m.caseThread.show, VERBS.consultationCaseShow, ids, { associatedInputs: 'none' })] : []),
    ];
    if (actions.length > 0) items.push({ type: 'ActionSet', actions });
    body.push({ type: 'Container', separator: true, spacing: 'medium', items });
  }
  return adaptiveCard(body, [executeAction(m.common.backToMenu, VERBS.menuShow, {}, { associatedInputs: 'none' })], { fallbackText: m.consultation.mine.title });
}
