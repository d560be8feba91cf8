// What coordinators type: the answer to a request, and a consultation that came in by phone,
// e-mail, a meeting or a network session and is logged afterwards for the statistics.
// Free text goes through the same identifier check as the professionals' questions.

import type { DirectoryIndex } from '../directory/lookup.js';
import { readCaseFields, type CaseFields } from './case-fields.js';
import { CHANNELS, OUTCOMES, type Channel, type Outcome } from './codes.js';
import { choice, collect, count, freeText, multi, optionalUuid, toggle, type Parsed, type RawInput } from './fields.js';

export const ANSWER_FIELDS = ['answer', 'outcomes', 'confirmWarnings'] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

export interface AnswerInput {
  answer: string;
  /** May be empty: advice that fits none of the codes is still an answer. */
  outcomes: Outcome[];
}

/** `functionalContacts`: the RC's and NCH's published numbers and addresses, which an answer may give. */
export function parseAnswerInput(raw: RawInput, functionalContacts: readonly string[] = []): Parsed<AnswerInput, AnswerField> {
  const confirmWarnings = toggle(raw, 'confirmWarnings');
  const parsed = collect({
    answer: freeText(raw, 'answer', { required: true, confirmed: confirmWarnings.ok && confirmWarnings.value, knownSafeTerms: functionalContacts }),
    outcomes: multi(raw, 'outcomes', OUTCOMES, false),
    confirmWarnings,
  });
  if (!parsed.ok) return parsed;
  return { ok: true, value: { answer: parsed.value.answer, outcomes: parsed.value.outcomes } };
}

export const LOG_FIELDS = [
  'municipality',
  'sector',
  'gender',
  'ageBand',
  'violence',
  'perpetrators',
  'questionType',
  'urgent',
  'channel',
  'outcomes',
  'contacts',
  'question',
  'answer',
  'confirmWarnings',
  'submissionKey',
] as const;
export type LogField = (typeof LOG_FIELDS)[number];

/** The most contacts one logged case can carry (the sources mention 20–30 calls, L7042). */
export const MAX_LOGGED_CONTACTS = 999;

export interface LogInput extends CaseFields {
  channel: Channel;
  outcomes: Outcome[];
  contacts: number;
  /** Optional notes; the codes are what the statistics need. */
  question: string | null;
  answer: string | null;
  /** As for submissions: a double click on the log card stores one record. */
  submissionKey: string | null;
}

/**
 * The municipality only has to exist: an RC may advise on a case outside its own area
 * (people are sent to the nearest centre when theirs has none).
 */
export function parseLogInput(raw: RawInput, directory: DirectoryIndex): Parsed<LogInput, LogField> {
  const confirmWarnings = toggle(raw, 'confirmWarnings');
  const confirmed = confirmWarnings.ok && confirmWarnings.value;
  const parsed = collect({
    ...readCaseFields(raw, directory),
    channel: choice(raw, 'channel', CHANNELS),
    outcomes: multi(raw, 'outcomes', OUTCOMES, false),
    contacts: count(raw, 'contacts', 1, MAX_LOGGED_CONTACTS, 1),
    question: freeText(raw, 'question', { required: false, confirmed }),
    answer: freeText(raw, 'answer', { required: false, confirmed }),
    confirmWarnings,
    submissionKey: optionalUuid(raw, 'submissionKey'),
  });
  if (!parsed.ok) return parsed;
  const { confirmWarnings: _confirmed, ...input } = parsed.value;
  return { ok: true, value: input };
}
