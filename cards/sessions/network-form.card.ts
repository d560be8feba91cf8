// An administrator creates a network for an RC and names its leads; a lead adds member
// organisations, each with one member and at most one deputy. People are chosen from the
// team the card is in (Teams membership), never typed in.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import type { PlaceChoice } from '../centre/centre-search.card.js';
import type { Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';

type Choice = { title: string; value: string };

interface FormBase {
  messages: Messages;
  values: Record<string, string | undefined>;
  /** Field → message already chosen by the bot from the catalogue. */
  errors: Record<string, string | undefined>;
  people: Choice[];
  notice?: { text: string; tone: 'good' | 'attention' };
}

const errorFor = (errors: Record<string, string | undefined>, field: string): CardElement[] =>
  errors[field] ? [paragraph(errors[field], { color: 'attention', size: 'small', spacing: 'none' })] : [];

export interface NetworkCreateView extends FormBase {
  centres: Choice[];
}

export function networkCreateCard(view: NetworkCreateView): AdaptiveCard {
  const { messages: m, values: v, errors } = view;
  const n = m.sessions.network;
  return adaptiveCard(
    [
      heading(n.createTitle),
      ...(view.notice ? [paragraph(view.notice.text, { color: view.notice.tone })] : []),
      paragraph(n.createIntro, { size: 'small' }),
      { type: 'Input.ChoiceSet', id: 'rcId', label: n.centre, isRequired: true, errorMessage: m.consultation.errors.required, choices: view.centres, ...(v.rcId ? { value: v.rcId } : {}) },
      ...errorFor(errors, 'rcId'),
      { type: 'Input.Text', id: 'name', label: n.name, isRequired: true, errorMessage: m.consultation.errors.required, maxLength: 120, ...(v.name ? { value: v.name } : {}) },
      ...errorFor(errors, 'name'),
      { type: 'Input.Text', id: 'meetingUrl', label: n.meetingUrl, isRequired: true, errorMessage: m.consultation.errors.required, placeholder: 'https://teams.microsoft.com/l/meetup-join/…', ...(v.meetingUrl ? { value: v.meetingUrl } : {}) },
      ...errorFor(errors, 'meetingUrl'),
      { type: 'Input.ChoiceSet', id: 'leads', label: n.leads, isMultiSelect: true, isRequired: true, errorMessage: m.consultation.errors.required, choices: view.people, ...(v.leads ? { value: v.leads } : {}) },
      ...errorFor(errors, 'leads'),
    ],
    [executeAction(n.create, VERBS.networkCreateSubmit, {}, { style: 'positive', associatedInputs: 'auto' })],
    { fallbackText: n.createTitle },
  );
}

export interface NetworkCreatedView {
  messages: Messages;
  /** "Nätverket Norr är skapat. …", filled by the bot. */
  text: string;
}

/**
 * In place of the create form once the network exists: an emptied form under the success text
 * invited a second, duplicate create. Next steps instead: this channel for its news, the menu.
 */
export function networkCreatedCard({ messages: m, text }: NetworkCreatedView): AdaptiveCard {
  return adaptiveCard(
    // The message is the card's only text, so it is also its heading for a screen reader.
    [paragraph(text, { style: 'heading', color: 'good' })],
    [
      executeAction(m.sessions.network.channelTitle, VERBS.networkBindChannelOpen, {}, { associatedInputs: 'none' }),
      executeAction(m.common.backToMenu, VERBS.menuShow, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: text },
  );
}

export interface OrganisationAddView extends FormBase {
  networks: Choice[];
  municipalities: PlaceChoice[];
  orgTypes: readonly string[];
}

export function organisationAddCard(view: OrganisationAddView): AdaptiveCard {
  const { messages: m, values: v, errors } = view;
  const n = m.sessions.network;
  const typeLabels = n.orgTypes as Record<string, string>;
  return adaptiveCard(
    [
      heading(n.orgTitle),
      ...(view.notice ? [paragraph(view.notice.text, { color: view.notice.tone })] : []),
      paragraph(n.orgIntro, { size: 'small' }),
      { type: 'Input.ChoiceSet', id: 'networkId', label: n.network, isRequired: true, errorMessage: m.consultation.errors.required, choices: view.networks, ...(v.networkId ? { value: v.networkId } : {}) },
      { type: 'Input.Text', id: 'name', label: n.orgName, isRequired: true, errorMessage: m.consultation.errors.required, maxLength: 120, ...(v.name ? { value: v.name } : {}) },
      ...errorFor(errors, 'name'),
      { type: 'Input.ChoiceSet', id: 'type', label: n.orgType, isRequired: true, errorMessage: m.consultation.errors.required, choices: view.orgTypes.map((t) => ({ title: typeLabels[t] ?? t, value: t })), ...(v.type ? { value: v.type } : {}) },
      ...errorFor(errors, 'type'),
      { type: 'Input.ChoiceSet', id: 'municipality', label: n.municipality, style: 'filtered', isRequired: true, errorMessage: m.consultation.errors.unknown_municipality, choices: view.municipalities, ...(v.municipality ? { value: v.municipality } : {}) },
      ...errorFor(errors, 'municipality'),
      { type: 'Input.ChoiceSet', id: 'member', label: n.member, isRequired: true, errorMessage: m.consultation.errors.required, choices: view.people, ...(v.member ? { value: v.member } : {}) },
      ...errorFor(errors, 'member'),
      { type: 'Input.ChoiceSet', id: 'deputy', label: n.deputy, choices: view.people, ...(v.deputy ? { value: v.deputy } : {}) },
      ...errorFor(errors, 'deputy'),
    ],
    [executeAction(n.add, VERBS.networkAddOrganisationSubmit, {}, { style: 'positive', associatedInputs: 'auto' })],
    { fallbackText: n.orgTitle },
  );
}

export interface CoLeadView extends FormBase {
  networks: Choice[];
}

/** A lead names a co-lead among the team's members. */
export function coLeadCard(view: CoLeadView): AdaptiveCard {
  const { messages: m, values: v, errors } = view;
  const n = m.sessions.network;
  return adaptiveCard(
    [
      heading(n.coLeadTitle),
      ...(view.notice ? [paragraph(view.notice.text, { color: view.notice.tone })] : []),
      { type: 'Input.ChoiceSet', id: 'networkId', label: n.network, isRequired: true, errorMessage: m.consultation.errors.required, choices: view.networks, ...(v.networkId ? { value: v.networkId } : {}) },
      { type: 'Input.ChoiceSet', id: 'person', label: n.coLead, isRequired: true, errorMessage: m.consultation.errors.required, choices: view.people, ...(v.person ? { value: v.person } : {}) },
      ...errorFor(errors, 'person'),
    ],
    [executeAction(n.add, VERBS.networkAddCoLeadSubmit, {}, { style: 'positive', associatedInputs: 'auto' })],
    { fallbackText: n.coLeadTitle },
  );
}

export interface NetworkChannelView {
  messages: Messages;
  networks: Choice[];
  notice?: { text: string; tone: 'good' | 'attention' };
}

/** A lead binds the channel the card is in: the network's session news is posted there. */
export function networkChannelCard({ messages: m, networks, notice }: NetworkChannelView): AdaptiveCard {
  const n = m.sessions.network;
  return adaptiveCard(
    [
      heading(n.channelTitle),
      ...(notice ? [paragraph(notice.text, { color: notice.tone })] : []),
      { type: 'Input.ChoiceSet', id: 'networkId', label: n.network, isRequired: true, errorMessage: m.consultation.errors.required, choices: networks },
    ],
    [executeAction(n.bindChannel, VERBS.networkBindChannelSubmit, {}, { style: 'positive', associatedInputs: 'auto' })],
    { fallbackText: n.channelTitle },
  );
}
