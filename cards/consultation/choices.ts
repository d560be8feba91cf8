// Choice lists for the consultation codes, labelled from the catalogue, in the codes' order.
import type { Messages } from '../i18n/catalogue.js';
import type { CardElement } from '../types.js';

type CodeGroup = keyof Messages['codes'];

export function codeChoices<G extends CodeGroup>(m: Messages, group: G, codes: readonly string[]): Array<{ title: string; value: string }> {
  const labels = m.codes[group] as Record<string, string>;
  return codes.map((code) => ({ title: labels[code] ?? code, value: code }));
}

/** "Psykiskt våld, Fysiskt våld" for stored codes; unknown codes shown as they are. */
export function codeLabels(m: Messages, group: CodeGroup, codes: readonly string[]): string {
  const labels = m.codes[group] as Record<string, string>;
  return codes.map((c) => labels[c] ?? c).join(', ');
}

/** The required "Resurscentrum" choice of the administrators' forms (binding a channel, setting targets). */
export function centreChoiceSet(m: Messages, centres: ReadonlyArray<{ id: string; name: string }>, value?: string): CardElement {
  return {
    type: 'Input.ChoiceSet',
    id: 'centreId',
    label: m.centreEdit.chooseCentre,
    isRequired: true,
    errorMessage: m.centreEdit.chooseCentreError,
    ...(value ? { value } : {}),
    choices: centres.map((c) => ({ title: c.name, value: c.id })),
  };
}
