// From consultation records and service results to the cards' view models. The only place
// that knows both the domain's records and what the cards want of them.
import { answerDeliveryCard } from '../../cards/consultation/answer-delivery.card.js';
import { channelRequestCard, type ChannelRequestView } from '../../cards/consultation/channel-request.card.js';
import type { ConsultationView } from '../../cards/consultation/consultation-view.js';
import type { CaseCodes, FieldState } from '../../cards/consultation/form-fields.js';
import type { ReceiptContact, ReceiptView } from '../../cards/consultation/receipt.card.js';
import { messagesFor, type Locale, type Messages } from '../../cards/i18n/catalogue.js';
import type { AdaptiveCard } from '../../cards/types.js';
import {
  AGE_BANDS,
  CHANNELS,
  concernsChild,
  GENDERS,
  OUTCOMES,
  PERPETRATORS,
  QUESTION_TYPES,
  SECTORS,
  VIOLENCE_FORMS,
} from '../../services/consultation/codes.js';
import type { PrivacyKinds } from '../../services/consultation/fields.js';
import type { ConsultationRecord } from '../../services/consultation/record.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import type { Landing } from '../../services/consultation/channel-binding.js';
import { formatInstant, formatLongDate } from '../format.js';
import { coordinatorButtons, threadView } from './thread-views.js';
import { caseWorkView } from './case-work-view.js';

export const CASE_CODES: CaseCodes = {
  sector: SECTORS,
  gender: GENDERS,
  ageBand: AGE_BANDS,
  violence: VIOLENCE_FORMS,
  perpetrators: PERPETRATORS,
  questionType: QUESTION_TYPES,
  channel: CHANNELS,
  outcomes: OUTCOMES,
};

/** Channels are shared rooms: their cards are in Swedish, the product's first language. */
export const CHANNEL_MESSAGES: Messages = messagesFor('sv');

type Notice = { text: string; tone: 'good' | 'attention' };

/** A form's state: what the person typed (kept through every error), and what was wrong where. */
export function fieldState(
  values: Readonly<Record<string, string | undefined>>,
  errors: Partial<Record<string, string>> = {},
  privacy: Partial<Record<string, PrivacyKinds>> = {},
): FieldState {
  return { values: { ...values }, codes: CASE_CODES, errors: errors as FieldState['errors'], privacy: privacy as FieldState['privacy'] };
}

export function consultationView(directory: DirectoryIndex, record: ConsultationRecord, locale: Locale): ConsultationView {
  return {
    rcId: record.rcId,
    id: record.id,
    reference: record.reference,
    status: record.status,
    urgent: record.urgent,
    centreName: directory.centre(record.rcId)?.name ?? record.rcId,
    municipalityName: directory.municipality(record.municipality)?.name ?? record.municipality,
    sector: record.sector,
    gender: record.gender,
    ageBand: record.ageBand,
    violence: record.violence,
    perpetrators: record.perpetrators,
    questionType: record.questionType,
    channel: record.channel,
    question: record.question,
    answer: record.answer,
    outcomes: record.outcomes,
    ...(record.claimedBy?.name ? { claimedByName: record.claimedBy.name } : {}),
    helpfulness: record.helpfulness,
    adviceFollowed: record.adviceFollowed,
    receivedAt: formatInstant(record.times.created, locale),
    concernsChild: concernsChild(record.ageBand),
  };
}

/** What the channel card shows beyond the record: how long it has waited, and whether it is the national channel's copy. */
export type ChannelExtras = Pick<ChannelRequestView, 'timing' | 'national' | 'closedUntil'>;

export function channelCard(directory: DirectoryIndex, record: ConsultationRecord, notice?: Notice, extras: ChannelExtras = {}): AdaptiveCard {
  // A request has a thread once someone asked it; the national copy shows it without buttons.
  const thread = record.requester ? threadView(directory, record, 'sv', 'coordinators', extras.national ? [] : coordinatorButtons(record)) : undefined;
  return channelRequestCard({ messages: CHANNEL_MESSAGES, consultation: consultationView(directory, record, 'sv'), notice, ...extras, ...(thread ? { thread } : {}), caseWork: caseWorkView(directory, record) });
}

export function answerCard(directory: DirectoryIndex, record: ConsultationRecord, messages: Messages, locale: Locale): AdaptiveCard {
  return answerDeliveryCard({ messages, consultation: consultationView(directory, record, locale) });
}

/** Where the request went, as the receipt words it: a closed RC's last closed day in the reader's language. */
export function receiptLanding(landing: Landing, locale: Locale): ReceiptView['landing'] {
  if (landing.kind === 'centre') return landing;
  if (landing.why === 'closed') return { kind: landing.kind, why: 'closed', until: landing.closed ? formatLongDate(landing.closed.to, locale) : '' };
  return { kind: landing.kind, why: landing.why };
}

export function receiptView(messages: Messages, directory: DirectoryIndex, record: ConsultationRecord, duplicate: boolean, locale: Locale, landing: Landing = { kind: 'centre' }): ReceiptView {
  return {
    messages,
    landing: receiptLanding(landing, locale),
    consultation: consultationView(directory, record, locale),
    centreContact: bestContact(directory.centre(record.rcId)?.channels ?? []),
    nchContact: bestContact(directory.nationalFallback.channels),
    duplicate,
  };
}

type Channel = { kind: 'phone' | 'email' | 'web' | 'support_line'; value?: string };

/** In an urgent case: a number to call if the directory has one, else an e-mail address, else a website. */
function bestContact(channels: readonly Channel[]): ReceiptContact | undefined {
  const first = (kinds: Channel['kind'][]) => channels.find((c) => kinds.includes(c.kind) && c.value)?.value;
  const phone = first(['phone', 'support_line']);
  if (phone) return { kind: 'phone', value: phone };
  const email = first(['email']);
  if (email) return { kind: 'email', value: email };
  const web = first(['web']);
  return web ? { kind: 'web', value: web } : undefined;
}
