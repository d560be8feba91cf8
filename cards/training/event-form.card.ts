// The coordinators plan a training (from an order or on their own), cancel it, or move it.
import type { PlaceChoice } from '../centre/centre-search.card.js';
import { executeAction } from '../actions.js';
import { adaptiveCard, heading } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard } from '../types.js';
import { VERBS } from '../verbs.js';
import { codeChoice, confirmToggle, dateInput, textInput, timeInput, wholeNumber, type FormState } from './form-kit.js';
import { municipalityInput, type TrainingCodes } from './request-form.card.js';

export interface EventFormView extends FormState {
  messages: Messages;
  rcId: string;
  /** The order it answers, if any: carried in the submit's data. */
  requestId?: string;
  codes: TrainingCodes;
  municipalities: PlaceChoice[];
}

const MEETING_PLACEHOLDER = 'https://teams.microsoft.com/l/meetup-join/…';

export function trainingEventFormCard(view: EventFormView): AdaptiveCard {
  const { messages: m, codes } = view;
  const t = m.training;
  const e = t.event;
  const audiences = { open: e.audiences.open, invited: e.audiences.invited };
  return adaptiveCard(
    [
      heading(e.title),
      ...textInput(view, 'title', e.titleField, { isRequired: true, errorMessage: m.consultation.errors.required, maxLength: 120 }),
      ...codeChoice(m, view, 'topic', e.topic, t.topics, codes.topics),
      ...codeChoice(m, view, 'trainingKind', e.kind, t.kinds, codes.kinds),
      ...dateInput(m, view, 'date', e.date),
      ...timeInput(m, view, 'startTime', e.startTime),
      ...timeInput(m, view, 'endTime', e.endTime),
      ...textInput(view, 'place', e.place, { maxLength: 200 }),
      ...textInput(view, 'meetingUrl', e.meetingUrl, { placeholder: MEETING_PLACEHOLDER }),
      ...textInput(view, 'capacity', e.capacity, { isRequired: true, ...wholeNumber(m) }),
      ...municipalityInput(m, view, 'municipality', e.municipality, view.municipalities),
      ...codeChoice(m, view, 'audience', e.audience, audiences, ['open', 'invited'], { expanded: true, required: false }),
      ...municipalityInput(m, view, 'invited', e.invited, view.municipalities, true),
    ],
    [executeAction(e.submit, VERBS.trainingEventSubmit, { rcId: view.rcId, ...(view.requestId ? { requestId: view.requestId } : {}) }, { style: 'positive', associatedInputs: 'auto' })],
    { fallbackText: e.title },
  );
}

export interface CancelTrainingView extends FormState {
  messages: Messages;
  rcId: string;
  eventId: string;
  title: string;
  warned: boolean;
}

export function cancelTrainingCard(view: CancelTrainingView): AdaptiveCard {
  const { messages: m } = view;
  const c = m.training.cancel;
  const title = fill(c.title, { title: view.title });
  return adaptiveCard(
    [
      heading(title),
      ...textInput(view, 'reason', c.reason, { isRequired: true, errorMessage: m.consultation.errors.required, maxLength: 500 }),
      ...confirmToggle(view, m.training.request.confirm, view.warned),
    ],
    [
      executeAction(c.submit, VERBS.trainingCancelSubmit, { rcId: view.rcId, eventId: view.eventId }, { style: 'destructive', associatedInputs: 'auto' }),
      executeAction(m.training.list.title, VERBS.trainingList, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: title },
  );
}

export interface RescheduleTrainingView extends FormState {
  messages: Messages;
  rcId: string;
  eventId: string;
  title: string;
}

export function rescheduleTrainingCard(view: RescheduleTrainingView): AdaptiveCard {
  const { messages: m } = view;
  const e = m.training.event;
  const r = m.training.reschedule;
  const title = fill(r.title, { title: view.title });
  return adaptiveCard(
    [
      heading(title),
      ...dateInput(m, view, 'date', e.date, false),
      ...timeInput(m, view, 'startTime', e.startTime, false),
      ...timeInput(m, view, 'endTime', e.endTime, false),
      ...textInput(view, 'place', e.place, { maxLength: 200 }),
      ...textInput(view, 'meetingUrl', e.meetingUrl, { placeholder: MEETING_PLACEHOLDER }),
    ],
    [
      executeAction(r.submit, VERBS.trainingRescheduleSubmit, { rcId: view.rcId, eventId: view.eventId }, { style: 'positive', associatedInputs: 'auto' }),
      executeAction(m.training.list.title, VERBS.trainingList, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: title },
  );
}
