// Figures for handing on and further contacts beside the breakdowns (contacts per case and
// stage at first contact are breakdowns, indicators.ts): cases sent to and received from
// other RCs, the mean number of contacts per case, and contacts by how they came. Hidden as
// every other figure is: small counts, and a lone hidden channel's partner, since the
// channels sum to ga2.contacts.
import { countFigure, statisticFigure } from './figure-kit.js';
import { CASES, CONTACTS, CONTACTS_BY_CHANNEL, CONTACTS_MEAN, TRANSFERS_RECEIVED, TRANSFERS_SENT } from './indicators.js';
import { suppressCounts, type CountHidden } from './suppression.js';
import type { Tally } from './tally.js';
import type { Figure } from './types.js';

/** `hidden`: what suppression hid among the tally's counts (empty when nothing is suppressed). */
export function caseWorkFigures(t: Tally, suppress: boolean, hidden: ReadonlyMap<string, CountHidden>): Figure[] {
  const n = (key: string) => t.counts.get(key) ?? 0;
  const cases = n(CASES);
  const casesHidden = hidden.has(CASES);
  const channels = CONTACTS_BY_CHANNEL.map((c) => c.indicator);
  const contactCounts = new Map<string, number>([[CONTACTS, t.contacts], ...channels.map((key) => [key, n(key)] as const)]);
  const contactsHidden = suppress ? suppressCounts(contactCounts, [{ total: CONTACTS, cells: channels }]) : new Map<string, CountHidden>();
  return [
    countFigure({ indicator: TRANSFERS_SENT, goalArea: 2 }, n(TRANSFERS_SENT), hidden.get(TRANSFERS_SENT)),
    countFigure({ indicator: TRANSFERS_RECEIVED, goalArea: 2 }, n(TRANSFERS_RECEIVED), hidden.get(TRANSFERS_RECEIVED)),
    statisticFigure({ indicator: CONTACTS_MEAN, goalArea: 2 }, 'mean', cases === 0 ? null : t.contacts / cases, cases, { suppress, nHidden: casesHidden }),
    // Contacts over 1-4 cases would show how much went on in them, as ga2.contacts does.
    ...channels.map((indicator) => countFigure({ indicator, goalArea: 2 }, n(indicator), casesHidden ? 'derived' : contactsHidden.get(indicator))),
  ];
}
