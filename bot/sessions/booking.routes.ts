// Members and deputies book their organisation's place, leave it, queue for a full session,
// and leave the queue. NetworkService checks the person's place in the stored network.
import { z } from 'zod';
import { fill } from '../../cards/i18n/catalogue.js';
import { VERBS } from '../../cards/verbs.js';
import { route, type Route } from '../actions/action-request.js';
import { cardId } from '../actions/form-input.js';
import { refusalNotice } from '../refusals.js';
import { sessionList, type SessionDeps } from './session-list.js';

export const sessionRef = z.object({ networkId: cardId, sessionId: cardId });

type Verbs = 'session.list' | 'session.book' | 'session.unbook' | 'session.waitlist' | 'session.waitlist.leave';

export function bookingRoutes(deps: SessionDeps): Record<Verbs, Route> {
  const { networks, sessionNotifier: notifier } = deps;
  const list = sessionList(deps);
  const orgName = async (networkId: string, orgId: string) => (await networks.network(networkId))?.organisations.find((o) => o.id === orgId)?.name ?? '';

  return {
    [VERBS.sessionList]: route({ schema: z.object({}), handle: async (_input, a) => list(a) }),

    [VERBS.sessionBook]: route({
      schema: sessionRef,
      handle: async ({ networkId, sessionId }, a) => {
        const result = await networks.book(a.actor, networkId, sessionId);
        if (!result.ok) return list(a, refusalNotice(a.messages, result));
        return list(a, { text: fill(a.messages.sessions.booking.booked, { org: await orgName(networkId, result.booking.orgId) }), tone: 'good' });
      },
    }),

    [VERBS.sessionUnbook]: route({
      schema: sessionRef,
      handle: async ({ networkId, sessionId }, a) => {
        const result = await networks.unbook(a.actor, networkId, sessionId);
        if (!result.ok) return list(a, refusalNotice(a.messages, result));
        await notifier.promoted(await networks.network(networkId), result.session, result.promoted);
        return list(a, { text: a.messages.sessions.booking.unbooked, tone: 'good' });
      },
    }),

    [VERBS.sessionWaitlist]: route({
      schema: sessionRef,
      handle: async ({ networkId, sessionId }, a) => {
        const result = await networks.joinWaitingList(a.actor, networkId, sessionId);
        if (!result.ok) return list(a, refusalNotice(a.messages, result));
        return list(a, { text: fill(a.messages.sessions.booking.queued, { position: result.position }), tone: 'good' });
      },
    }),

    [VERBS.sessionWaitlistLeave]: route({
      schema: sessionRef,
      handle: async ({ networkId, sessionId }, a) => {
        const result = await networks.leaveWaitingList(a.actor, networkId, sessionId);
        return list(a, result.ok ? { text: a.messages.sessions.booking.leftWaitlist, tone: 'good' } : refusalNotice(a.messages, result));
      },
    }),
  };
}
