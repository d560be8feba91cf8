// After the session the lead ticks which organisations took part, on one card.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard } from '../types.js';
import { VERBS } from '../verbs.js';

export interface AttendanceView {
  messages: Messages;
  networkId: string;
  sessionId: string;
  date: string;
  organisations: Array<{ id: string; name: string; booked: boolean }>;
  notice?: { text: string; tone: 'good' | 'attention' };
}

export function attendanceCard(view: AttendanceView): AdaptiveCard {
  const { messages: m } = view;
  const a = m.sessions.attendance;
  return adaptiveCard(
    [
      heading(fill(a.title, { date: view.date })),
      ...(view.notice ? [paragraph(view.notice.text, { color: view.notice.tone })] : []),
      paragraph(a.intro, { size: 'small' }),
      ...view.organisations.map((o) => ({ type: 'Input.Toggle' as const, id: `org_${o.id}`, label: o.name, title: a.tookPart, value: (o.booked ? 'true' : 'false') as 'true' | 'false', wrap: true })),
    ],
    [
      executeAction(a.save, VERBS.sessionAttendanceSave, { networkId: view.networkId, sessionId: view.sessionId }, { style: 'positive', associatedInputs: 'auto' }),
      executeAction(m.sessions.list.title, VERBS.sessionList, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: fill(a.title, { date: view.date }) },
  );
}

export interface SessionRatingView {
  messages: Messages;
  networkId: string;
  sessionId: string;
  date: string;
  rated: boolean;
}

/** One question after a held session: 1–5, feeds follow-up. */
export function sessionRatingCard({ messages: m, networkId, sessionId, date, rated }: SessionRatingView): AdaptiveCard {
  const r = m.sessions.rating;
  return adaptiveCard(
    [
      paragraph(fill(r.question, { date }), { style: 'heading', weight: 'bolder' }),
      rated
        ? paragraph(r.thanks, { color: 'good' })
        : { type: 'ActionSet', actions: [1, 2, 3, 4, 5].map((n) => executeAction(String(n), VERBS.sessionRate, { networkId, sessionId, rating: n }, { associatedInputs: 'none' })) },
    ],
    [],
    { fallbackText: fill(r.question, { date }) },
  );
}

export interface CancelSessionView {
  messages: Messages;
  networkId: string;
  sessionId: string;
  date: string;
  reason?: string;
  error?: string;
}

export function cancelSessionCard({ messages: m, networkId, sessionId, date, reason, error }: CancelSessionView): AdaptiveCard {
  const c = m.sessions.cancel;
  return adaptiveCard(
    [
      heading(fill(c.title, { date })),
      { type: 'Input.Text', id: 'reason', label: c.reason, isRequired: true, errorMessage: m.consultation.errors.required, maxLength: 500, ...(reason ? { value: reason } : {}) },
      ...(error ? [paragraph(error, { color: 'attention' as const, size: 'small' as const, spacing: 'none' as const })] : []),
    ],
    [
      executeAction(c.confirm, VERBS.sessionCancelSubmit, { networkId, sessionId }, { style: 'destructive', associatedInputs: 'auto' }),
      executeAction(m.sessions.list.title, VERBS.sessionList, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: fill(c.title, { date }) },
  );
}

export interface RescheduleView {
  messages: Messages;
  networkId: string;
  sessionId: string;
  date: string;
  values: { date: string; startTime: string; meetingUrl?: string };
  error?: string;
}

/** The lead moves one session or changes its link; everyone booked is told at once. */
export function rescheduleCard({ messages: m, networkId, sessionId, date, values, error }: RescheduleView): AdaptiveCard {
  const r = m.sessions.reschedule;
  return adaptiveCard(
    [
      heading(fill(r.title, { date })),
      { type: 'Input.Date', id: 'date', label: r.date, value: values.date },
      { type: 'Input.Time', id: 'startTime', label: r.startTime, value: values.startTime },
      { type: 'Input.Text', id: 'meetingUrl', label: r.meetingUrl, ...(values.meetingUrl ? { value: values.meetingUrl } : {}) },
      ...(error ? [paragraph(error, { color: 'attention' as const, size: 'small' as const })] : []),
    ],
    [
      executeAction(r.save, VERBS.sessionRescheduleSubmit, { networkId, sessionId }, { style: 'positive', associatedInputs: 'auto' }),
      executeAction(m.sessions.list.title, VERBS.sessionList, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: fill(r.title, { date }) },
  );
}
