// Calendar files behind the network's unguessable feed token: one session (.ics link on a
// booking) or the whole network as a subscribable feed. The token is the only key.
import { eventIcs, feedIcs, type CalendarEvent } from '../../services/sessions/ics.js';
import type { Network, Session } from '../../services/sessions/model.js';
import type { NetworkService } from '../../services/sessions/network-service.js';

export type CalendarFeed = (token: string, sessionId?: string) => Promise<string | undefined>;

function eventOf(network: Network, session: Session): CalendarEvent {
  const url = session.meetingUrl ?? network.meetingUrl;
  return {
    uid: `${session.id}@rc-bot`,
    sequence: session.sequence,
    start: session.startsAt,
    end: session.endsAt,
    summary: `Nätverksträff: ${network.name}`,
    description: `Nätverksträff i ${network.name}. Teams-möte: ${url}`,
    url,
    status: session.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    updatedAt: session.times.cancelled ?? session.times.rescheduled ?? session.times.created,
  };
}

export function calendarFeed(networks: NetworkService): CalendarFeed {
  return async (token, sessionId) => {
    const network = await networks.networkByFeedToken(token);
    if (!network) return undefined;
    if (sessionId) {
      const session = await networks.session(network.networkId, sessionId);
      return session ? eventIcs(eventOf(network, session)) : undefined;
    }
    const sessions = await networks.sessionsOf(network.networkId);
    return feedIcs(network.name, sessions.map((s) => eventOf(network, s)));
  };
}
