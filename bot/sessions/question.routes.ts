// Members send de-identified questions to a session in advance, and may take one back.
import { z } from 'zod';
import { fill } from '../../cards/i18n/catalogue.js';
import { noticeCard } from '../../cards/notice.card.js';
import { questionSentCard, sessionQuestionCard } from '../../cards/sessions/session-question.card.js';
import { VERBS } from '../../cards/verbs.js';
import { MAX_FREE_TEXT } from '../../services/consultation/codes.js';
import type { PrivacyKinds } from '../../services/consultation/fields.js';
import { QUESTION_FIELDS } from '../../services/sessions/inputs.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { cardId, formSchema } from '../actions/form-input.js';
import { fieldState } from '../consultation/views.js';
import { refusalNotice } from '../refusals.js';
import { sessionRef } from './booking.routes.js';
import { sessionDate, sessionList, type SessionDeps } from './session-list.js';

const sendSchema = sessionRef.extend(formSchema(QUESTION_FIELDS).shape);

type Verbs = 'session.question.open' | 'session.question.send' | 'session.question.withdraw';

export function questionRoutes(deps: SessionDeps): Record<Verbs, Route> {
  const { networks } = deps;
  const list = sessionList(deps);
  const form = async (a: ActionContext, networkId: string, sessionId: string, values: Readonly<Record<string, string | undefined>> = {}, errors = {}, privacy: Partial<Record<string, PrivacyKinds>> = {}) =>
    sessionQuestionCard({ messages: a.messages, ...fieldState(values, errors, privacy), networkId, sessionId, date: await sessionDate(networks, a, networkId, sessionId), maxLength: MAX_FREE_TEXT });

  return {
    [VERBS.sessionQuestionOpen]: route({
      schema: sessionRef,
      handle: async ({ networkId, sessionId }, a) => form(a, networkId, sessionId),
    }),

    [VERBS.sessionQuestionSend]: route({
      schema: sendSchema,
      invalid: async (errors, a, typed) => (typed.networkId && typed.sessionId ? form(a, typed.networkId, typed.sessionId, typed, errors) : list(a, refusalNotice(a.messages, { reason: 'invalid_input' }))),
      handle: async ({ networkId, sessionId, ...input }, a) => {
        const result = await networks.submitQuestion(a.actor, networkId, sessionId, input);
        if (result.ok) return questionSentCard({ messages: a.messages, networkId, questionId: result.question.id, date: await sessionDate(networks, a, networkId, sessionId) });
        if (result.reason === 'invalid') return form(a, networkId, sessionId, input, result.errors, result.privacy);
        return list(a, refusalNotice(a.messages, result));
      },
    }),

    [VERBS.sessionQuestionWithdraw]: route({
      schema: z.object({ networkId: cardId, questionId: cardId }),
      handle: async ({ networkId, questionId }, a) => {
        const result = await networks.withdrawQuestion(a.actor, networkId, questionId);
        if (!result.ok) return list(a, refusalNotice(a.messages, result));
        return noticeCard({ messages: a.messages, text: fill(a.messages.sessions.question.withdrawn, {}) });
      },
    }),
  };
}
