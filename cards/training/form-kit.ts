// The inputs the training forms share: each labelled, with the message the bot chose from the
// catalogue under it, and what the person typed kept when the form comes back.
import { choiceInput, inputError } from '../choice-input.js';
import type { Messages } from '../i18n/catalogue.js';
import type { CardElement } from '../types.js';

export interface FormState {
  values: Readonly<Record<string, string | undefined>>;
  /** Field → message already chosen by the bot from the catalogue. */
  errors: Readonly<Record<string, string | undefined>>;
}

export function fieldError(state: FormState, field: string): CardElement[] {
  return inputError(state.errors[field]);
}

export function textInput(state: FormState, id: string, label: string, extra: Record<string, unknown> = {}): CardElement[] {
  const value = state.values[id];
  return [{ type: 'Input.Text', id, label, ...(value ? { value } : {}), ...extra } as CardElement, ...fieldError(state, id)];
}

export function dateInput(m: Messages, state: FormState, id: string, label: string, required = true): CardElement[] {
  const value = state.values[id];
  return [{ type: 'Input.Date', id, label, ...(required ? { isRequired: true, errorMessage: m.consultation.errors.required } : {}), ...(value ? { value } : {}) }, ...fieldError(state, id)];
}

export function timeInput(m: Messages, state: FormState, id: string, label: string, required = true): CardElement[] {
  const value = state.values[id];
  return [{ type: 'Input.Time', id, label, ...(required ? { isRequired: true, errorMessage: m.consultation.errors.required } : {}), ...(value ? { value } : {}) }, ...fieldError(state, id)];
}

/** A choice among codes, labelled from a catalogue group. */
export function codeChoice(
  m: Messages,
  state: FormState,
  id: string,
  label: string,
  labels: Readonly<Record<string, string>>,
  codes: readonly string[],
  options: { multi?: boolean; required?: boolean; expanded?: boolean } = {},
): CardElement[] {
  return choiceInput({
    id,
    label,
    choices: codes.map((code) => ({ title: labels[code] ?? code, value: code })),
    value: state.values[id],
    ...(options.required ?? true ? { check: { required: true, errorMessage: m.consultation.errors.required } } : {}),
    multi: options.multi,
    expanded: options.expanded,
    placeholder: m.training.request.choose,
    error: state.errors[id],
  });
}

/** Checked on the input too, so Teams says what is wrong before anything is sent. */
export function wholeNumber(m: Messages): Record<string, unknown> {
  return { regex: '^[0-9]{1,4}$', errorMessage: m.sessions.series.wholeNumber };
}

/** Shown when the identifier check warned: the person confirms and sends again. */
export function confirmToggle(state: FormState, title: string, show: boolean): CardElement[] {
  return show ? [{ type: 'Input.Toggle', id: 'confirmWarnings', label: title, title, value: 'false', wrap: true }] : [];
}
