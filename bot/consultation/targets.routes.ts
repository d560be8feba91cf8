// Administrators set each RC's response targets (ordinary and urgent, in working hours).
import { z } from 'zod';
import { targetsFormCard, type TargetsFormView } from '../../cards/consultation/targets-form.card.js';
import { fill } from '../../cards/i18n/catalogue.js';
import { VERBS } from '../../cards/verbs.js';
import type { ConsultationService } from '../../services/consultation/consultation-service.js';
import { TARGET_FIELDS } from '../../services/consultation/response-target-settings.js';
import { DEFAULT_RESPONSE_TARGETS } from '../../services/consultation/response-targets.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import { administers } from '../../services/rights/actor.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { cardId, formSchema } from '../actions/form-input.js';
import { refusalCard, refusalNotice } from '../refusals.js';

export interface TargetsDeps {
  consultations: ConsultationService;
  directory: () => DirectoryIndex;
}

const submitSchema = formSchema(TARGET_FIELDS).extend({ centreId: cardId });

export function targetsRoutes({ consultations, directory }: TargetsDeps): Record<'centre.targets.open' | 'centre.targets.submit', Route> {
  const centres = () => directory().centres.filter((c) => c.services.includes('consultation')).map((c) => ({ id: c.id, name: c.name }));
  const form = (a: ActionContext, values: TargetsFormView['values'], errors: TargetsFormView['errors'] = {}, notice?: TargetsFormView['notice']) =>
    targetsFormCard({ messages: a.messages, centres: centres(), values, errors, notice });
  const defaults = { normalHours: String(DEFAULT_RESPONSE_TARGETS.normalHours), urgentHours: String(DEFAULT_RESPONSE_TARGETS.urgentHours) };

  return {
    [VERBS.targetsOpen]: route({
      schema: z.object({}),
      handle: async (_input, a) => (administers(a.actor) ? form(a, defaults) : refusalCard(a.messages, { reason: 'not_admin' })),
    }),

    [VERBS.targetsSubmit]: route({
      schema: submitSchema,
      invalid: async (_errors, a, typed) => form(a, { ...defaults, ...typed }, {}, refusalNotice(a.messages, { reason: 'unknown_centre' })),
      handle: async ({ centreId, ...input }, a) => {
        const result = await consultations.setResponseTargets(a.actor, centreId, input);
        const typed = { centreId, normalHours: input.normalHours ?? '', urgentHours: input.urgentHours ?? '' };
        if (result.ok) {
          const text = fill(a.messages.consultation.targets.saved, { centre: directory().centre(centreId)?.name ?? centreId, normal: result.targets.normalHours, urgent: result.targets.urgentHours });
          return form(a, { centreId, normalHours: String(result.targets.normalHours), urgentHours: String(result.targets.urgentHours) }, {}, { text, tone: 'good' });
        }
        if (result.reason === 'invalid') return form(a, typed, result.errors);
        if (result.reason === 'not_admin') return refusalCard(a.messages, result);
        return form(a, typed, {}, refusalNotice(a.messages, result));
      },
    }),
  };
}
