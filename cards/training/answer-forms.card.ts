// The coordinators' answers to an order: propose one to three dates, or decline with a reason.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard } from '../types.js';
import { VERBS } from '../verbs.js';
import { confirmToggle, dateInput, textInput, timeInput, type FormState } from './form-kit.js';

export interface ProposeFormView extends FormState {
  messages: Messages;
  rcId: string;
  requestId: string;
  topic: string;
}

export function proposeDatesCard(view: ProposeFormView): AdaptiveCard {
  const { messages: m } = view;
  const p = m.training.propose;
  const title = fill(p.title, { topic: view.topic });
  return adaptiveCard(
    [
      heading(title),
      paragraph(p.intro, { size: 'small' }),
      ...[1, 2, 3].flatMap((n) => [
        ...dateInput(m, view, `date${n}`, fill(p.date, { n }), n === 1),
        ...timeInput(m, view, `time${n}`, fill(p.time, { n }), n === 1),
      ]),
    ],
    [executeAction(p.submit, VERBS.trainingProposeSubmit, { rcId: view.rcId, requestId: view.requestId }, { style: 'positive', associatedInputs: 'auto' })],
    { fallbackText: title },
  );
}

export interface DeclineFormView extends FormState {
  messages: Messages;
  rcId: string;
  requestId: string;
  warned: boolean;
}

export function declineRequestCard(view: DeclineFormView): AdaptiveCard {
  const { messages: m } = view;
  const d = m.training.decline;
  return adaptiveCard(
    [
      heading(d.title),
      ...textInput(view, 'reason', d.reason, { isMultiline: true, isRequired: true, errorMessage: m.consultation.errors.required, maxLength: 2000 }),
      ...confirmToggle(view, m.training.request.confirm, view.warned),
    ],
    [executeAction(d.submit, VERBS.trainingDeclineSubmit, { rcId: view.rcId, requestId: view.requestId }, { style: 'destructive', associatedInputs: 'auto' })],
    { fallbackText: d.title },
  );
}
