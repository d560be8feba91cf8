// Choice lists for the consultation codes, labelled from the catalogue, in the codes' order.
import type { Messages } from '../i18n/catalogue.js';

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
