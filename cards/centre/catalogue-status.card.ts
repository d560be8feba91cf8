// "Katalogstatus" for administrators: the centres (and NCH) whose directory entry still lacks
// functional contacts, a coverage list or a bound channel, each with the way to correct it.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import type { Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';

export interface CatalogueStatusView {
  messages: Messages;
  rows: Array<{ centreId: string | null; name: string; gaps: Array<'no_contacts' | 'coverage_not_stated' | 'no_channel'> }>;
}

export function catalogueStatusCard({ messages: m, rows }: CatalogueStatusView): AdaptiveCard {
  const s = m.centreEdit.catalogueStatus;
  const body: CardElement[] = [heading(s.title), paragraph(rows.length === 0 ? s.complete : s.intro, { size: 'small' })];
  for (const row of rows) {
    const items: CardElement[] = [paragraph(row.name, { weight: 'bolder' }), ...row.gaps.map((g) => paragraph(`• ${s.gaps[g]}`, { size: 'small', spacing: 'none' }))];
    const correct = row.centreId ? executeAction(s.correct, VERBS.centreEditOpen, { centreId: row.centreId }, { associatedInputs: 'none' }) : executeAction(s.correct, VERBS.nchEditOpen, {}, { associatedInputs: 'none' });
    items.push({ type: 'ActionSet', actions: [correct] });
    body.push({ type: 'Container', separator: true, spacing: 'medium', items });
  }
  return adaptiveCard(body, [executeAction(m.common.backToMenu, VERBS.menuShow, {}, { associatedInputs: 'none' })], { fallbackText: s.title });
}
