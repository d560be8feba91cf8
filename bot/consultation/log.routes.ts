// A coordinator logs a consultation that came by phone, e-mail or a meeting, in the RC's
// channel: the same case core as a request, closed at once, counted like any other.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { logFormCard } from '../../cards/consultation/log-form.card.js';
import { fill } from '../../cards/i18n/catalogue.js';
import { VERBS } from '../../cards/verbs.js';
import { MAX_FREE_TEXT } from '../../services/consultation/codes.js';
import type { ConsultationService } from '../../services/consultation/consultation-service.js';
import { LOG_FIELDS } from '../../services/consultation/coordinator-inputs.js';
import type { PrivacyKinds } from '../../services/consultation/fields.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import { route, type Route } from '../actions/action-request.js';
import { formSchema } from '../actions/form-input.js';
import { placeChoices } from '../directory/place-choices.js';
import { refusalCard, refusalNotice } from '../refusals.js';
import { CHANNEL_MESSAGES, fieldState } from './views.js';

export interface LogDeps {
  consultations: ConsultationService;
  directory: () => DirectoryIndex;
}

type Notice = { text: string; tone: 'good' | 'attention' };

export function logRoutes({ consultations, directory }: LogDeps): Record<'consultation.log.open' | 'consultation.log.submit', Route> {
  const form = (values: Readonly<Record<string, string | undefined>>, errors = {}, privacy: Partial<Record<string, PrivacyKinds>> = {}, notice?: Notice) =>
    logFormCard({
      messages: CHANNEL_MESSAGES,
      ...fieldState(values, errors, privacy),
      municipalities: placeChoices(directory(), { counties: false }),
      submissionKey: values.submissionKey || randomUUID(),
      maxTextLength: MAX_FREE_TEXT,
      notice,
    });

  return {
    [VERBS.consultationLogOpen]: route({
      schema: z.object({}),
      // Only from an RC's bound channel; the service checks again when the form is sent.
      handle: async (_input, a) => (a.actor.coordinatorOf.length > 0 ? form({}) : refusalCard(a.messages, { reason: 'not_coordinator' })),
    }),

    [VERBS.consultationLogSubmit]: route({
      schema: formSchema(LOG_FIELDS),
      invalid: async (errors, _a, typed) => form(typed, errors),
      handle: async (input, a) => {
        const result = await consultations.logConsultation(a.actor, a.actor.coordinatorOf[0] ?? '', input);
        if (result.ok) return form({}, {}, {}, { text: fill(CHANNEL_MESSAGES.consultation.log.saved, { reference: result.record.reference }), tone: 'good' });
        if (result.reason === 'invalid') return form(input, result.errors, result.privacy);
        if (result.reason === 'not_coordinator') return refusalCard(a.messages, result);
        return form(input, {}, {}, refusalNotice(CHANNEL_MESSAGES, result));
      },
    }),
  };
}
