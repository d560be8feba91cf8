// From consultation records and service results to the cards' view models. The only place
// that knows both the domain's codes and how the cards want them.
import { channelRequestCard } from '../../cards/consultation/channel-request.card.js';
import { answerDeliveryCard } from '../../cards/consultation/answer-delivery.card.js';
import type { CaseCodes, FieldState } from '../../cards/consultation/form-fields.js';
import { messagesFor, type Messages } from '../../cards/i18n/catalogue.js';
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
import { formatInstant } from '../format.js';

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

/** Every string the user sent, as the card sent it, so an error loses nothing. */
export function typedValues(data: Record<string, unknown>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
}

export function fieldState(
  data: Record<string, unknown>,
  errors: Partial<Record<string, string>> = {},
  privacy: Partial<Record<string, PrivacyKinds>> = {},
): FieldState {
  return { values: typedValues(data), codes: CASE_CODES, errors: errors as FieldState['errors'], privacy: privacy as FieldState['privacy'] };
}

export function channelCard(directory: DirectoryIndex, record: ConsultationRecord, notice?: { text: string; tone: 'good' | 'attention' }): AdaptiveCard {
  return channelRequestCard({
    messages: CHANNEL_MESSAGES,
    record,
    municipalityName: directory.municipality(record.municipality)?.name ?? record.municipality,
    receivedAt: formatInstant(record.times.created, 'sv'),
    notice,
  });
}

export function answerCard(directory: DirectoryIndex, record: ConsultationRecord, messages: Messages): AdaptiveCard {
  return answerDeliveryCard({
    messages,
    record,
    centreName: directory.centre(record.rcId)?.name ?? record.rcId,
    concernsChild: concernsChild(record.ageBand),
  });
}

/** A channel value a professional can call: the centre's phone or support line, if known. */
export function centrePhone(directory: DirectoryIndex, rcId: string): string | undefined {
  const channels = directory.centre(rcId)?.channels ?? [];
  return channels.find((c) => (c.kind === 'phone' || c.kind === 'support_line') && c.value)?.value;
}

export function nchPhone(directory: DirectoryIndex): string | undefined {
  return directory.nationalFallback.channels.find((c) => c.kind === 'support_line' && c.value)?.value;
}
