// An administrator sets the days an RC is closed (a summer break): while closed, its new requests
// go to the national channel with a receipt that says so, and its response-target clock stands
// still. The card lists the chosen centre's coming periods, each removable.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';
import { centreChoiceSet } from './choices.js';

export type ClosedFieldError = 'required' | 'invalid_date' | 'ends_before_start' | 'in_the_past' | 'too_long' | 'overlaps' | 'too_many';

export interface ClosedPeriodsView {
  messages: Messages;
  centres: Array<{ id: string; name: string }>;
  values: { centreId?: string; closedFrom?: string; closedTo?: string };
  errors: Partial<Record<'closedFrom' | 'closedTo', ClosedFieldError>>;
  notice?: { text: string; tone: 'good' | 'attention' };
  /** The chosen centre's current and coming periods: dates as stored (`from` identifies one) and as read. */
  periods?: { centreName: string; rows: Array<{ from: string; fromText: string; toText: string }> };
}

export function closedPeriodsCard({ messages: m, centres, values, errors, notice, periods }: ClosedPeriodsView): AdaptiveCard {
  const c = m.consultation.closed;
  const date = (id: 'closedFrom' | 'closedTo', label: string): CardElement[] => {
    const error = errors[id];
    return [
      { type: 'Input.Date', id, label, isRequired: true, errorMessage: c.errors.required, ...(values[id] ? { value: values[id] } : {}) },
      ...(error ? [paragraph(c.errors[error], { color: 'attention', size: 'small', spacing: 'none' })] : []),
    ];
  };
  const list: CardElement[] = [];
  if (periods) {
    const centreId = values.centreId ?? '';
    if (periods.rows.length === 0) list.push(paragraph(fill(c.none, { centre: periods.centreName }), { isSubtle: true }));
    else {
      list.push(paragraph(fill(c.list, { centre: periods.centreName }), { weight: 'bolder' }));
      for (const row of periods.rows) {
        const label = fill(c.remove, { from: row.fromText, to: row.toText });
        list.push({ type: 'ActionSet', actions: [executeAction(label, VERBS.closedRemove, { centreId, from: row.from }, { associatedInputs: 'none' })] });
      }
    }
  }
  return adaptiveCard(
    [
      heading(c.title),
      ...(notice ? [paragraph(notice.text, { color: notice.tone })] : []),
      paragraph(c.intro, { size: 'small' }),
      ...list,
      centreChoiceSet(m, centres, values.centreId),
      ...date('closedFrom', c.from),
      ...date('closedTo', c.to),
    ],
    [executeAction(c.add, VERBS.closedAdd, {}, { style: 'positive', associatedInputs: 'auto' })],
    { fallbackText: c.title },
  );
}
