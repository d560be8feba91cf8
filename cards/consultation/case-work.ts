// What the channel card shows of a case's life beyond its first question: where it went or
// came from, its stage at first contact, its further contacts and who held it. Elements for
// the channel card (channel-request.card.ts); coordinators only, never the requester.
import { paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { CardElement } from '../types.js';
import type { ContactChannel, Stage, TransferReason } from '../../services/consultation/codes.js';

export interface CaseWorkView {
  sentTo?: { rcId: string; centreName: string; reference: string | null; reason: TransferReason };
  cameFrom?: { centreName: string; reference: string };
  stage: Stage | null;
  contacts: number;
  contactLog: ReadonlyArray<{ on: string; channel: ContactChannel }>;
  history: ReadonlyArray<
    | { kind: 'release'; when: string; byName: string }
    | { kind: 'pass'; when: string; byName: string; toName: string }
    | { kind: 'transfer'; when: string; byName: string; centreName: string }
  >;
}

export function caseWorkElements(m: Messages, view: CaseWorkView): CardElement[] {
  const h = m.caseWork.handover;
  const c = m.caseWork.contacts;
  const out: CardElement[] = [];
  if (view.sentTo) {
    const values = { centre: view.sentTo.centreName, reference: view.sentTo.reference ?? '', reason: m.caseWork.codes.transferReason[view.sentTo.reason] };
    out.push(paragraph(fill(view.sentTo.reference ? h.sentTo : h.sentToPending, values), { weight: 'bolder', isSubtle: true }));
  }
  if (view.cameFrom) out.push(paragraph(fill(h.cameFrom, { centre: view.cameFrom.centreName, reference: view.cameFrom.reference }), { color: 'accent' }));
  if (view.stage) out.push(paragraph(fill(c.stageLine, { stage: m.caseWork.codes.stage[view.stage] }), { size: 'small', spacing: 'none' }));
  if (view.contacts > 1) {
    const entries = view.contactLog.map((e) => fill(c.entry, { on: e.on, channel: m.caseWork.codes.contactChannel[e.channel] }));
    out.push(paragraph([fill(c.count, { count: view.contacts }), ...entries].join(' · '), { size: 'small', spacing: 'none' }));
  }
  if (view.history.length > 0) {
    const lines = view.history.map((e) => {
      if (e.kind === 'release') return fill(h.historyRelease, { when: e.when, by: e.byName });
      if (e.kind === 'pass') return fill(h.historyPass, { when: e.when, by: e.byName, to: e.toName });
      return fill(h.historyTransfer, { when: e.when, by: e.byName, centre: e.centreName });
    });
    out.push(paragraph(`${h.history}: ${lines.join(' · ')}`, { size: 'small', isSubtle: true }));
  }
  return out;
}
