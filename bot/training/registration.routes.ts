// "Utbildningar": the list, registering (with the waiting list), giving up a place (the first
// waiting moves in and is told), and the evaluation after the training.
import { z } from 'zod';
import { fill } from '../../cards/i18n/catalogue.js';
import { trainingEvaluationCard } from '../../cards/training/after.card.js';
import { VERBS } from '../../cards/verbs.js';
import { EVALUATION_FIELDS, REGISTER_FIELDS } from '../../services/training/inputs.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { cardId, formSchema } from '../actions/form-input.js';
import { refusalCard } from '../refusals.js';
import { trainingList, type TrainingDeps } from './deps.js';
import { trainingFieldTexts, trainingRefusal, warned, type FieldPrivacy, type FormValues } from './views.js';

const eventRef = z.object({ rcId: cardId, eventId: cardId });
const registerSchema = formSchema(REGISTER_FIELDS).extend(eventRef.shape);
const evaluateSchema = formSchema(EVALUATION_FIELDS).extend(eventRef.shape);

type Verbs = 'training.list' | 'training.register' | 'training.unregister' | 'training.waitlist' | 'training.waitlist.leave' | 'training.evaluate';

export function trainingRegistrationRoutes(deps: TrainingDeps): Record<Verbs, Route> {
  const { trainings, trainingNotifier: notifier } = deps;
  const list = trainingList(deps);
  const fieldNotice = (a: ActionContext, errors: FormValues) => ({ text: Object.values(trainingFieldTexts(a.messages, errors)).join(' '), tone: 'attention' as const });
  const evaluationForm = async (a: ActionContext, rcId: string, eventId: string, values: FormValues, errors: FormValues = {}, privacy: FieldPrivacy = {}, done = false) =>
    trainingEvaluationCard({
      messages: a.messages,
      rcId,
      eventId,
      title: (await trainings.event(rcId, eventId))?.title ?? '',
      values,
      errors: trainingFieldTexts(a.messages, errors, privacy),
      warned: warned(privacy),
      done,
    });

  return {
    [VERBS.trainingList]: route({ schema: z.object({}), handle: async (_input, a) => list(a) }),

    [VERBS.trainingRegister]: route({
      schema: registerSchema,
      handle: async ({ rcId, eventId, municipality }, a) => {
        const result = await trainings.register(a.actor, rcId, eventId, { municipality });
        if (!result.ok) return list(a, result.reason === 'invalid' ? fieldNotice(a, result.errors) : trainingRefusal(a.messages, result), municipality);
        return list(a, { text: fill(a.messages.training.registration.registered, { title: result.event.title }), tone: 'good' }, municipality);
      },
      invalid: async (fields, a) => list(a, fieldNotice(a, fields)),
    }),

    [VERBS.trainingWaitlist]: route({
      schema: registerSchema,
      handle: async ({ rcId, eventId, municipality }, a) => {
        const result = await trainings.joinWaitingList(a.actor, rcId, eventId, { municipality });
        if (!result.ok) return list(a, result.reason === 'invalid' ? fieldNotice(a, result.errors) : trainingRefusal(a.messages, result), municipality);
        return list(a, { text: fill(a.messages.training.registration.queued, { position: result.position }), tone: 'good' }, municipality);
      },
      invalid: async (fields, a) => list(a, fieldNotice(a, fields)),
    }),

    [VERBS.trainingUnregister]: route({
      schema: eventRef,
      handle: async ({ rcId, eventId }, a) => {
        const result = await trainings.unregister(a.actor, rcId, eventId);
        if (!result.ok) return list(a, trainingRefusal(a.messages, result));
        await notifier.promoted(result.event, result.promoted);
        return list(a, { text: a.messages.training.registration.unregistered, tone: 'good' });
      },
    }),

    [VERBS.trainingWaitlistLeave]: route({
      schema: eventRef,
      handle: async ({ rcId, eventId }, a) => {
        const result = await trainings.leaveWaitingList(a.actor, rcId, eventId);
        return list(a, result.ok ? { text: a.messages.training.registration.leftWaitlist, tone: 'good' } : trainingRefusal(a.messages, result));
      },
    }),

    [VERBS.trainingEvaluate]: route({
      schema: evaluateSchema,
      handle: async ({ rcId, eventId, ...input }, a) => {
        const result = await trainings.evaluate(a.actor, rcId, eventId, input);
        if (result.ok) return evaluationForm(a, rcId, eventId, {}, {}, {}, true);
        if (result.reason === 'invalid') return evaluationForm(a, rcId, eventId, input, result.errors, result.privacy);
        if (result.reason === 'already_rated') return evaluationForm(a, rcId, eventId, {}, {}, {}, true);
        return refusalCard(a.messages, result);
      },
      invalid: async (fields, a, typed) => evaluationForm(a, typed.rcId ?? '', typed.eventId ?? '', typed, fields),
    }),
  };
}
