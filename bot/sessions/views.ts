// From sessions and networks to the session cards' view models.
import type { AgendaEntryView } from '../../cards/sessions/agenda.card.js';
import type { SessionListItem } from '../../cards/sessions/session-list.card.js';
import type { AgendaEntry } from '../../services/sessions/agenda.js';
import type { Locale } from '../../cards/i18n/catalogue.js';
import type { UpcomingSession } from '../../services/sessions/bookings.js';
import type { Network } from '../../services/sessions/model.js';
import { formatLocalDate } from '../format.js';

/** `date` writes the session's date: formatLocalDate, or with the year when the list runs over New Year. */
export function listItem(
  u: UpcomingSession,
  network: Network | undefined,
  locale: Locale,
  now: Date,
  links: { calendarUrl?: string; feedUrl?: string } = {},
  date: (d: string) => string = (d) => formatLocalDate(d, locale),
): SessionListItem {
  const orgName = (id: string | null) => network?.organisations.find((o) => o.id === id)?.name ?? '';
  const b = u.myBooking;
  return {
    networkId: u.network.id,
    networkName: u.network.name,
    sessionId: u.session.id,
    date: date(u.session.date),
    start: u.session.start,
    end: u.session.end,
    role: u.role,
    started: new Date(u.session.startsAt) <= now,
    freePlaces: u.freePlaces,
    orgName: orgName(u.orgId),
    booking:
      b.state === 'org_booked'
        ? { state: 'org_booked', by: b.by.name ?? '', org: orgName(u.orgId) }
        : b.state === 'waiting'
          ? { state: 'waiting', position: b.position }
          : { state: b.state },
    ...(u.session.movedFrom ? { movedFrom: { date: date(u.session.movedFrom), holiday: u.session.holiday ?? '' } } : {}),
    ...(u.leadCounts ? { counts: u.leadCounts } : {}),
    meetingUrl: u.session.meetingUrl ?? network?.meetingUrl ?? 'https://teams.microsoft.com',
    ...links,
  };
}

/** The agenda as the lead's card shows it: questions with their organisation, and other items. */
export function agendaEntries(entries: readonly AgendaEntry[], network: Network | undefined): AgendaEntryView[] {
  const orgName = (id: string) => network?.organisations.find((o) => o.id === id)?.name ?? '';
  return entries.map((e) =>
    e.kind === 'question'
      ? { kind: 'question', id: e.id, text: e.question.text, status: e.question.status, questionType: e.question.questionType, orgName: orgName(e.question.orgId) }
      : { kind: 'item', id: e.id, title: e.item.title, itemKind: e.item.kind },
  );
}
