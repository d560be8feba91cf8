// The de-identified case fields, shared by the professional's request form and the
// coordinator's log form, so both record the same statistics core.
import { choiceInput, inputError } from '../choice-input.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { PlaceChoice } from '../centre/centre-search.card.js';
import type { CardElement } from '../types.js';
import { PLACES_DATASET } from '../verbs.js';
import { codeChoices } from './choices.js';

/** The code lists, passed in by the bot from services/consultation/codes.ts (cards hold no domain data). */
export interface CaseCodes {
  sector: readonly string[];
  gender: readonly string[];
  ageBand: readonly string[];
  violence: readonly string[];
  perpetrators: readonly string[];
  questionType: readonly string[];
  channel: readonly string[];
  outcomes: readonly string[];
}

export type FormErrorCode = keyof Messages['consultation']['errors'];
export type FindingKindCode = keyof Messages['consultation']['findingKinds'];

export interface FieldState {
  /** What the user typed or chose, exactly as the card sent it. */
  values: Record<string, string | undefined>;
  codes: CaseCodes;
  errors: Record<string, FormErrorCode | undefined>;
  /** Kinds found by the identifier check, per free-text field. */
  privacy: Record<string, { blocking: FindingKindCode[]; warnings: FindingKindCode[] } | undefined>;
}

/** The field's error in the catalogue's words, naming what the identifier check found in it. */
function errorText(m: Messages, state: FieldState, field: string): string | undefined {
  const code = state.errors[field];
  if (!code) return undefined;
  const found = state.privacy[field];
  const kinds = found ? [...found.blocking, ...found.warnings].map((k) => m.consultation.findingKinds[k]).join(', ') : '';
  return fill(m.consultation.errors[code], { kinds });
}

export function errorBlock(m: Messages, state: FieldState, field: string): CardElement[] {
  return inputError(errorText(m, state, field));
}

export function choiceField(
  m: Messages,
  state: FieldState,
  id: keyof CaseCodes,
  label: string,
  options: { multi?: boolean; required?: boolean } = {},
): CardElement[] {
  return choiceInput({
    id,
    label,
    choices: codeChoices(m, id, state.codes[id]),
    value: state.values[id],
    // An optional case field says isRequired: false (and keeps its message) rather than leaving both out.
    check: { required: options.required ?? true, errorMessage: m.consultation.errors.required },
    multi: options.multi,
    placeholder: m.consultation.form.choose,
    error: errorText(m, state, id),
  });
}

/**
 * The coded fields in the order a professional thinks about the case. `asker: 'someone else'` when
 * the person filling in is not the one who asked (a coordinator logging a call).
 */
export function caseFields(m: Messages, state: FieldState, asker: 'self' | 'someone else' = 'self'): CardElement[] {
  const f = m.consultation.form;
  return [
    ...choiceField(m, state, 'sector', asker === 'self' ? f.sector : m.consultation.about.sector),
    {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'stretch', items: choiceField(m, state, 'gender', f.gender) },
        { type: 'Column', width: 'stretch', items: choiceField(m, state, 'ageBand', f.ageBand) },
      ],
    },
    // Required, as the service requires them: the statistics core needs both ("Okänt"/"Annat" exist).
    ...choiceField(m, state, 'violence', f.violence, { multi: true }),
    ...choiceField(m, state, 'perpetrators', f.perpetrators, { multi: true }),
    ...choiceField(m, state, 'questionType', f.questionType),
  ];
}

/** The municipality the case concerns: filtered static list plus Teams' dynamic typeahead. */
export function municipalityField(m: Messages, state: FieldState, municipalities: PlaceChoice[]): CardElement[] {
  const value = state.values.municipality;
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'municipality',
      label: m.consultation.form.municipality,
      style: 'filtered',
      isRequired: true,
      errorMessage: m.consultation.errors.unknown_municipality,
      choices: municipalities,
      'choices.data': { type: 'Data.Query', dataset: PLACES_DATASET },
      ...(value ? { value } : {}),
    },
    ...errorBlock(m, state, 'municipality'),
  ];
}
