// From sessions and networks to the session cards' view models.
import type { SessionListItem } from '../../cards/sessions/session-list.card.js';
import type { Locale } from '../../cards/i18n/catalogue.js';
import type { UpcomingSession } from '../../services/sessions/bookings.js';
import type { Network } from '../../services/sessions/model.js';
import { formatLocalDate } from '../format.js';

export function listItem(u: UpcomingSession, network: Network | undefined, locale: Locale, now: Date, links: { calendarUrl?: string; feedUrl?: string } = {}): SessionListItem {
  const orgName = (id: string | null) => network?.organisations.find((o) => o.id === id)?.name ?? '';
  const b = u.myBooking;
  return {
    networkId: u.network.id,
    networkName: u.network.name,
    sessionId: u.session.id,
    date: formatLocalDate(u.session.date, locale),
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
    ...(u.session.movedFrom ? { movedFrom: { date: formatLocalDate(u.session.movedFrom, locale), holiday: u.session.holiday ?? '' } } : {}),
    meetingUrl: u.session.meetingUrl ?? network?.meetingUrl ?? 'https://teams.microsoft.com',
    ...links,
  };
}
