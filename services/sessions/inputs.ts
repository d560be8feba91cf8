// Card input of the session domain, checked field by field before anything is stored. Free
// text goes through the identifier check (consultation/fields.ts `freeText`): a blocking
// finding always refuses, warnings refuse until the user confirms them.

import { AGE_BANDS, QUESTION_TYPES, VIOLENCE_FORMS, type AgeBand, type QuestionType, type ViolenceForm } from '../consultation/codes.js';
import {
  affirmation,
  choice,
  collect,
  fail,
  freeText,
  multi,
  ok,
  optionalUuid,
  rawText,
  toggle,
  type Parsed,
  type RawInput,
  type Reading,
} from '../consultation/fields.js';
import { isLocalDate, type LocalDate } from '../time/local-date.js';
import { AGENDA_ITEM_KINDS, MAX_AGENDA_TITLE, MAX_CAPACITY, type AgendaItemKind } from './codes.js';
import { teamsMeetingUrl } from './meeting-url.js';

export type { RawInput };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function confirmed(raw: RawInput): boolean {
  const reading = toggle(raw, 'confirmWarnings');
  return reading.ok && reading.value;
}

export const QUESTION_FIELDS = ['question', 'questionType', 'ageBand', 'violence', 'deidentified', 'confirmWarnings', 'submissionKey'] as const;
export type QuestionField = (typeof QUESTION_FIELDS)[number];
export interface QuestionInput {
  text: string;
  questionType: QuestionType;
  ageBand: AgeBand;
  violence: ViolenceForm[];
  /** Card-carried uuid: the same card sent twice stores one question. */
  submissionKey: string | null;
}

export function parseQuestionInput(raw: RawInput): Parsed<QuestionInput, QuestionField> {
  const parsed = collect({
    question: freeText(raw, 'question', { required: true, confirmed: confirmed(raw) }),
    questionType: choice(raw, 'questionType', QUESTION_TYPES),
    ageBand: choice(raw, 'ageBand', AGE_BANDS),
    // Optional: a network question can be general (a method, a court ruling) rather than a case.
    violence: multi(raw, 'violence', VIOLENCE_FORMS, false),
    deidentified: affirmation(raw, 'deidentified'),
    confirmWarnings: toggle(raw, 'confirmWarnings'),
    submissionKey: optionalUuid(raw, 'submissionKey'),
  });
  if (!parsed.ok) return parsed;
  const { question, questionType, ageBand, violence, submissionKey } = parsed.value;
  return { ok: true, value: { text: question, questionType, ageBand, violence, submissionKey } };
}

export type AgendaItemField = 'kind' | 'title';
export function parseAgendaItem(raw: RawInput): Parsed<{ kind: AgendaItemKind; title: string }, AgendaItemField> {
  const title = freeText(raw, 'title', { required: true, confirmed: confirmed(raw) });
  const bounded: Reading<string> = title.ok && title.value.length > MAX_AGENDA_TITLE ? fail('too_long') : title;
  return collect({ kind: choice(raw, 'kind', AGENDA_ITEM_KINDS), title: bounded });
}

/** A cancellation reason is shown to every booked member, so it is checked like any free text. */
export function parseReason(raw: RawInput): Parsed<{ reason: string }, 'reason'> {
  return collect({ reason: freeText(raw, 'reason', { required: true, confirmed: confirmed(raw) }) });
}

export const RESCHEDULE_FIELDS = ['date', 'startTime', 'meetingUrl'] as const;
export type RescheduleField = (typeof RESCHEDULE_FIELDS)[number];
export interface RescheduleInput {
  date: LocalDate | null;
  startTime: string | null;
  meetingUrl: string | null;
}

export function parseReschedule(raw: RawInput): Parsed<RescheduleInput, RescheduleField> {
  const date = rawText(raw, 'date');
  const startTime = rawText(raw, 'startTime');
  const url = rawText(raw, 'meetingUrl');
  const parsed = collect({
    date: date === '' ? ok(null) : date !== undefined && isLocalDate(date) ? ok(date) : fail<LocalDate | null>('invalid'),
    startTime: startTime === '' ? ok(null) : startTime !== undefined && TIME.test(startTime) ? ok(startTime) : fail<string | null>('invalid'),
    meetingUrl: url === '' ? ok(null) : meetingUrlReading(url),
  });
  if (!parsed.ok) return parsed;
  const { date: d, startTime: t, meetingUrl: m } = parsed.value;
  if (d === null && t === null && m === null) return { ok: false, errors: { date: 'required' }, privacy: {} };
  return { ok: true, value: { date: d, startTime: t, meetingUrl: m } };
}

export function meetingUrlReading(value: unknown): Reading<string> {
  const url = teamsMeetingUrl(value);
  return url === null ? { ok: false, error: 'not_teams_meeting' } : ok(url);
}

/** Places per session: '' keeps the default (one per organisation). */
export function capacityReading(raw: RawInput): Reading<number | null> {
  const text = rawText(raw, 'capacity');
  if (text === '') return ok(null);
  const value = text !== undefined && /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(value) && value >= 1 && value <= MAX_CAPACITY ? ok(value) : fail('invalid');
}
