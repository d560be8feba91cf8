// The lead runs the agenda: questions discussed or carried over to the next session, the
// order, and items that are not cases (a court ruling, a method).
import { z } from 'zod';
import { agendaCard } from '../../cards/sessions/agenda.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { VERBS } from '../../cards/verbs.js';
import type { Refusal } from '../../services/refusal.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { cardId } from '../actions/form-input.js';
import { fieldErrorTexts, refusalNotice, refusalText } from '../refusals.js';
import { sessionRef } from './booking.routes.js';
import { sessionList, type Notice, type SessionDeps } from './session-list.js';
import { formatLocalDate } from '../format.js';
import { agendaEntries } from './views.js';

const questionRef = sessionRef.extend({ questionId: cardId });
const itemSchema = sessionRef.extend({ itemKind: z.string().optional(), itemTitle: z.string().optional() });

type Verbs = 'session.agenda.show' | 'session.agenda.discussed' | 'session.agenda.carryOver' | 'session.agenda.moveUp' | 'session.agenda.addItem';

export function agendaRoutes(deps: SessionDeps): Record<Verbs, Route> {
  const { networks } = deps;
  const list = sessionList(deps);

  /** The agenda as stored now; a refusal to show it at all sends the person back to the list. */
  const agenda = async (a: ActionContext, networkId: string, sessionId: string, notice?: Notice): Promise<AdaptiveCard> => {
    const result = await networks.agenda(a.actor, networkId, sessionId);
    if (!result.ok) return list(a, refusalNotice(a.messages, result));
    const entries = agendaEntries(result.entries, await networks.network(networkId));
    return agendaCard({ messages: a.messages, networkId, sessionId, date: formatLocalDate(result.session.date, a.locale), entries, notice });
  };
  const after = (a: ActionContext, networkId: string, sessionId: string, result: { ok: true } | Refusal) =>
    agenda(a, networkId, sessionId, result.ok ? undefined : refusalNotice(a.messages, result));

  return {
    [VERBS.sessionAgendaShow]: route({ schema: sessionRef, handle: async ({ networkId, sessionId }, a) => agenda(a, networkId, sessionId) }),

    [VERBS.sessionAgendaDiscussed]: route({
      schema: questionRef,
      handle: async ({ networkId, sessionId, questionId }, a) => after(a, networkId, sessionId, await networks.markDiscussed(a.actor, networkId, sessionId, questionId)),
    }),

    [VERBS.sessionAgendaCarryOver]: route({
      schema: questionRef,
      handle: async ({ networkId, sessionId, questionId }, a) => after(a, networkId, sessionId, await networks.carryOver(a.actor, networkId, sessionId, questionId)),
    }),

    [VERBS.sessionAgendaMoveUp]: route({
      schema: questionRef,
      handle: async ({ networkId, sessionId, questionId }, a) => after(a, networkId, sessionId, await networks.moveUp(a.actor, networkId, sessionId, questionId)),
    }),

    [VERBS.sessionAgendaAddItem]: route({
      schema: itemSchema,
      handle: async ({ networkId, sessionId, itemKind, itemTitle }, a) => {
        const result = await networks.addAgendaItem(a.actor, networkId, sessionId, { kind: itemKind ?? '', title: itemTitle ?? '' });
        if (result.ok || result.reason !== 'invalid') return after(a, networkId, sessionId, result);
        // What was wrong with the title (identifying text names its kinds), not a generic refusal.
        const texts = fieldErrorTexts(a.messages, result.errors, result.privacy);
        return agenda(a, networkId, sessionId, { text: texts.title ?? texts.kind ?? refusalText(a.messages, result), tone: 'attention' });
      },
    }),
  };
}
