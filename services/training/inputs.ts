// Reading the training forms. Codes are checked against the lists, dates are Stockholm dates,
// every free-text field goes through freeText (cleaning and the identifier check) before
// anything can store it, and each bad field gets its own error code.
import { choice, collect, count, fail, freeText, multi, ok, rawText, toggle, type FieldError, type FormInput, type Parsed, type Reading } from '../consultation/fields.js';
import { teamsMeetingUrl } from '../sessions/meeting-url.js';
import { isLocalDate, type LocalDate } from '../time/local-date.js';
import { AUDIENCES, MAX_PARTICIPANTS, MAX_PLACE, MAX_PROPOSALS, MAX_TITLE, PARTICIPANT_SECTORS, PROFESSIONS, TRAINING_FORMATS, TRAINING_KINDS, TRAINING_TOPICS } from './codes.js';
import type { ParticipantCounts, Proposal } from './model.js';

/** Field errors of this domain beyond the shared ones. */
export type TrainingFieldError = FieldError | 'holiday' | 'in_past' | 'before_start' | 'unknown_request';

export const REQUEST_FIELDS = ['topic', 'trainingKind', 'professions', 'participants', 'from', 'to', 'format', 'municipality', 'text', 'confirmWarnings'] as const;
export type RequestField = (typeof REQUEST_FIELDS)[number];

export const PROPOSAL_FIELDS = ['date1', 'time1', 'date2', 'time2', 'date3', 'time3'] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

export const REASON_FIELDS = ['reason', 'confirmWarnings'] as const;
export type ReasonField = (typeof REASON_FIELDS)[number];

export const EVENT_FIELDS = ['title', 'topic', 'trainingKind', 'date', 'startTime', 'endTime', 'place', 'meetingUrl', 'capacity', 'municipality', 'audience', 'invited', 'requestId'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

export const RESCHEDULE_FIELDS = ['date', 'startTime', 'endTime', 'place', 'meetingUrl'] as const;
export type TrainingRescheduleField = (typeof RESCHEDULE_FIELDS)[number];

export const REGISTER_FIELDS = ['municipality'] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

export const EVALUATION_FIELDS = ['rating', 'different', 'confirmWarnings'] as const;
export type EvaluationField = (typeof EVALUATION_FIELDS)[number];

/** One count input per profession and per sector: `prof_<code>`, `sector_<code>`. */
export const PARTICIPANT_FIELDS = [...PROFESSIONS.map((p) => `prof_${p}`), ...PARTICIPANT_SECTORS.map((s) => `sector_${s}`)] as const;

type Errors<F extends string> = Parsed<never, F> & { ok: false };

function date(raw: FormInput<string>, field: string, required = true): Reading<LocalDate | null> {
  const text = rawText(raw, field);
  if (text === '') return required ? fail('required') : ok(null);
  return text !== undefined && isLocalDate(text) ? ok(text) : fail('invalid');
}

function time(raw: FormInput<string>, field: string, required = true): Reading<string | null> {
  const text = rawText(raw, field);
  if (text === '') return required ? fail('required') : ok(null);
  // Teams sends "HH:mm"; some clients add seconds.
  const match = text === undefined ? null : /^([01]\d|2[0-3]):([0-5]\d)(:\d\d)?$/.exec(text);
  return match ? ok(`${match[1]}:${match[2]}`) : fail('invalid');
}

function municipality(raw: FormInput<string>, field: string, exists: (code: string) => boolean): Reading<string> {
  const text = rawText(raw, field);
  if (text === '') return fail('required');
  return text !== undefined && /^\d{4}$/.test(text) && exists(text) ? ok(text) : fail('unknown_municipality');
}

function plainText(raw: FormInput<string>, field: string, max: number, required: boolean): Reading<string | null> {
  // Titles and places are shown to everyone invited: checked like any free text.
  const read = freeText(raw, field, { required, confirmed: false });
  if (read.ok && read.value !== null && read.value.length > max) return fail('too_long');
  return read;
}

export function parseRequest(raw: FormInput<RequestField>, municipalityExists: (code: string) => boolean) {
  const confirmed = toggle(raw, 'confirmWarnings');
  const parsed = collect({
    topic: choice(raw, 'topic', TRAINING_TOPICS),
    trainingKind: choice(raw, 'trainingKind', TRAINING_KINDS),
    professions: multi(raw, 'professions', PROFESSIONS, true),
    participants: rawText(raw, 'participants') === '' ? fail<number>('required') : count(raw, 'participants', 1, MAX_PARTICIPANTS, 1),
    from: date(raw, 'from'),
    to: date(raw, 'to'),
    format: choice(raw, 'format', TRAINING_FORMATS),
    municipality: municipality(raw, 'municipality', municipalityExists),
    text: freeText(raw, 'text', { required: false, confirmed: confirmed.ok && confirmed.value }),
  });
  if (parsed.ok && (parsed.value.from as string) > (parsed.value.to as string)) return errors<RequestField>({ to: 'before_start' });
  return parsed as typeof parsed & { value: { from: LocalDate; to: LocalDate } };
}

export function parseProposals(raw: FormInput<ProposalField>): { ok: true; value: Proposal[] } | Errors<ProposalField> {
  const out: Proposal[] = [];
  const bad: Partial<Record<ProposalField, TrainingFieldError>> = {};
  for (let i = 1; i <= MAX_PROPOSALS; i++) {
    const d = date(raw, `date${i}`, false);
    const t = time(raw, `time${i}`, false);
    if (!d.ok) bad[`date${i}` as ProposalField] = d.error;
    if (!t.ok) bad[`time${i}` as ProposalField] = t.error;
    if (d.ok && t.ok && d.value && t.value) out.push({ date: d.value, start: t.value });
    else if (d.ok && t.ok && (d.value || t.value)) bad[(d.value ? `time${i}` : `date${i}`) as ProposalField] = 'required';
  }
  if (Object.keys(bad).length > 0) return errors(bad);
  if (out.length === 0) return errors<ProposalField>({ date1: 'required' });
  return { ok: true, value: out };
}

export function parseReason(raw: FormInput<ReasonField>) {
  const confirmed = toggle(raw, 'confirmWarnings');
  return collect({ reason: freeText(raw, 'reason', { required: true, confirmed: confirmed.ok && confirmed.value }) });
}

export function parseEvent(raw: FormInput<EventField>, municipalityExists: (code: string) => boolean) {
  const where = collect({ place: plainText(raw, 'place', MAX_PLACE, false), meetingUrl: meetingLink(raw) });
  const parsed = collect({
    title: plainText(raw, 'title', MAX_TITLE, true),
    topic: choice(raw, 'topic', TRAINING_TOPICS),
    trainingKind: choice(raw, 'trainingKind', TRAINING_KINDS),
    date: date(raw, 'date'),
    startTime: time(raw, 'startTime'),
    endTime: time(raw, 'endTime'),
    capacity: rawText(raw, 'capacity') === '' ? fail<number>('required') : count(raw, 'capacity', 1, MAX_PARTICIPANTS, 1),
    municipality: municipality(raw, 'municipality', municipalityExists),
    audience: rawText(raw, 'audience') === '' ? ok<(typeof AUDIENCES)[number]>('open') : choice(raw, 'audience', AUDIENCES),
    invited: municipalities(raw, 'invited', municipalityExists),
    requestId: ok(rawText(raw, 'requestId') || null),
  });
  if (!parsed.ok || !where.ok) return errors<EventField>({ ...(parsed.ok ? {} : parsed.errors), ...(where.ok ? {} : where.errors) }, { ...(parsed.ok ? {} : parsed.privacy), ...(where.ok ? {} : where.privacy) });
  const v = { ...parsed.value, ...where.value, date: parsed.value.date as LocalDate, startTime: parsed.value.startTime as string, endTime: parsed.value.endTime as string, title: parsed.value.title as string };
  if (v.endTime <= v.startTime) return errors<EventField>({ endTime: 'before_start' });
  // An on-site training has a place, a digital one a link; one of them is needed.
  if (!v.place && !v.meetingUrl) return errors<EventField>({ place: 'required' });
  if (v.audience === 'invited' && v.invited.length === 0) return errors<EventField>({ invited: 'required' });
  return { ok: true as const, value: v };
}

export function parseReschedule(raw: FormInput<TrainingRescheduleField>) {
  const where = collect({ place: plainText(raw, 'place', MAX_PLACE, false), meetingUrl: meetingLink(raw) });
  const when = collect({ date: date(raw, 'date', false), startTime: time(raw, 'startTime', false), endTime: time(raw, 'endTime', false) });
  if (!when.ok || !where.ok) return errors<TrainingRescheduleField>({ ...(when.ok ? {} : when.errors), ...(where.ok ? {} : where.errors) }, where.ok ? {} : where.privacy);
  return { ok: true as const, value: { ...when.value, ...where.value } };
}

export function parseRegistration(raw: FormInput<RegisterField>, municipalityExists: (code: string) => boolean) {
  return collect({ municipality: municipality(raw, 'municipality', municipalityExists) });
}

export function parseEvaluation(raw: FormInput<EvaluationField>) {
  const confirmed = toggle(raw, 'confirmWarnings');
  return collect({
    rating: rawText(raw, 'rating') === '' ? fail<number>('required') : count(raw, 'rating', 1, 5, 0),
    different: freeText(raw, 'different', { required: false, confirmed: confirmed.ok && confirmed.value }),
  });
}

/** Counts per profession and sector; an empty field is none. */
export function parseParticipants(raw: Readonly<Record<string, string | undefined>>): { ok: true; value: ParticipantCounts } | Errors<string> {
  const bad: Record<string, TrainingFieldError> = {};
  const read = (codes: readonly string[], prefix: string) => {
    const out: Record<string, number> = {};
    for (const code of codes) {
      const n = count(raw, `${prefix}${code}`, 0, MAX_PARTICIPANTS, 0);
      if (!n.ok) bad[`${prefix}${code}`] = n.error;
      else if (n.value > 0) out[code] = n.value;
    }
    return out;
  };
  const value = { byProfession: read(PROFESSIONS, 'prof_'), bySector: read(PARTICIPANT_SECTORS, 'sector_') };
  return Object.keys(bad).length > 0 ? errors(bad) : { ok: true, value };
}

function meetingLink(raw: FormInput<string>): Reading<string | null> {
  const text = rawText(raw, 'meetingUrl');
  if (text === '') return ok(null);
  return teamsMeetingUrl(text) ? ok(teamsMeetingUrl(text)) : fail('invalid');
}

function municipalities(raw: FormInput<string>, field: string, exists: (code: string) => boolean): Reading<string[]> {
  const text = rawText(raw, field);
  if (text === undefined) return fail('invalid');
  const codes = [...new Set(text.split(',').map((c) => c.trim()).filter((c) => c !== ''))];
  return codes.every((c) => /^\d{4}$/.test(c) && exists(c)) ? ok(codes.sort()) : fail('unknown_municipality');
}

function errors<F extends string>(errs: Partial<Record<F, TrainingFieldError>>, privacy: Parsed<never, F> extends infer P ? (P extends { privacy: infer Q } ? Q : never) : never = {} as never): Errors<F> {
  return { ok: false, errors: errs as Partial<Record<F, FieldError>>, privacy };
}
