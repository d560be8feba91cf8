// The statistics template as a card in chat: key numbers, who asks, forms of violence,
// coverage, and a period picker; small cells already hidden by the service.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardAction, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';

export interface StatsView {
  messages: Messages;
  scopeName: string;
  scope: string;
  periodLabel: string;
  period: string;
  exact: boolean;
  key: Array<{ title: string; value: string }>;
  sectors: Array<{ title: string; value: string }>;
  violence: Array<{ title: string; value: string }>;
  /** Trainings and information sessions held, participants, reach and satisfaction. */
  trainings?: Array<{ title: string; value: string }>;
  /** Names, not codes, of what the records cannot give yet. */
  notComputable: string[];
  periods: Array<{ title: string; value: string }>;
  csvUrl?: string;
}

export function statsCard(view: StatsView): AdaptiveCard {
  const { messages: m } = view;
  const s = m.stats;
  const section = (title: string, facts: Array<{ title: string; value: string }>, note?: string): CardElement => ({
    type: 'Container',
    separator: true,
    spacing: 'medium',
    items: [paragraph(title, { weight: 'bolder' }), { type: 'FactSet', facts }, ...(note ? [paragraph(note, { size: 'small', isSubtle: true })] : [])],
  });
  const body: CardElement[] = [
    heading(fill(s.title, { scope: view.scopeName, period: view.periodLabel })),
    paragraph(view.exact ? s.exact : s.suppressed, { size: 'small', isSubtle: true }),
    { type: 'FactSet', facts: view.key },
    section(s.bySector, view.sectors),
    section(s.byViolence, view.violence, s.multiSelect),
  ];
  if (view.trainings?.length) body.push(section(m.training.menu, view.trainings));
  if (view.notComputable.length > 0) body.push(paragraph(fill(s.notComputable, { list: view.notComputable.join(', ') }), { size: 'small', isSubtle: true }));
  body.push({ type: 'Input.ChoiceSet', id: 'period', label: s.period, style: 'compact', value: view.period, choices: view.periods, spacing: 'medium' });
  const actions: CardAction[] = [executeAction(s.show, VERBS.statsShow, { scope: view.scope }, { associatedInputs: 'auto' })];
  if (view.csvUrl) actions.push({ type: 'Action.OpenUrl', title: s.csv, url: view.csvUrl });
  return adaptiveCard(body, actions, { fallbackText: fill(s.title, { scope: view.scopeName, period: view.periodLabel }) });
}
