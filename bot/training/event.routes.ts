// The RC's coordinators plan a training (from an order or on their own), cancel or move it
// with notice to those registered, and record the participants afterwards, which sends each
// registered person the evaluation once.
import { z } from 'zod';
import { fill } from '../../cards/i18n/catalogue.js';
import { participantsFormCard } from '../../cards/training/after.card.js';
import { cancelTrainingCard, rescheduleTrainingCard, trainingEventFormCard } from '../../cards/training/event-form.card.js';
import { VERBS } from '../../cards/verbs.js';
import { coordinates } from '../../services/rights/actor.js';
import { PARTICIPANT_SECTORS, PROFESSIONS } from '../../services/training/codes.js';
import { EVENT_FIELDS, PARTICIPANT_FIELDS, REASON_FIELDS, RESCHEDULE_FIELDS } from '../../services/training/inputs.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { cardId, formSchema } from '../actions/form-input.js';
import { placeChoices } from '../directory/place-choices.js';
import { formatLocalDate } from '../format.js';
import { refusalCard } from '../refusals.js';
import { trainingList, type TrainingDeps } from './deps.js';
import { TRAINING_CODES, trainingFieldTexts, trainingRefusal, warned, type FieldPrivacy, type FormValues } from './views.js';

const eventRef = z.object({ rcId: cardId, eventId: cardId });
const openSchema = z.object({ rcId: cardId, requestId: cardId.optional() });
const planSchema = formSchema(EVENT_FIELDS).extend({ rcId: cardId });
const cancelSchema = formSchema(REASON_FIELDS).extend(eventRef.shape);
const rescheduleSchema = formSchema(RESCHEDULE_FIELDS).extend(eventRef.shape);
const participantsSchema = formSchema(PARTICIPANT_FIELDS).extend(eventRef.shape);

type Verbs =
  | 'training.event.open'
  | 'training.event.submit'
  | 'training.cancel.open'
  | 'training.cancel.submit'
  | 'training.reschedule.open'
  | 'training.reschedule.submit'
  | 'training.participants.open'
  | 'training.participants.submit';

export function trainingEventRoutes(deps: TrainingDeps): Record<Verbs, Route> {
  const { trainings, trainingNotifier: notifier, directory } = deps;
  const list = trainingList(deps);
  const notCoordinator = (a: ActionContext) => refusalCard(a.messages, { reason: 'not_coordinator' });

  const planForm = (a: ActionContext, rcId: string, requestId: string | undefined, values: FormValues, errors: FormValues = {}, privacy: FieldPrivacy = {}) =>
    trainingEventFormCard({
      messages: a.messages,
      rcId,
      ...(requestId ? { requestId } : {}),
      codes: TRAINING_CODES,
      municipalities: placeChoices(directory(), { counties: false }),
      values,
      errors: trainingFieldTexts(a.messages, errors, privacy),
    });
  const eventTitle = async (rcId: string, eventId: string) => (await trainings.event(rcId, eventId))?.title ?? '';
  const cancelForm = async (a: ActionContext, rcId: string, eventId: string, values: FormValues, errors: FormValues = {}, privacy: FieldPrivacy = {}) =>
    cancelTrainingCard({ messages: a.messages, rcId, eventId, title: await eventTitle(rcId, eventId), values, errors: trainingFieldTexts(a.messages, errors, privacy), warned: warned(privacy) });
  const rescheduleForm = async (a: ActionContext, rcId: string, eventId: string, values: FormValues, errors: FormValues = {}) =>
    rescheduleTrainingCard({ messages: a.messages, rcId, eventId, title: await eventTitle(rcId, eventId), values, errors: trainingFieldTexts(a.messages, errors) });
  const participantsForm = async (a: ActionContext, rcId: string, eventId: string, values: FormValues, errors: FormValues = {}) =>
    participantsFormCard({ messages: a.messages, rcId, eventId, title: await eventTitle(rcId, eventId), values, errors: trainingFieldTexts(a.messages, errors), professions: PROFESSIONS, sectors: PARTICIPANT_SECTORS });

  return {
    [VERBS.trainingEventOpen]: route({
      schema: openSchema,
      handle: async ({ rcId, requestId }, a) => {
        if (!coordinates(a.actor, rcId)) return notCoordinator(a);
        const request = requestId ? await trainings.request(rcId, requestId) : undefined;
        // From an order: what it asked for, filled in.
        const values = request
          ? { title: a.messages.training.topics[request.topic], topic: request.topic, trainingKind: request.trainingKind, municipality: request.municipality, capacity: String(request.participants), date: request.proposals[0]?.date, startTime: request.proposals[0]?.start }
          : {};
        return planForm(a, rcId, request?.id, values);
      },
    }),

    [VERBS.trainingEventSubmit]: route({
      schema: planSchema,
      handle: async ({ rcId, ...input }, a) => {
        const result = await trainings.planEvent(a.actor, rcId, input);
        if (!result.ok) return result.reason === 'invalid' ? planForm(a, rcId, input.requestId, input, result.errors, result.privacy) : refusalCard(a.messages, result);
        const event = result.event;
        const request = event.requestId ? await trainings.request(rcId, event.requestId) : undefined;
        if (request) {
          await notifier.refresh(request);
          await notifier.tellRequester(request, event);
        }
        return list(a, { text: fill(a.messages.training.event.planned, { title: event.title, date: formatLocalDate(event.date, a.locale), start: event.start }), tone: 'good' });
      },
      invalid: async (fields, a, typed) => planForm(a, typed.rcId ?? '', typed.requestId, typed, fields),
    }),

    [VERBS.trainingCancelOpen]: route({
      schema: eventRef,
      handle: async ({ rcId, eventId }, a) => (coordinates(a.actor, rcId) ? cancelForm(a, rcId, eventId, {}) : notCoordinator(a)),
    }),

    [VERBS.trainingCancelSubmit]: route({
      schema: cancelSchema,
      handle: async ({ rcId, eventId, ...input }, a) => {
        const result = await trainings.cancelEvent(a.actor, rcId, eventId, input);
        if (!result.ok) return result.reason === 'invalid' ? cancelForm(a, rcId, eventId, input, result.errors, result.privacy) : list(a, trainingRefusal(a.messages, result));
        await notifier.cancelled(result.event, result.notify);
        return list(a, { text: a.messages.training.cancel.done, tone: 'good' });
      },
      invalid: async (fields, a, typed) => cancelForm(a, typed.rcId ?? '', typed.eventId ?? '', typed, fields),
    }),

    [VERBS.trainingRescheduleOpen]: route({
      schema: eventRef,
      handle: async ({ rcId, eventId }, a) => {
        if (!coordinates(a.actor, rcId)) return notCoordinator(a);
        const event = await trainings.event(rcId, eventId);
        if (!event) return refusalCard(a.messages, { reason: 'not_found' });
        return rescheduleForm(a, rcId, eventId, { date: event.date, startTime: event.start, endTime: event.end, place: event.place ?? undefined, meetingUrl: event.meetingUrl ?? undefined });
      },
    }),

    [VERBS.trainingRescheduleSubmit]: route({
      schema: rescheduleSchema,
      handle: async ({ rcId, eventId, ...input }, a) => {
        const result = await trainings.rescheduleEvent(a.actor, rcId, eventId, input);
        if (!result.ok) return result.reason === 'invalid' ? rescheduleForm(a, rcId, eventId, input, result.errors) : list(a, trainingRefusal(a.messages, result));
        if (!result.changed) return list(a, { text: a.messages.training.reschedule.unchanged, tone: 'good' });
        await notifier.rescheduled(result.event, result.notify);
        return list(a, { text: a.messages.training.reschedule.done, tone: 'good' });
      },
      invalid: async (fields, a, typed) => rescheduleForm(a, typed.rcId ?? '', typed.eventId ?? '', typed, fields),
    }),

    [VERBS.trainingParticipantsOpen]: route({
      schema: eventRef,
      handle: async ({ rcId, eventId }, a) => {
        if (!coordinates(a.actor, rcId)) return notCoordinator(a);
        const event = await trainings.event(rcId, eventId);
        if (!event) return refusalCard(a.messages, { reason: 'not_found' });
        const counts = event.participants;
        const values = counts
          ? Object.fromEntries([...Object.entries(counts.byProfession).map(([k, n]) => [`prof_${k}`, String(n)]), ...Object.entries(counts.bySector).map(([k, n]) => [`sector_${k}`, String(n)])])
          : {};
        return participantsForm(a, rcId, eventId, values);
      },
    }),

    [VERBS.trainingParticipantsSubmit]: route({
      schema: participantsSchema,
      handle: async (parsed, a) => {
        // The count fields are many and named from the codes; the ids are checked by eventRef.
        const { rcId, eventId, ...input } = parsed as z.infer<typeof eventRef> & FormValues;
        const result = await trainings.recordParticipants(a.actor, rcId, eventId, input);
        if (!result.ok) return result.reason === 'invalid' ? participantsForm(a, rcId, eventId, input, result.errors) : list(a, trainingRefusal(a.messages, result));
        if (result.firstTime) await notifier.askEvaluations(result.event);
        return list(a, { text: result.firstTime ? a.messages.training.participants.done : a.messages.training.participants.corrected, tone: 'good' });
      },
      invalid: async (fields, a, typed) => participantsForm(a, typed.rcId ?? '', typed.eventId ?? '', typed, fields),
    }),
  };
}
