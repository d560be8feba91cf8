// Requests that never reached their RC's channel (it had none, or was closed, when they came):
// posted there once a channel takes them, and listed daily for administrators meanwhile.
import type { ConsultationRecord } from './record.js';

export interface WaitingCentre {
  rcId: string;
  count: number;
  /** When the oldest of them arrived. */
  oldest: string;
}

/** Never posted to its RC's own channel (a copy in the national channel does not count). */
export const neverPosted = (record: ConsultationRecord): boolean => record.channelActivityId === null;

/** Per RC, its open requests never posted, given oldest first. */
export function waitingByCentre(records: readonly ConsultationRecord[]): WaitingCentre[] {
  const byRc = new Map<string, WaitingCentre>();
  for (const r of records.filter(neverPosted)) {
    const row = byRc.get(r.rcId) ?? { rcId: r.rcId, count: 0, oldest: r.times.created };
    byRc.set(r.rcId, { ...row, count: row.count + 1 });
  }
  return [...byRc.values()];
}
