// A training event as iCalendar, with the session calendar's writer (services/sessions/ics.ts):
// the same UID across changes and a raised SEQUENCE, so a moved or cancelled training replaces
// the entry in the participant's calendar.
import { eventIcs, type CalendarEvent } from '../sessions/ics.js';
import type { TrainingEvent } from './model.js';

export function calendarEventOf(event: TrainingEvent): CalendarEvent {
  const where = [event.place, event.meetingUrl].filter((x): x is string => Boolean(x)).join(' · ');
  return {
    uid: `${event.id}@rc-bot`,
    sequence: event.sequence,
    start: event.startsAt,
    end: event.endsAt,
    summary: event.title,
    description: where,
    ...(event.meetingUrl ? { url: event.meetingUrl } : {}),
    status: event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    updatedAt: event.times.updated,
  };
}

export function trainingIcs(event: TrainingEvent): string {
  return eventIcs(calendarEventOf(event), event.status === 'cancelled' ? 'CANCEL' : 'PUBLISH');
}
