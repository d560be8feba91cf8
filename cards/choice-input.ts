// A form's choice among listed values, with the bot's message about it underneath. The training
// forms and the consultation's case fields build theirs here: they differ only in their words
// (labels, placeholder, the message the bot chose) and in how strictly Teams checks the choice.
import { paragraph } from './card.js';
import type { CardElement } from './types.js';

export interface ChoiceInput {
  id: string;
  label: string;
  choices: ReadonlyArray<{ title: string; value: string }>;
  /** What the person chose, kept when the form comes back. */
  value: string | undefined;
  /** Teams' own check before anything is sent; none when absent. */
  check?: { required: boolean; errorMessage: string };
  multi?: boolean;
  /** Radio buttons or checkboxes under the label instead of a drop-down. */
  expanded?: boolean;
  /** Shown in an empty single choice (a multi-select has none). */
  placeholder: string;
  /** The message the bot already chose for this field from the catalogue, under it. */
  error?: string | undefined;
}

/** The bot's message under a field, in the same small red text on every form. */
export function inputError(text: string | undefined): CardElement[] {
  return text ? [paragraph(text, { color: 'attention', size: 'small', spacing: 'none' })] : [];
}

export function choiceInput(input: ChoiceInput): CardElement[] {
  const { check, value } = input;
  return [
    {
      type: 'Input.ChoiceSet',
      id: input.id,
      label: input.label,
      ...(check ? { isRequired: check.required, errorMessage: check.errorMessage } : {}),
      choices: [...input.choices],
      style: input.expanded ? 'expanded' : 'compact',
      ...(input.multi ? { isMultiSelect: true } : { placeholder: input.placeholder }),
      ...(value ? { value } : {}),
    },
    ...inputError(input.error),
  ];
}
