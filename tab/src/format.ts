// How the tab writes a figure.
import type { Lang, UiText } from './labels.js';
import type { Figure } from '../../services/statistics/api-types.js';

/** Figures carry Swedish display strings; English gets the numbers written its way. */
export function shown(lang: Lang, f: Figure | undefined, t: UiText): string {
  if (!f) return '–';
  if (f.unit === 'hours' && !f.suppressed && f.value !== null) return `${lang === 'en' ? f.value.toFixed(1) : f.display} ${t.hours}`;
  if (lang === 'sv' || f.suppressed || f.value === null) return f.display;
  if (f.unit === 'percent') return `${Math.round(f.value)} %`;
  if (f.unit === 'municipalities' && f.denominator !== undefined) return `${f.value} of ${f.denominator}`;
  if (f.unit === 'mean') return f.value.toFixed(1);
  return String(f.value);
}
