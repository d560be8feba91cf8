// The professional's training order: topic, kind, professions, size, period, format,
// municipality (the RC covering it receives the order) and optional free text.
import type { PlaceChoice } from '../centre/centre-search.card.js';
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import type { Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard } from '../types.js';
import { PLACES_DATASET, VERBS } from '../verbs.js';
import { codeChoice, confirmToggle, dateInput, fieldError, textInput, wholeNumber, type FormState } from './form-kit.js';

export interface TrainingCodes {
  topics: readonly string[];
  kinds: readonly string[];
  formats: readonly string[];
  professions: readonly string[];
  sectors: readonly string[];
}

export interface TrainingRequestFormView extends FormState {
  messages: Messages;
  codes: TrainingCodes;
  municipalities: PlaceChoice[];
  /** The identifier check warned about the free text: show the confirmation. */
  warned: boolean;
  /** Kept across the form's round trips, so a second click stores nothing new. */
  submissionKey: string;
}

export function municipalityInput(m: Messages, state: FormState, id: string, label: string, municipalities: PlaceChoice[], multi = false) {
  const value = state.values[id];
  return [
    {
      type: 'Input.ChoiceSet' as const,
      id,
      label,
      style: 'filtered' as const,
      isRequired: !multi,
      errorMessage: m.consultation.errors.unknown_municipality,
      choices: municipalities,
      ...(multi ? { isMultiSelect: true } : { 'choices.data': { type: 'Data.Query' as const, dataset: PLACES_DATASET } }),
      ...(value ? { value } : {}),
    },
    ...fieldError(state, id),
  ];
}

export function trainingRequestFormCard(view: TrainingRequestFormView): AdaptiveCard {
  const { messages: m, codes } = view;
  const t = m.training;
  const r = t.request;
  return adaptiveCard(
    [
      heading(r.title),
      paragraph(r.intro, { size: 'small' }),
      ...codeChoice(m, view, 'topic', r.topic, t.topics, codes.topics),
      ...codeChoice(m, view, 'trainingKind', r.kind, t.kinds, codes.kinds),
      ...codeChoice(m, view, 'professions', r.professions, t.professions, codes.professions, { multi: true }),
      ...textInput(view, 'participants', r.participants, { isRequired: true, ...wholeNumber(m) }),
      ...dateInput(m, view, 'from', r.from),
      ...dateInput(m, view, 'to', r.to),
      ...codeChoice(m, view, 'format', r.format, t.formats, codes.formats),
      ...municipalityInput(m, view, 'municipality', r.municipality, view.municipalities),
      ...textInput(view, 'text', r.text, { isMultiline: true, maxLength: 2000 }),
      ...confirmToggle(view, r.confirm, view.warned),
    ],
    [
      executeAction(r.submit, VERBS.trainingRequestSubmit, { submissionKey: view.submissionKey }, { style: 'positive', associatedInputs: 'auto' }),
      executeAction(m.common.backToMenu, VERBS.menuShow, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: r.title },
  );
}
