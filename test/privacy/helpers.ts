// What the check found, as [kind, exact text] pairs, so tests read like the text.
import { checkText } from '../../services/privacy/index.js';
import type { CheckOptions, FindingKind } from '../../services/privacy/index.js';

export type Found = [FindingKind, string];

export function blocking(text: string, options?: CheckOptions): Found[] {
  return checkText(text, options).blocking.map((f) => [f.kind, text.slice(f.start, f.end)]);
}

export function warnings(text: string, options?: CheckOptions): Found[] {
  return checkText(text, options).warnings.map((f) => [f.kind, text.slice(f.start, f.end)]);
}
