// The RC's coordinators answer an order from their channel: take it, propose dates, or
// decline with a reason. The channel card is updated in place and the requester told each time.
import { z } from 'zod';
import { declineRequestCard, proposeDatesCard } from '../../cards/training/answer-forms.card.js';
import { trainingRequestsCard } from '../../cards/training/request-channel.card.js';
import { VERBS } from '../../cards/verbs.js';
import { coordinates } from '../../services/rights/actor.js';
import { PROPOSAL_FIELDS, REASON_FIELDS } from '../../services/training/inputs.js';
import type { TrainingRequest } from '../../services/training/model.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { cardId, formSchema } from '../actions/form-input.js';
import { refusalCard } from '../refusals.js';
import type { TrainingDeps } from './deps.js';
import { requestView, trainingFieldTexts, trainingRefusal, warned, type FieldPrivacy, type FormValues } from './views.js';

const requestRef = z.object({ rcId: cardId, requestId: cardId });
const proposeSchema = formSchema(PROPOSAL_FIELDS).extend(requestRef.shape);
const declineSchema = formSchema(REASON_FIELDS).extend(requestRef.shape);

type Verbs = 'training.requests' | 'training.request.take' | 'training.request.propose.open' | 'training.request.propose.submit' | 'training.request.decline.open' | 'training.request.decline.submit';

export function trainingCoordinatorRoutes({ trainings, trainingNotifier: notifier, directory }: TrainingDeps): Record<Verbs, Route> {
  /** After a step: the channel card (this one and the posted one) shows the new state; the requester is told. */
  const stepDone = async (request: TrainingRequest, text?: string) => {
    const notice = text ? { text, tone: 'good' as const } : undefined;
    await notifier.refresh(request, notice);
    await notifier.tellRequester(request);
    return notifier.channelCard(request, notice);
  };
  const refused = async (a: ActionContext, rcId: string, requestId: string, refusal: Parameters<typeof trainingRefusal>[1]) => {
    const request = await trainings.request(rcId, requestId);
    return request && coordinates(a.actor, rcId) ? notifier.channelCard(request, trainingRefusal(a.messages, refusal)) : refusalCard(a.messages, refusal);
  };
  const proposeForm = async (a: ActionContext, rcId: string, requestId: string, values: FormValues, errors: FormValues = {}) => {
    const request = await trainings.request(rcId, requestId);
    if (!request) return refusalCard(a.messages, { reason: 'not_found' });
    return proposeDatesCard({ messages: a.messages, rcId, requestId, topic: a.messages.training.topics[request.topic], values, errors: trainingFieldTexts(a.messages, errors) });
  };
  const declineForm = (a: ActionContext, rcId: string, requestId: string, values: FormValues, errors: FormValues = {}, privacy: FieldPrivacy = {}) =>
    declineRequestCard({ messages: a.messages, rcId, requestId, values, errors: trainingFieldTexts(a.messages, errors, privacy), warned: warned(privacy) });

  return {
    [VERBS.trainingRequests]: route({
      schema: z.object({ rcId: cardId }),
      handle: async ({ rcId }, a) => {
        const result = await trainings.openRequests(a.actor, rcId);
        if (!result.ok) return refusalCard(a.messages, result);
        return trainingRequestsCard({ messages: a.messages, requests: result.requests.map((r) => requestView(directory(), r, a.messages, a.locale)) });
      },
    }),

    [VERBS.trainingRequestTake]: route({
      schema: requestRef,
      handle: async ({ rcId, requestId }, a) => {
        const result = await trainings.takeRequest(a.actor, rcId, requestId);
        return result.ok ? stepDone(result.request) : refused(a, rcId, requestId, result);
      },
    }),

    [VERBS.trainingProposeOpen]: route({
      schema: requestRef,
      handle: async ({ rcId, requestId }, a) => (coordinates(a.actor, rcId) ? proposeForm(a, rcId, requestId, {}) : refusalCard(a.messages, { reason: 'not_coordinator' })),
    }),

    [VERBS.trainingProposeSubmit]: route({
      schema: proposeSchema,
      handle: async ({ rcId, requestId, ...input }, a) => {
        const result = await trainings.proposeDates(a.actor, rcId, requestId, input);
        if (result.ok) return stepDone(result.request, a.messages.training.propose.done);
        if (result.reason === 'invalid') return proposeForm(a, rcId, requestId, input, result.errors);
        return refused(a, rcId, requestId, result);
      },
      invalid: async (fields, a, typed) => proposeForm(a, typed.rcId ?? '', typed.requestId ?? '', typed, fields),
    }),

    [VERBS.trainingDeclineOpen]: route({
      schema: requestRef,
      handle: async ({ rcId, requestId }, a) => (coordinates(a.actor, rcId) ? declineForm(a, rcId, requestId, {}) : refusalCard(a.messages, { reason: 'not_coordinator' })),
    }),

    [VERBS.trainingDeclineSubmit]: route({
      schema: declineSchema,
      handle: async ({ rcId, requestId, ...input }, a) => {
        const result = await trainings.declineRequest(a.actor, rcId, requestId, input);
        if (result.ok) return stepDone(result.request, a.messages.training.decline.done);
        if (result.reason === 'invalid') return declineForm(a, rcId, requestId, input, result.errors, result.privacy);
        return refused(a, rcId, requestId, result);
      },
      invalid: async (fields, a, typed) => declineForm(a, typed.rcId ?? '', typed.requestId ?? '', typed, fields),
    }),
  };
}
