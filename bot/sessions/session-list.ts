// The member's and lead's list of sessions: what most session actions answer with, a notice
// on top saying what just happened.
import { sessionListCard } from '../../cards/sessions/session-list.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import type { NetworkService } from '../../services/sessions/network-service.js';
import type { Clock } from '../../services/time/clock.js';
import type { ActionContext } from '../actions/action-request.js';
import { formatLocalDate, listDateFormat } from '../format.js';
import type { SessionNotifier } from './notifier.js';
import { listItem } from './views.js';

export type Notice = { text: string; tone: 'good' | 'attention' };

/** Sessions that began this long ago still show, so the lead can record attendance. */
const RECENTLY_STARTED_MS = 3 * 24 * 3_600_000;

export interface SessionDeps {
  networks: NetworkService;
  clock: Clock;
  sessionNotifier: SessionNotifier;
  /** The network's calendar link (feed token URL), or undefined when no public URL is configured. */
  calendarUrl: (token: string, sessionId?: string) => string | undefined;
}

export function sessionList({ networks, clock, calendarUrl }: SessionDeps) {
  return async (a: ActionContext, notice?: Notice): Promise<AdaptiveCard> => {
    const now = clock.now();
    const upcoming = await networks.upcoming(a.actor.id, new Date(now.getTime() - RECENTLY_STARTED_MS));
    const mine = await networks.networksOf(a.actor.id);
    const byId = new Map(mine.map((n) => [n.networkId, n]));
    const date = listDateFormat(upcoming.map((u) => u.session.date), a.locale);
    const items = await Promise.all(
      upcoming.map(async (u) => {
        const token = await networks.feedToken(a.actor, u.network.id);
        const links = token.ok ? { calendarUrl: calendarUrl(token.token, u.session.id), feedUrl: calendarUrl(token.token) } : {};
        return listItem(u, byId.get(u.network.id), a.locale, now, links, date);
      }),
    );
    const ledNetworks = mine.filter((n) => networks.roleOf(n, a.actor.id) === 'lead').map((n) => ({ id: n.networkId, name: n.name }));
    return sessionListCard({ messages: a.messages, items, ledNetworks, notice });
  };
}

/** A session's date as the person reads it, or '' when it is gone. */
export async function sessionDate(networks: NetworkService, a: ActionContext, networkId: string, sessionId: string): Promise<string> {
  const session = await networks.session(networkId, sessionId);
  return session ? formatLocalDate(session.date, a.locale) : '';
}
