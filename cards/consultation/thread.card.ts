// A case's thread as cards show it: the messages in order with who (role and centre; a
// coordinator's name only in the RC's own channel) and when, the buttons the case allows now,
// the form to write a message, and a message from the RC as it reaches the professional.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardAction, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';
import type { ConsultationView } from './consultation-view.js';
import { errorBlock, type FieldState } from './form-fields.js';
import type { Sector } from '../../services/consultation/codes.js';
import type { ThreadKind } from '../../services/consultation/thread-message.js';

export interface ThreadEntryView {
  from: 'requester' | 'coordinator';
  kind: ThreadKind;
  centreName: string;
  /** Only in the RC's channel: the professional never learns a coordinator's name. */
  byName?: string;
  /** "22 nov 14:05", in Europe/Stockholm. */
  at: string;
  /** Null once erased after the retention period. */
  text: string | null;
}

/** What someone may write now: the RC asks or informs; the professional replies, informs or reopens. */
export type ThreadButton = 'ask' | 'info' | 'reply' | 'write' | 'new_contact';

export interface ThreadView {
  /** requester: "Du" and "Koordinator, {centre}"; coordinators: "Frågeställaren ({sector})" and names. */
  audience: 'requester' | 'coordinators';
  rcId: string;
  id: string;
  requesterSector: Sector;
  entries: ThreadEntryView[];
  buttons: ThreadButton[];
}

function who(m: Messages, view: ThreadView, e: ThreadEntryView): string {
  const t = m.caseThread;
  if (e.from === 'requester') return view.audience === 'requester' ? t.you : fill(t.requester, { sector: m.codes.sector[view.requesterSector] });
  return e.byName ? fill(t.coordinator, { name: e.byName, centre: e.centreName }) : fill(t.centreRole, { centre: e.centreName });
}

function button(m: Messages, view: ThreadView, b: ThreadButton): CardAction {
  const t = m.caseThread;
  const ids = { rcId: view.rcId, id: view.id };
  const act = (title: string, verb: Parameters<typeof executeAction>[1], data: Record<string, unknown> = {}) => executeAction(title, verb, { ...ids, ...data }, { associatedInputs: 'none' });
  switch (b) {
    case 'ask':
      return act(t.ask, VERBS.consultationThreadOpen, { kind: 'question' });
    case 'info':
      return act(t.addInfo, VERBS.consultationThreadOpen, { kind: 'info' });
    case 'reply':
      return act(t.reply, VERBS.consultationThreadOpen);
    case 'write':
      return act(t.write, VERBS.consultationThreadOpen);
    case 'new_contact':
      return act(t.newContact, VERBS.consultationNewContactOpen);
  }
}

/** The messages and the buttons, for the channel card and the professional's case card. */
export function threadSection(m: Messages, view: ThreadView): CardElement[] {
  const t = m.caseThread;
  const items: CardElement[] = [paragraph(t.conversation, { weight: 'bolder' })];
  if (view.entries.length === 0) items.push(paragraph(t.empty, { isSubtle: true, size: 'small' }));
  for (const e of view.entries) {
    items.push(
      paragraph(fill(t.line, { kind: t.kinds[e.kind], who: who(m, view, e), when: e.at }), { isSubtle: true, size: 'small', spacing: 'small' }),
      paragraph(e.text ?? t.erased, { spacing: 'none', ...(e.text === null ? { isSubtle: true } : {}) }),
    );
  }
  const section: CardElement[] = [{ type: 'Container', separator: true, spacing: 'medium', items }];
  if (view.buttons.length > 0) section.push({ type: 'ActionSet', actions: view.buttons.map((b) => button(m, view, b)) });
  return section;
}

/** question/info: the RC writes; reply/requester_info: the professional; new_contact: the professional reopens. */
export type ThreadPurpose = 'question' | 'info' | 'reply' | 'requester_info' | 'new_contact';

export interface ThreadFormView extends FieldState {
  messages: Messages;
  purpose: ThreadPurpose;
  consultation: Pick<ConsultationView, 'rcId' | 'id' | 'reference' | 'centreName'>;
  maxLength: number;
}

export function threadFormCard(view: ThreadFormView): AdaptiveCard {
  const { messages: m, consultation: r, values: v, purpose } = view;
  const t = m.caseThread;
  const title = fill(t.forms[purpose], { reference: r.reference, centre: r.centreName });
  const warned = (view.privacy.text?.warnings.length ?? 0) > 0 && (view.privacy.text?.blocking.length ?? 0) === 0;
  const ids = { rcId: r.rcId, id: r.id };
  const fromChannel = purpose === 'question' || purpose === 'info';
  const submit = purpose === 'new_contact'
    ? executeAction(t.send, VERBS.consultationNewContactSubmit, ids, { style: 'positive', associatedInputs: 'auto' })
    : executeAction(t.send, VERBS.consultationThreadSubmit, fromChannel ? { ...ids, kind: purpose } : ids, { style: 'positive', associatedInputs: 'auto' });
  return adaptiveCard(
    [
      heading(title),
      paragraph(t.hint, { isSubtle: true, size: 'small' }),
      { type: 'Input.Text', id: 'text', label: t.text, isMultiline: true, isRequired: true, errorMessage: m.consultation.errors.required, maxLength: view.maxLength, ...(v.text ? { value: v.text } : {}) },
      ...errorBlock(m, view, 'text'),
      // The kind rides in the button's data: only a tampered card gets this one.
      ...errorBlock(m, view, 'kind'),
      ...(warned ? [{ type: 'Input.Toggle' as const, id: 'confirmWarnings', label: m.consultation.form.confirmWarningsLabel, title: m.consultation.form.confirmWarnings, value: 'false' as const, wrap: true }] : []),
    ],
    [submit, executeAction(t.back, fromChannel ? VERBS.consultationView : VERBS.consultationCaseShow, ids, { associatedInputs: 'none' })],
    { fallbackText: title },
  );
}

export interface ThreadMessageView {
  messages: Messages;
  consultation: Pick<ConsultationView, 'rcId' | 'id' | 'reference' | 'centreName'>;
  kind: 'question' | 'info';
  text: string;
}

/** The RC's message as it reaches the professional in personal chat: never who wrote it, only the centre. */
export function threadMessageCard({ messages: m, consultation: r, kind, text }: ThreadMessageView): AdaptiveCard {
  const t = m.caseThread;
  const title = fill(t.incoming[kind], { centre: r.centreName, reference: r.reference });
  const ids = { rcId: r.rcId, id: r.id };
  return adaptiveCard(
    [heading(title), { type: 'Container', style: 'emphasis', items: [paragraph(text)] }],
    [
      executeAction(kind === 'question' ? t.reply : t.write, VERBS.consultationThreadOpen, ids, { style: 'positive', associatedInputs: 'none' }),
      executeAction(t.show, VERBS.consultationCaseShow, ids, { associatedInputs: 'none' }),
    ],
    { fallbackText: `${title}: ${text}` },
  );
}
