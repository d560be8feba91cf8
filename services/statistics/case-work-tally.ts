// What a row adds to a tally for handing on and further contacts: a case sent to another RC
// is counted there as a case and here only as sent; a case's contacts are summed by how each
// came (the first by the case's channel, each further one by its own).
import { CONTACTS_BY_CHANNEL, TRANSFERS_RECEIVED, TRANSFERS_SENT } from './indicators.js';
import type { StatRow } from './stat-rows.js';
import type { Tally } from './tally.js';

const BY_CHANNEL = new Map<string, string>(CONTACTS_BY_CHANNEL.map((c) => [c.channel, c.indicator]));

const add = (t: Tally, key: string, n = 1) => t.counts.set(key, (t.counts.get(key) ?? 0) + n);

/** True when the row is a case sent on: counted as sent, and in nothing else. */
export function countedAsSent(t: Tally, row: StatRow): boolean {
  if (row.status !== 'transferred') return false;
  add(t, TRANSFERS_SENT);
  return true;
}

/** For a row counted as a case. */
export function addCaseWork(t: Tally, row: StatRow): void {
  if (row.transferredIn) add(t, TRANSFERS_RECEIVED);
  const first = BY_CHANNEL.get(row.channel);
  if (first) add(t, first, row.contacts - row.contactChannels.length);
  for (const channel of row.contactChannels) {
    const indicator = BY_CHANNEL.get(channel);
    if (indicator) add(t, indicator);
  }
}
