// A lead plans a series of sessions, and cancels or moves one; everyone concerned is told.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { fill, fillCount } from '../../cards/i18n/catalogue.js';
import { cancelSessionCard, rescheduleCard } from '../../cards/sessions/attendance.card.js';
import { seriesCreatedCard, seriesFormCard } from '../../cards/sessions/series-form.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { VERBS } from '../../cards/verbs.js';
import { RESCHEDULE_FIELDS } from '../../services/sessions/inputs.js';
import { SERIES_FIELDS } from '../../services/sessions/series.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { cardId, formSchema } from '../actions/form-input.js';
import { formatLocalDate, listDateFormat } from '../format.js';
import { fieldErrorTexts, refusalNotice, refusalText } from '../refusals.js';
import { sessionRef } from './booking.routes.js';
import { sessionDate, sessionList, type SessionDeps } from './session-list.js';

const seriesSchema = z.object({ networkId: cardId }).extend(formSchema(SERIES_FIELDS).shape);
const cancelSchema = sessionRef.extend(formSchema(['reason', 'confirmWarnings'] as const).shape);
const rescheduleSchema = sessionRef.extend(formSchema(RESCHEDULE_FIELDS).shape);

type Verbs = 'session.series.open' | 'session.series.submit' | 'session.cancel.open' | 'session.cancel.submit' | 'session.reschedule.open' | 'session.reschedule.submit';

export function leadRoutes(deps: SessionDeps): Record<Verbs, Route> {
  const { networks, sessionNotifier: notifier } = deps;
  const list = sessionList(deps);

  const seriesForm = async (a: ActionContext, networkId: string, values: Readonly<Record<string, string | undefined>> = {}, errors: Record<string, string> = {}): Promise<AdaptiveCard> => {
    const led = await networks.ledNetwork(a.actor, networkId);
    if (!led.ok) return list(a, refusalNotice(a.messages, led));
    const submissionKey = values.submissionKey || randomUUID();
    return seriesFormCard({ messages: a.messages, networkId, networkName: led.network.name, values: { meetingUrl: led.network.meetingUrl, ...values }, errors, submissionKey });
  };
  const reschedule = async (a: ActionContext, networkId: string, sessionId: string, typed: Readonly<Record<string, string | undefined>> = {}, error?: string) => {
    const session = await networks.session(networkId, sessionId);
    if (!session) return list(a, refusalNotice(a.messages, { reason: 'not_found' }));
    const values = { date: typed.date ?? session.date, startTime: typed.startTime ?? session.start, ...(typed.meetingUrl ? { meetingUrl: typed.meetingUrl } : {}) };
    return rescheduleCard({ messages: a.messages, networkId, sessionId, date: formatLocalDate(session.date, a.locale), values, error });
  };

  return {
    [VERBS.sessionSeriesOpen]: route({ schema: z.object({ networkId: cardId }), handle: async ({ networkId }, a) => seriesForm(a, networkId) }),

    [VERBS.sessionSeriesSubmit]: route({
      schema: seriesSchema,
      // A field no card sends as such: the form comes back with everything else that was typed.
      invalid: async (errors, a, typed) => (typed.networkId ? seriesForm(a, typed.networkId, typed, fieldErrorTexts(a.messages, errors)) : list(a, refusalNotice(a.messages, { reason: 'invalid_input' }))),
      handle: async ({ networkId, ...input }, a) => {
        const result = await networks.createSeries(a.actor, networkId, { ...input, submissionKey: input.submissionKey || randomUUID() });
        if (result.ok) {
          const network = await networks.network(networkId);
          if (!result.duplicate && network) await notifier.seriesPlanned(network, result.sessions);
          // One year for the whole card: the planned dates and the holidays they moved from.
          const date = listDateFormat([...result.sessions.map((s) => s.date), ...result.affected.map((x) => x.scheduledDate)], a.locale);
          return seriesCreatedCard({
            messages: a.messages,
            networkName: network?.name ?? '',
            dates: result.sessions.map((s) => `${date(s.date)} ${s.start}`),
            affected: result.affected.map((x) => ({ date: date(x.scheduledDate), movedTo: x.movedTo ? date(x.movedTo) : null, reason: x.reason })),
          });
        }
        if (result.reason === 'invalid') return seriesForm(a, networkId, input, fieldErrorTexts(a.messages, result.errors));
        if (result.reason === 'not_lead' || result.reason === 'not_found') return list(a, refusalNotice(a.messages, result));
        return seriesForm(a, networkId, input, { end: refusalText(a.messages, result) });
      },
    }),

    [VERBS.sessionCancelOpen]: route({
      schema: sessionRef,
      handle: async ({ networkId, sessionId }, a) => cancelSessionCard({ messages: a.messages, networkId, sessionId, date: await sessionDate(networks, a, networkId, sessionId) }),
    }),

    [VERBS.sessionCancelSubmit]: route({
      schema: cancelSchema,
      invalid: async (errors, a, typed) =>
        typed.networkId && typed.sessionId
          ? cancelSessionCard({ messages: a.messages, networkId: typed.networkId, sessionId: typed.sessionId, date: await sessionDate(networks, a, typed.networkId, typed.sessionId), reason: typed.reason, error: Object.values(fieldErrorTexts(a.messages, errors)).join(' ') })
          : list(a, refusalNotice(a.messages, { reason: 'invalid_input' })),
      handle: async ({ networkId, sessionId, reason = '', confirmWarnings }, a) => {
        const result = await networks.cancelSession(a.actor, networkId, sessionId, reason, { confirmWarnings: confirmWarnings === 'true' });
        if (result.ok) {
          await notifier.sessionCancelled(await networks.network(networkId), result.session, result.notify, result.session.cancelReason ?? reason);
          return list(a, { text: fillCount(a.messages, a.messages.sessions.cancel.done, result.notify.booked.length), tone: 'good' });
        }
        const error = result.reason === 'invalid' ? fieldErrorTexts(a.messages, result.errors, result.privacy).reason : refusalText(a.messages, result);
        return cancelSessionCard({ messages: a.messages, networkId, sessionId, date: await sessionDate(networks, a, networkId, sessionId), reason, error });
      },
    }),

    [VERBS.sessionRescheduleOpen]: route({ schema: sessionRef, handle: async ({ networkId, sessionId }, a) => reschedule(a, networkId, sessionId) }),

    [VERBS.sessionRescheduleSubmit]: route({
      schema: rescheduleSchema,
      invalid: async (errors, a, typed) =>
        typed.networkId && typed.sessionId
          ? reschedule(a, typed.networkId, typed.sessionId, typed, Object.values(fieldErrorTexts(a.messages, errors)).join(' '))
          : list(a, refusalNotice(a.messages, { reason: 'invalid_input' })),
      handle: async ({ networkId, sessionId, ...change }, a) => {
        const result = await networks.rescheduleSession(a.actor, networkId, sessionId, change);
        if (result.ok) {
          if (result.changed) await notifier.sessionRescheduled(await networks.network(networkId), result.session, result.notify);
          return list(a, { text: fillCount(a.messages, a.messages.sessions.reschedule.done, result.changed ? result.notify.booked.length : 0), tone: 'good' });
        }
        const error = result.reason === 'invalid' ? Object.values(fieldErrorTexts(a.messages, result.errors)).join(' ') : refusalText(a.messages, result);
        return reschedule(a, networkId, sessionId, change, error);
      },
    }),
  };
}
