// What the professional sees after sending: the reference, what happens next, and for an
// urgent case what to do now; for a child, the reminder of the duty to report.
import type { ConsultationView } from './consultation-view.js';
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';

/** Where the request went: the RC's channel, the national channel (and why), or nowhere yet; `until` is the RC's last closed day. */
export type ReceiptLanding =
  | { kind: 'centre' }
  | { kind: 'national' | 'none'; why: 'no_channel' | 'not_in_service' }
  | { kind: 'national' | 'none'; why: 'closed'; until: string };

export type ReceiptContact = { kind: 'phone' | 'email' | 'web'; value: string };

export interface ReceiptView {
  messages: Messages;
  landing: ReceiptLanding;
  consultation: Pick<ConsultationView, 'id' | 'rcId' | 'reference' | 'urgent' | 'status' | 'centreName' | 'concernsChild'>;
  /** The best contact that exists: a phone to call, else an address to write to or a website. None: the row is left out. */
  centreContact?: ReceiptContact;
  nchContact?: ReceiptContact;
  duplicate: boolean;
}

export function childDutyReminder(m: Messages): CardElement {
  return { type: 'Container', style: 'warning', items: [paragraph(m.consultation.receipt.childDuty, { size: 'small' })] };
}

/** What happens next, as it truly is: the promise of an answer only where someone will see the question. */
function nextStep(m: Messages, landing: ReceiptLanding): string {
  const r = m.consultation.receipt;
  if (landing.kind === 'centre') return r.next;
  if (landing.why === 'closed') return fill(landing.kind === 'national' ? r.nextNationalClosed : r.nextNowhereClosed, { until: landing.until });
  if (landing.kind === 'national') return landing.why === 'no_channel' ? r.nextNationalNoChannel : r.nextNationalNotInService;
  return r.nextNowhere;
}

export function receiptCard(view: ReceiptView): AdaptiveCard {
  const { messages: m, consultation: record } = view;
  const r = m.consultation.receipt;
  const body: CardElement[] = [
    heading(r.title),
    ...(view.duplicate ? [paragraph(r.duplicate, { isSubtle: true, size: 'small' })] : []),
    { type: 'FactSet', facts: [{ title: r.reference, value: record.reference }, { title: r.centre, value: record.centreName }] },
  ];
  if (record.urgent) {
    body.push({
      type: 'Container',
      style: 'attention',
      items: [
        paragraph(r.urgentTitle, { weight: 'bolder' }),
        paragraph(r.urgent112),
        // Never "Ring …" without a number: a row appears only for a contact that exists.
        ...(view.centreContact ? [paragraph(fill(r.urgentCentreBy[view.centreContact.kind], { contact: view.centreContact.value }))] : []),
        ...(view.nchContact ? [paragraph(fill(r.urgentNchBy[view.nchContact.kind], { contact: view.nchContact.value }))] : []),
      ],
    });
  }
  body.push(paragraph(nextStep(m, view.landing)));
  if (record.concernsChild) body.push(childDutyReminder(m));
  const actions = [executeAction(m.consultation.mine.open, VERBS.consultationMine, {}, { associatedInputs: 'none' })];
  if (record.status === 'new') {
    actions.unshift(executeAction(r.withdraw, VERBS.consultationWithdraw, { rcId: record.rcId, id: record.id }, { style: 'destructive', associatedInputs: 'none' }));
  }
  return adaptiveCard(body, actions, { fallbackText: `${r.title}: ${record.reference}` });
}
