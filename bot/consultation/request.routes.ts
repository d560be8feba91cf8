// The professional asks: the guided request form, and sending it.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { consultationFormCard } from '../../cards/consultation/consultation-form.card.js';
import { receiptCard } from '../../cards/consultation/receipt.card.js';
import { VERBS } from '../../cards/verbs.js';
import { consultingCentresFor } from '../../services/consultation/case-fields.js';
import { MAX_FREE_TEXT } from '../../services/consultation/codes.js';
import type { ConsultationService } from '../../services/consultation/consultation-service.js';
import { SUBMISSION_FIELDS } from '../../services/consultation/submission.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { formSchema } from '../actions/form-input.js';
import { placeChoices } from '../directory/place-choices.js';
import { refusalCard } from '../refusals.js';
import type { ConsultationNotifier } from './notifier.js';
import { fieldState, receiptView } from './views.js';

export interface RequestDeps {
  consultations: ConsultationService;
  notifier: ConsultationNotifier;
  directory: () => DirectoryIndex;
}

/** The centre card's "Begär konsultation" names the centre and the place it was found for. */
const startSchema = z.object({ municipality: z.string().optional(), centreId: z.string().optional(), rcId: z.string().optional() });
const submitSchema = formSchema(SUBMISSION_FIELDS);

export function requestRoutes({ consultations, notifier, directory }: RequestDeps): Record<'consultation.start' | 'consultation.submit', Route> {
  const form = (a: ActionContext, values: Readonly<Record<string, string | undefined>>, errors = {}, privacy = {}) => {
    const index = directory();
    return consultationFormCard({
      messages: a.messages,
      ...fieldState(values, errors, privacy),
      municipalities: placeChoices(index, { counties: false }),
      centres: (consultingCentresFor(index, values.municipality ?? '') ?? []).map((c) => ({ id: c.id, name: c.name })),
      submissionKey: values.submissionKey || randomUUID(),
      maxQuestionLength: MAX_FREE_TEXT,
    });
  };

  return {
    [VERBS.consultationStart]: route({
      schema: startSchema,
      handle: async (input, a) => form(a, { municipality: input.municipality, rcId: input.rcId ?? input.centreId }),
    }),

    [VERBS.consultationSubmit]: route({
      schema: submitSchema,
      invalid: async (errors, a, typed) => form(a, typed, errors),
      handle: async (input, a) => {
        const result = await consultations.submit(a.actor, input, a.reference);
        if (result.ok) {
          const landing = result.duplicate ? await notifier.whereItWent(result.record) : await notifier.announce(result.record, { etag: result.etag });
          return receiptCard(receiptView(a.messages, directory(), result.record, result.duplicate, a.locale, landing));
        }
        if (result.reason === 'invalid') return form(a, input, result.errors, result.privacy);
        // The card's key was used for another request: keep what was typed, under a new key.
        if (result.reason === 'key_conflict') return form(a, { ...input, submissionKey: undefined });
        return refusalCard(a.messages, result);
      },
    }),
  };
}
