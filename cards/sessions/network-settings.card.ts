// A lead's settings of a network: the meeting link new sessions get, and an organisation's
// deputy (chosen from the team's members, in a channel, like the member).
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';

type Choice = { title: string; value: string };
type Notice = { text: string; tone: 'good' | 'attention' };

const errorFor = (error: string | undefined): CardElement[] => (error ? [paragraph(error, { color: 'attention', size: 'small', spacing: 'none' })] : []);

export interface MeetingLinkView {
  messages: Messages;
  networkId: string;
  networkName: string;
  meetingUrl: string;
  error?: string;
  notice?: Notice;
}

export function meetingLinkCard(view: MeetingLinkView): AdaptiveCard {
  const { messages: m } = view;
  const n = m.sessions.network;
  const title = fill(n.meetingLinkTitle, { network: view.networkName });
  return adaptiveCard(
    [
      heading(title),
      ...(view.notice ? [paragraph(view.notice.text, { color: view.notice.tone })] : []),
      { type: 'Input.Text', id: 'meetingUrl', label: n.meetingUrl, isRequired: true, errorMessage: m.consultation.errors.invalid, maxLength: 2000, value: view.meetingUrl },
      ...errorFor(view.error),
    ],
    [
      executeAction(n.save, VERBS.networkMeetingLinkSubmit, { networkId: view.networkId }, { style: 'positive', associatedInputs: 'auto' }),
      executeAction(m.sessions.list.title, VERBS.sessionList, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: title },
  );
}

export interface DeputyView {
  messages: Messages;
  /** Organisations of the networks the lead leads, "network: organisation". */
  organisations: Choice[];
  people: Choice[];
  values: Record<string, string | undefined>;
  errors: Record<string, string | undefined>;
  notice?: Notice;
}

export function deputyCard(view: DeputyView): AdaptiveCard {
  const { messages: m, values: v, errors } = view;
  const n = m.sessions.network;
  return adaptiveCard(
    [
      heading(n.deputyTitle),
      ...(view.notice ? [paragraph(view.notice.text, { color: view.notice.tone })] : []),
      { type: 'Input.ChoiceSet', id: 'organisation', label: n.organisation, style: 'compact', isRequired: true, errorMessage: m.consultation.errors.required, choices: view.organisations, ...(v.organisation ? { value: v.organisation } : {}) },
      ...errorFor(errors.organisation),
      {
        type: 'Input.ChoiceSet',
        id: 'deputy',
        label: n.newDeputy,
        style: 'compact',
        choices: [{ title: n.noDeputy, value: 'none' }, ...view.people],
        value: v.deputy ?? 'none',
      },
      ...errorFor(errors.deputy),
    ],
    [executeAction(n.save, VERBS.networkDeputySubmit, {}, { style: 'positive', associatedInputs: 'auto' })],
    { fallbackText: n.deputyTitle },
  );
}
