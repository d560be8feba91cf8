// "Lämna över": release the case to the queue, pass it to a colleague of the team, or transfer
// it to another RC with a reason. Every button carries the holder this card showed, so a
// colleague who handed the case on meanwhile is not overruled (the service refuses instead).
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';
import type { TransferReason } from '../../services/consultation/codes.js';

export interface HandoverView {
  messages: Messages;
  rcId: string;
  id: string;
  reference: string;
  /** Who holds the case as this card shows it; absent when nobody has taken it. */
  holder?: { id: string; name: string };
  colleagues: ReadonlyArray<{ id: string; name: string }>;
  centres: ReadonlyArray<{ id: string; name: string }>;
  reasons: readonly TransferReason[];
  values?: { to?: string; toRcId?: string; reason?: string };
  /** A message next to a field that was left empty. */
  errors?: Partial<Record<'to' | 'toRcId' | 'reason', string>>;
  notice?: { text: string; tone: 'good' | 'attention' };
}

export function handoverCard(view: HandoverView): AdaptiveCard {
  const { messages: m } = view;
  const h = m.caseWork.handover;
  const title = fill(h.title, { reference: view.reference });
  const data = { rcId: view.rcId, id: view.id, holder: view.holder?.id ?? '' };
  const v = view.values ?? {};
  const error = (field: 'to' | 'toRcId' | 'reason'): CardElement[] =>
    view.errors?.[field] ? [paragraph(view.errors[field] as string, { color: 'attention', size: 'small', spacing: 'none' })] : [];
  const button = (title: string, verb: Parameters<typeof executeAction>[1], style?: 'positive' | 'destructive') => ({
    type: 'ActionSet' as const,
    actions: [executeAction(title, verb, data, { associatedInputs: 'auto', ...(style ? { style } : {}) })],
  });
  const body: CardElement[] = [
    heading(title),
    ...(view.notice ? [paragraph(view.notice.text, { color: view.notice.tone })] : []),
    paragraph(view.holder ? fill(h.heldBy, { name: view.holder.name }) : h.untaken, { isSubtle: true }),
  ];
  if (view.holder) {
    body.push(paragraph(h.releaseTitle, { weight: 'bolder', separator: true }), paragraph(h.releaseIntro, { size: 'small' }), button(h.release, VERBS.consultationRelease));
  }
  body.push(paragraph(h.passTitle, { weight: 'bolder', separator: true }));
  if (view.colleagues.length > 0) {
    body.push(
      { type: 'Input.ChoiceSet', id: 'to', label: h.passTo, ...(v.to ? { value: v.to } : {}), choices: view.colleagues.map((p) => ({ title: p.name, value: p.id })) },
      ...error('to'),
      button(h.pass, VERBS.consultationPass),
    );
  } else {
    body.push(paragraph(h.noColleagues, { size: 'small', isSubtle: true }));
  }
  body.push(
    paragraph(h.transferTitle, { weight: 'bolder', separator: true }),
    paragraph(h.transferIntro, { size: 'small' }),
    { type: 'Input.ChoiceSet', id: 'toRcId', label: h.transferTo, ...(v.toRcId ? { value: v.toRcId } : {}), choices: view.centres.map((c) => ({ title: c.name, value: c.id })) },
    ...error('toRcId'),
    {
      type: 'Input.ChoiceSet',
      id: 'reason',
      label: h.reason,
      ...(v.reason ? { value: v.reason } : {}),
      choices: view.reasons.map((r) => ({ title: m.caseWork.codes.transferReason[r], value: r })),
    },
    ...error('reason'),
    button(h.transfer, VERBS.consultationTransfer, 'destructive'),
  );
  return adaptiveCard(body, [], { fallbackText: title });
}
