// After a session: the lead records which organisations were there, and each participant
// rates the session once.
import { z } from 'zod';
import { fillCount } from '../../cards/i18n/catalogue.js';
import { attendanceCard, sessionRatingCard } from '../../cards/sessions/attendance.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { VERBS } from '../../cards/verbs.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { formatLocalDate } from '../format.js';
import { refusalNotice } from '../refusals.js';
import { sessionRef } from './booking.routes.js';
import { sessionDate, sessionList, type Notice, type SessionDeps } from './session-list.js';

/** The attendance card has one toggle per organisation, `org_<id>`, 'true' when present. */
const ORG_TOGGLE = /^org_(.+)$/;
const attendanceSchema = sessionRef.catchall(z.unknown()).transform(({ networkId, sessionId, ...toggles }) => ({
  networkId,
  sessionId,
  present: Object.entries(toggles).flatMap(([key, value]) => {
    const orgId = ORG_TOGGLE.exec(key)?.[1];
    return orgId && value === 'true' ? [orgId] : [];
  }),
}));

type Verbs = 'session.attendance.open' | 'session.attendance.save' | 'session.rate';

export function attendanceRoutes(deps: SessionDeps): Record<Verbs, Route> {
  const { networks, sessionNotifier: notifier } = deps;
  const list = sessionList(deps);

  const sheet = async (a: ActionContext, networkId: string, sessionId: string, notice?: Notice): Promise<AdaptiveCard> => {
    const found = await networks.attendanceSheet(a.actor, networkId, sessionId);
    if (!found.ok) return list(a, refusalNotice(a.messages, found));
    const { network, session } = found;
    const organisations = network.organisations.map((o) => ({ id: o.id, name: o.name, booked: session.bookings.some((b) => b.orgId === o.id) }));
    return attendanceCard({ messages: a.messages, networkId, sessionId, date: formatLocalDate(session.date, a.locale), organisations, notice });
  };

  return {
    [VERBS.sessionAttendanceOpen]: route({ schema: sessionRef, handle: async ({ networkId, sessionId }, a) => sheet(a, networkId, sessionId) }),

    [VERBS.sessionAttendanceSave]: route({
      schema: attendanceSchema,
      handle: async ({ networkId, sessionId, present }, a) => {
        const result = await networks.recordAttendance(a.actor, networkId, sessionId, present);
        if (!result.ok) return sheet(a, networkId, sessionId, refusalNotice(a.messages, result));
        await notifier.attendanceRecorded(networkId, result.session, result.participants);
        const carried = result.questions.moved.length;
        return sheet(a, networkId, sessionId, { text: fillCount(a.messages, a.messages.sessions.attendance.saved, carried), tone: 'good' });
      },
    }),

    [VERBS.sessionRate]: route({
      schema: sessionRef.extend({ rating: z.coerce.number() }),
      handle: async ({ networkId, sessionId, rating }, a) => {
        const result = await networks.rateSession(a.actor, networkId, sessionId, rating);
        const date = await sessionDate(networks, a, networkId, sessionId);
        if (!result.ok && result.reason !== 'already_rated') return list(a, refusalNotice(a.messages, result));
        return sessionRatingCard({ messages: a.messages, networkId, sessionId, date, rated: true });
      },
    }),
  };
}
