// A coordinator answers a claimed request: the answer form, and sending the answer, which
// reaches the professional in personal chat (or waits in "Mina konsultationer").
import { answerFormCard } from '../../cards/consultation/answer-form.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { VERBS } from '../../cards/verbs.js';
import { MAX_FREE_TEXT } from '../../services/consultation/codes.js';
import { ANSWER_FIELDS } from '../../services/consultation/coordinator-inputs.js';
import type { PrivacyKinds } from '../../services/consultation/fields.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { formSchema } from '../actions/form-input.js';
import { refusalCard } from '../refusals.js';
import { recordRef, requestOutcome, type CoordinatorDeps } from './coordinator.routes.js';
import { CHANNEL_MESSAGES, consultationView, fieldState } from './views.js';

const answerSchema = recordRef.extend(formSchema(ANSWER_FIELDS).shape);

export function answerRoutes(deps: CoordinatorDeps): Record<'consultation.answer.open' | 'consultation.answer.submit', Route> {
  const { consultations, notifier, directory } = deps;
  const { changed, refused } = requestOutcome(deps);

  /** The form for the request as stored now, with what was typed and what was wrong. */
  const answerForm = async (a: ActionContext, rcId: string, id: string, values: Readonly<Record<string, string | undefined>> = {}, errors = {}, privacy: Partial<Record<string, PrivacyKinds>> = {}): Promise<AdaptiveCard> => {
    const found = await consultations.viewAsCoordinator(a.actor, rcId, id);
    if (!found.ok) return refusalCard(a.messages, found);
    const consultation = consultationView(directory(), found.record, 'sv');
    return answerFormCard({ messages: CHANNEL_MESSAGES, ...fieldState(values, errors, privacy), consultation, maxAnswerLength: MAX_FREE_TEXT });
  };

  return {
    [VERBS.consultationAnswerOpen]: route({
      schema: recordRef,
      handle: async ({ rcId, id }, a) => answerForm(a, rcId, id),
    }),

    [VERBS.consultationAnswerSubmit]: route({
      schema: answerSchema,
      invalid: async (errors, a, typed) => (typed.rcId && typed.id ? answerForm(a, typed.rcId, typed.id, typed, errors) : refusalCard(a.messages, { reason: 'invalid_input' })),
      handle: async ({ rcId, id, ...input }, a) => {
        const result = await consultations.answer(a.actor, rcId, id, input);
        if (result.ok) {
          const delivered = await notifier.deliverAnswer(result.record);
          const c = CHANNEL_MESSAGES.consultation.channel;
          return changed(result.record, { text: delivered ? c.answerSent : c.answerKept, tone: delivered ? 'good' : 'attention' });
        }
        if (result.reason === 'invalid') return answerForm(a, rcId, id, input, result.errors, result.privacy);
        return refused(a, rcId, id, result);
      },
    }),
  };
}
