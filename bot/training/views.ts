// Training records → the cards' view models, and the form helpers every training route uses:
// field error codes to catalogue texts (this domain's own codes first), and refusal texts that
// speak of a training rather than a network session.
import type { TrainingCodes } from '../../cards/training/request-form.card.js';
import type { TrainingRequestView } from '../../cards/training/request-channel.card.js';
import type { TrainingItem } from '../../cards/training/training-list.card.js';
import { fill, type Locale, type Messages } from '../../cards/i18n/catalogue.js';
import type { PrivacyKinds } from '../../services/consultation/fields.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import type { Refusal } from '../../services/refusal.js';
import { bookingOf, waitingPosition } from '../../services/sessions/booking-rules.js';
import { PARTICIPANT_SECTORS, PROFESSIONS, TRAINING_FORMATS, TRAINING_KINDS, TRAINING_TOPICS } from '../../services/training/codes.js';
import { freePlaces } from '../../services/training/events.js';
import type { TrainingEvent, TrainingRequest } from '../../services/training/model.js';
import { formatInstant, formatLocalDate } from '../format.js';
import { fieldErrorTexts, refusalText } from '../refusals.js';

/** A training form's values as the card sent them back, and what the identifier check found per field: for re-showing the form. */
export type FormValues = Readonly<Record<string, string | undefined>>;
export type FieldPrivacy = Readonly<Record<string, PrivacyKinds | undefined>>;

export const TRAINING_CODES: TrainingCodes = {
  topics: TRAINING_TOPICS,
  kinds: TRAINING_KINDS,
  formats: TRAINING_FORMATS,
  professions: PROFESSIONS,
  sectors: PARTICIPANT_SECTORS,
};

export function requestView(directory: DirectoryIndex, r: TrainingRequest, m: Messages, locale: Locale): TrainingRequestView {
  const t = m.training;
  return {
    rcId: r.rcId,
    id: r.id,
    topic: t.topics[r.topic],
    kind: t.kinds[r.trainingKind],
    status: r.status,
    takenBy: r.takenBy?.name ?? '–',
    professions: r.professions.map((p) => t.professions[p]).join(', '),
    participants: r.participants,
    period: `${formatLocalDate(r.from, locale)} – ${formatLocalDate(r.to, locale)}`,
    format: t.formats[r.format],
    municipality: directory.municipality(r.municipality)?.name ?? r.municipality,
    text: r.text,
    proposals: proposalTexts(r, locale),
    declineReason: r.declineReason,
    received: formatInstant(r.times.created, locale),
  };
}

export function proposalTexts(r: TrainingRequest, locale: Locale): string[] {
  return r.proposals.map((p) => `${formatLocalDate(p.date, locale)} ${p.start}`);
}

export function whereOf(e: Pick<TrainingEvent, 'place' | 'meetingUrl'>): string {
  return [e.place, e.meetingUrl].filter((x): x is string => Boolean(x)).join(' · ');
}

export interface ItemContext {
  directory: DirectoryIndex;
  userId: string;
  /** RCs the viewer coordinates in this turn: their events get the run buttons. */
  coordinatorOf: readonly string[];
  now: Date;
  calendarUrl: (token: string) => string | undefined;
}

export function listItem(e: TrainingEvent, m: Messages, locale: Locale, c: ItemContext): TrainingItem {
  const holder = { org: { id: '' }, person: { id: c.userId } };
  const position = waitingPosition(e, holder);
  const calendarUrl = c.calendarUrl(e.calendarToken);
  return {
    rcId: e.rcId,
    id: e.id,
    title: e.title,
    subtitle: [m.training.kinds[e.trainingKind], m.training.topics[e.topic], c.directory.centre(e.rcId)?.name ?? e.rcId].join(' · '),
    when: fill(m.training.list.when, { date: formatLocalDate(e.date, locale), start: e.start, end: e.end }),
    where: whereOf(e),
    capacity: e.capacity,
    free: freePlaces(e),
    registered: e.bookings.length,
    waiting: e.waitingList.length,
    mine: bookingOf(e, holder) ? { state: 'registered' } : position !== null ? { state: 'waiting', position } : { state: 'none' },
    invitedOnly: e.audience === 'invited',
    ...(calendarUrl ? { calendarUrl } : {}),
    ...(e.meetingUrl ? { meetingUrl: e.meetingUrl } : {}),
    manage: c.coordinatorOf.includes(e.rcId),
    started: Date.parse(e.startsAt) <= c.now.getTime(),
  };
}

/** Field codes as texts: this domain's codes (holiday, in_past…) first, then the shared ones. */
export function trainingFieldTexts(m: Messages, errors: Readonly<Record<string, string | undefined>>, privacy: Readonly<Record<string, PrivacyKinds | undefined>> = {}): Record<string, string> {
  const own = m.training.errors as Record<string, string>;
  const shared = fieldErrorTexts(m, errors, privacy);
  return Object.fromEntries(Object.entries(shared).map(([field, text]) => {
    const code = errors[field];
    return [field, code && Object.hasOwn(own, code) ? (own[code] as string) : text];
  }));
}

/** Whether the identifier check warned (so the form shows the confirmation toggle). */
export function warned(privacy: Readonly<Record<string, PrivacyKinds | undefined>>): boolean {
  return Object.values(privacy).some((p) => (p?.warnings.length ?? 0) > 0);
}

/** A refusal in words about a training; reasons the sessions' texts would misname are worded here. */
export function trainingRefusal(m: Messages, refusal: Pick<Refusal, 'reason' | 'by' | 'max'>): { text: string; tone: 'attention' } {
  const own = m.training.refusals as Record<string, string>;
  const text = Object.hasOwn(own, refusal.reason) ? fill(own[refusal.reason] as string, { name: refusal.by?.name ?? '–' }) : refusalText(m, refusal);
  return { text, tone: 'attention' };
}
