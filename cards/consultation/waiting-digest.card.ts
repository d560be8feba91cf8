// The administrators' daily list, posted in the national channel: RCs whose requests wait for
// a bound channel, how many and since when, and what to do about it.
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard } from '../types.js';

export interface WaitingDigestView {
  messages: Messages;
  rows: Array<{ centreName: string; count: number; oldestReceivedAt: string }>;
}

export function waitingDigestCard({ messages: m, rows }: WaitingDigestView): AdaptiveCard {
  const d = m.consultation.digest;
  return adaptiveCard(
    [
      heading(d.title),
      {
        type: 'FactSet',
        facts: rows.map((r) => ({ title: r.centreName, value: fill(d.row, { count: r.count, when: r.oldestReceivedAt }) })),
      },
      paragraph(d.hint, { size: 'small' }),
    ],
    [],
    { fallbackText: d.title },
  );
}
