// The trainings panel: trainings and information sessions held, participants per profession
// and sector, municipalities reached and satisfaction, as a list of figures (hidden cells as
// "<5", as in chat). Labels from the bot's catalogue, like every other label in the tab.
// The training codes are the keys of their names' table: the tab takes no server code into its bundle.
import { svIndicatorsTraining } from '../../cards/i18n/sv-indicators-training.js';
import type { Figure } from '../../services/statistics/api-types.js';
import { $, el } from './dom.js';
import { shown } from './format.js';
import { figureName, type Lang, type UiText } from './labels.js';

const TITLE: Record<Lang, string> = { sv: 'Utbildningar och informationsinsatser', en: 'Trainings and information sessions' };
const TRAINING = new Set(Object.keys(svIndicatorsTraining));
const ALWAYS = new Set(['ga2.trainings.held', 'ga2.information_sessions.held', 'ga2.trainings.participants', 'ga2.trainings.municipalities', 'ga2.trainings.satisfaction.mean']);

export function renderTrainings(lang: Lang, figures: readonly Figure[], t: UiText): void {
  // The per-profession and per-sector cells that say something: not zero, or hidden.
  const rows = figures.filter((f) => TRAINING.has(f.indicator) && (ALWAYS.has(f.indicator) || f.suppressed || f.value !== 0));
  $('trainings-title').textContent = TITLE[lang];
  $('trainings-list').replaceChildren(
    ...rows.flatMap((f) => [el('dt', { text: figureName(lang, f.indicator) }), el('dd', { text: shown(lang, f, t), data: { indicator: f.indicator } })]),
  );
}
