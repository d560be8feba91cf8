// After the training: the coordinators record participants as counts per profession and
// sector (no names), and each registered person gets one short evaluation.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';
import { confirmToggle, textInput, wholeNumber, type FormState } from './form-kit.js';

export interface ParticipantsFormView extends FormState {
  messages: Messages;
  rcId: string;
  eventId: string;
  title: string;
  professions: readonly string[];
  sectors: readonly string[];
}

export function participantsFormCard(view: ParticipantsFormView): AdaptiveCard {
  const { messages: m } = view;
  const t = m.training;
  const title = fill(t.participants.title, { title: view.title });
  const counts = (prefix: string, codes: readonly string[], labels: Readonly<Record<string, string>>): CardElement[] =>
    codes.flatMap((code) => textInput(view, `${prefix}${code}`, labels[code] ?? code, wholeNumber(m)));
  const sectorLabels = m.codes.sector as Record<string, string>;
  return adaptiveCard(
    [
      heading(title),
      paragraph(t.participants.intro, { size: 'small' }),
      paragraph(t.professionsTitle, { weight: 'bolder' }),
      ...counts('prof_', view.professions, t.professions),
      paragraph(t.sectorsTitle, { weight: 'bolder' }),
      ...counts('sector_', view.sectors, sectorLabels),
    ],
    [
      executeAction(t.participants.submit, VERBS.trainingParticipantsSubmit, { rcId: view.rcId, eventId: view.eventId }, { style: 'positive', associatedInputs: 'auto' }),
      executeAction(t.list.title, VERBS.trainingList, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: title },
  );
}

export interface EvaluationView extends FormState {
  messages: Messages;
  rcId: string;
  eventId: string;
  title: string;
  done: boolean;
  warned: boolean;
}

/** One question and one optional text; after sending, only the thanks. */
export function trainingEvaluationCard(view: EvaluationView): AdaptiveCard {
  const { messages: m } = view;
  const e = m.training.evaluation;
  const title = fill(e.title, { title: view.title });
  if (view.done) return adaptiveCard([heading(title), paragraph(e.thanks, { color: 'good' })], [], { fallbackText: title });
  const ratings = [1, 2, 3, 4, 5].map((n) => ({ title: String(n), value: String(n) }));
  const rating = view.values.rating;
  return adaptiveCard(
    [
      heading(title),
      { type: 'Input.ChoiceSet', id: 'rating', label: e.rating, style: 'expanded', isRequired: true, errorMessage: m.consultation.errors.required, choices: ratings, ...(rating ? { value: rating } : {}) },
      ...(view.errors.rating ? [paragraph(view.errors.rating, { color: 'attention', size: 'small', spacing: 'none' })] : []),
      ...textInput(view, 'different', e.different, { isMultiline: true, maxLength: 2000 }),
      ...confirmToggle(view, e.confirm, view.warned),
    ],
    [executeAction(e.submit, VERBS.trainingEvaluate, { rcId: view.rcId, eventId: view.eventId }, { style: 'positive', associatedInputs: 'auto' })],
    { fallbackText: title },
  );
}
