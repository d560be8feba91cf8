// The professional orders a training: the form, and sending it to the RC covering the
// municipality (its channel, else the national one).
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { fill } from '../../cards/i18n/catalogue.js';
import { noticeCard } from '../../cards/notice.card.js';
import { trainingRequestFormCard } from '../../cards/training/request-form.card.js';
import { VERBS } from '../../cards/verbs.js';
import type { PrivacyKinds } from '../../services/consultation/fields.js';
import { REQUEST_FIELDS } from '../../services/training/inputs.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { formSchema } from '../actions/form-input.js';
import { placeChoices } from '../directory/place-choices.js';
import type { TrainingDeps } from './deps.js';
import { TRAINING_CODES, trainingFieldTexts, warned } from './views.js';

const submitSchema = formSchema([...REQUEST_FIELDS, 'submissionKey']);

export function trainingRequestRoutes({ trainings, trainingNotifier, directory }: TrainingDeps): Record<'training.request.open' | 'training.request.submit', Route> {
  const form = (a: ActionContext, values: Readonly<Record<string, string | undefined>>, errors: Readonly<Record<string, string | undefined>> = {}, privacy: Readonly<Record<string, PrivacyKinds | undefined>> = {}) =>
    trainingRequestFormCard({
      messages: a.messages,
      codes: TRAINING_CODES,
      municipalities: placeChoices(directory(), { counties: false }),
      values,
      errors: trainingFieldTexts(a.messages, errors, privacy),
      warned: warned(privacy),
      submissionKey: values.submissionKey || randomUUID(),
    });

  return {
    [VERBS.trainingRequestOpen]: route({ schema: z.object({}), handle: async (_input, a) => form(a, {}) }),

    [VERBS.trainingRequestSubmit]: route({
      schema: submitSchema,
      handle: async (input, a) => {
        const result = await trainings.requestTraining(a.actor, input, a.reference, input.submissionKey);
        if (!result.ok) return form(a, input, result.errors, result.privacy);
        if (!result.duplicate) await trainingNotifier.announce(result.request);
        const centre = directory().centre(result.request.rcId)?.name ?? result.request.rcId;
        return noticeCard({ messages: a.messages, text: fill(a.messages.training.request.sent, { centre }) });
      },
      invalid: async (fields, a, typed) => form(a, typed, fields),
    }),
  };
}
