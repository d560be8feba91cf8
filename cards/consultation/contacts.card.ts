// "Kontakter och skede": a further contact on the same case (phone, e-mail or meeting, and
// its date), and the case's stage at first contact. Two forms, two buttons: saving one never
// requires filling in the other.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';
import type { ContactChannel, Stage } from '../../services/consultation/codes.js';

export type ContactsField = 'channel' | 'on' | 'stage';
export type ContactsError = keyof Messages['caseWork']['contacts']['errors'];

export interface ContactsView {
  messages: Messages;
  rcId: string;
  id: string;
  reference: string;
  contacts: number;
  channels: readonly ContactChannel[];
  stages: readonly Stage[];
  /** The form's key: a double click records one contact. */
  contactKey: string;
  values: Partial<Record<ContactsField, string>>;
  errors?: Partial<Record<ContactsField, ContactsError>>;
  notice?: { text: string; tone: 'good' | 'attention' };
}

export function contactsCard(view: ContactsView): AdaptiveCard {
  const { messages: m, values: v } = view;
  const c = m.caseWork.contacts;
  const title = fill(c.title, { reference: view.reference });
  const ids = { rcId: view.rcId, id: view.id };
  const error = (field: ContactsField): CardElement[] => {
    const code = view.errors?.[field];
    return code ? [paragraph(c.errors[code], { color: 'attention', size: 'small', spacing: 'none' })] : [];
  };
  const body: CardElement[] = [
    heading(title),
    ...(view.notice ? [paragraph(view.notice.text, { color: view.notice.tone })] : []),
    paragraph(fill(c.count, { count: view.contacts }), { isSubtle: true }),
    paragraph(c.intro, { size: 'small' }),
    {
      type: 'Input.ChoiceSet',
      id: 'channel',
      label: c.channel,
      style: 'expanded',
      ...(v.channel ? { value: v.channel } : {}),
      choices: view.channels.map((ch) => ({ title: m.caseWork.codes.contactChannel[ch], value: ch })),
    },
    ...error('channel'),
    { type: 'Input.Date', id: 'on', label: c.date, ...(v.on ? { value: v.on } : {}) },
    ...error('on'),
    { type: 'ActionSet', actions: [executeAction(c.add, VERBS.consultationContactAdd, { ...ids, contactKey: view.contactKey }, { style: 'positive', associatedInputs: 'auto' })] },
    paragraph(c.stageTitle, { weight: 'bolder', separator: true }),
    paragraph(c.stageIntro, { size: 'small' }),
    {
      type: 'Input.ChoiceSet',
      id: 'stage',
      label: c.stage,
      ...(v.stage ? { value: v.stage } : {}),
      choices: view.stages.map((s) => ({ title: m.caseWork.codes.stage[s], value: s })),
    },
    ...error('stage'),
    { type: 'ActionSet', actions: [executeAction(c.saveStage, VERBS.consultationStageSet, ids, { associatedInputs: 'auto' })] },
  ];
  return adaptiveCard(body, [], { fallbackText: title });
}
