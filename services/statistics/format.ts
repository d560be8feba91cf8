// How figures are written: Swedish conventions (decimal comma, "54 %", space between
// thousands) for display, and bare numbers with a decimal comma for Excel in Swedish settings.

import { SMALL_COUNT_MAX } from './suppression.js';

/** A hidden count of 1-4. */
export const SMALL_COUNT_MARK = `<${SMALL_COUNT_MAX + 1}`;
/** Hidden for another reason; Statistics Sweden's ".." ("uppgift ej tillgänglig"). */
export const HIDDEN_MARK = '..';
/** Nothing to compute from (a median of no answers, a share of no cases). */
export const NO_VALUE_MARK = '–';

/** "353", "1059", "12 345": four-digit numbers stay whole, as Swedish style allows. */
export function formatCount(n: number): string {
  const digits = String(Math.round(n));
  if (digits.length < 5) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** Whole percent, as the published tables print them: 54.1 → "54 %". */
export function formatPercent(percent: number): string {
  return `${roundHalfUp(percent, 0)} %`;
}

export function formatDecimal(x: number, digits = 1): string {
  return roundHalfUp(x, digits).toFixed(digits).replace('.', ',');
}

/** For CSV: no grouping (Excel would read "12 345" as text), decimal comma. */
export function csvNumber(x: number): string {
  return String(x).replace('.', ',');
}

/**
 * Half away from zero on the decimal value, so 12.5 % prints as 13 % as on paper; plain
 * Math.round on x*10^d would turn 1.005 into 1.00 through binary representation error.
 */
export function roundHalfUp(x: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.sign(x) * Math.round(Math.abs(x) * factor + 1e-9) / factor;
}
