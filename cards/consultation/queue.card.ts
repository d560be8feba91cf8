// The coordinators' queue: an RC's requests nobody has taken or answered yet, oldest first,
// each with how long it has waited against its target and a button to take it. In personal
// chat the same card lists the cases the coordinator has taken.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';
import type { ConsultationView } from './consultation-view.js';

export interface QueueItemView {
  consultation: Pick<ConsultationView, 'rcId' | 'id' | 'reference' | 'status' | 'urgent' | 'centreName' | 'municipalityName' | 'questionType' | 'claimedByName' | 'receivedAt'>;
  timing: { waitedHours: number; targetHours: number; overdue: boolean };
}

export interface QueueView {
  messages: Messages;
  /** One RC's queue in its channel, or the coordinator's own taken cases in personal chat. */
  scope: { kind: 'centre'; centreName: string } | { kind: 'mine' };
  items: QueueItemView[];
  notice?: { text: string; tone: 'good' | 'attention' };
}

function item(m: Messages, { consultation: r, timing }: QueueItemView, withActions: boolean): CardElement {
  const q = m.consultation.queue;
  const c = m.consultation.channel;
  const state = r.status === 'new' ? q.unclaimed : fill(c.claimedBy, { name: r.claimedByName ?? '–' });
  const items: CardElement[] = [
    paragraph([r.reference, ...(r.urgent ? [c.urgent] : []), state].join(' · '), { weight: 'bolder', ...(r.urgent ? { color: 'attention' as const } : {}) }),
    paragraph(`${r.municipalityName}, ${m.codes.questionType[r.questionType]}. ${fill(c.age, { when: r.receivedAt })}`, { size: 'small', spacing: 'none' }),
    paragraph(
      [fill(c.timing, { waited: timing.waitedHours, target: timing.targetHours }), ...(timing.overdue && r.status === 'new' ? [q.overdue] : [])].join(' · '),
      { size: 'small', spacing: 'none', ...(timing.overdue && r.status === 'new' ? { color: 'attention' as const } : { isSubtle: true }) },
    ),
  ];
  if (withActions && r.status === 'new') {
    // The existing claim verb; `from` brings the clicker back to this list, updated.
    const claim = executeAction(c.claim, VERBS.consultationClaim, { rcId: r.rcId, id: r.id, from: 'queue' }, { style: 'positive', associatedInputs: 'none' });
    items.push({ type: 'ActionSet', actions: [claim] });
  }
  return { type: 'Container', separator: true, spacing: 'medium', items };
}

export function queueCard({ messages: m, scope, items, notice }: QueueView): AdaptiveCard {
  const q = m.consultation.queue;
  const title = scope.kind === 'centre' ? fill(q.title, { centre: scope.centreName }) : q.mineTitle;
  const body: CardElement[] = [heading(title)];
  if (notice) body.push(paragraph(notice.text, { color: notice.tone }));
  if (items.length === 0) body.push(paragraph(scope.kind === 'centre' ? q.empty : q.mineEmpty));
  body.push(...items.map((i) => item(m, i, scope.kind === 'centre')));
  const refresh = executeAction(q.open, VERBS.consultationQueue, {}, { associatedInputs: 'none' });
  return adaptiveCard(body, [refresh], { fallbackText: title });
}
