// A tally as a stored document: one RC's consultations of one Stockholm month, counted. Only
// codes, municipality codes and durations: nothing in it identifies a case or a person.

import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Document } from '../storage/port.js';
import { emptyTally, type Tally } from './tally.js';

export const MONTH_TALLY_KIND = 'month_tally';

const HOUR_MS = 3_600_000;

// Raise FORMAT when the meaning of a count changes (how a row is read or counted); a change
// to the indicator codes changes the fingerprint by itself. Either way stored tallies of the
// old kind are recounted instead of being merged with new ones.
// 2: a case sent to another RC is no longer one of the sender's cases; contacts by channel.
const FORMAT = 2;
export const TALLY_VERSION = `${FORMAT}:${createHash('sha256')
  .update([...emptyTally().counts.keys()].sort().join('\n'))
  .digest('hex')
  .slice(0, 16)}`;

/**
 * Cosmos DB refuses documents over 2 MB. A month that large (some 100 000 requests at one RC)
 * is counted each time rather than stored.
 */
export const MAX_STORED_CHARS = 1_000_000;

const storedTallySchema = z.object({
  id: z.string(),
  kind: z.literal(MONTH_TALLY_KIND),
  rcId: z.string(),
  month: z.string(),
  version: z.string(),
  /** The month's change mark when counting began; null when it had none. */
  token: z.string().nullable(),
  computedAt: z.string(),
  unreadable: z.number().int().min(0),
  counts: z.record(z.string(), z.number().int().min(0)),
  contacts: z.number().int().min(0),
  helpfulnessSum: z.number().int().min(0),
  /** Whole milliseconds: shorter than hours as decimals, and they give back the same hours exactly. */
  msToClaim: z.array(z.number().int()),
  msToAnswer: z.array(z.number().int()),
  municipalities: z.array(z.string()),
});
export type StoredTally = z.infer<typeof storedTallySchema>;

export interface CountedMonth {
  tally: Tally;
  unreadable: number;
}

export function toStored(rcId: string, month: string, token: string | null, counted: CountedMonth, now: Date): StoredTally & Document {
  const { tally } = counted;
  return {
    id: `tally:${month}`,
    kind: MONTH_TALLY_KIND,
    rcId,
    month,
    version: TALLY_VERSION,
    token,
    computedAt: now.toISOString(),
    unreadable: counted.unreadable,
    counts: Object.fromEntries(tally.counts),
    contacts: tally.contacts,
    helpfulnessSum: tally.helpfulnessSum,
    msToClaim: tally.hoursToClaim.map((h) => Math.round(h * HOUR_MS)),
    msToAnswer: tally.hoursToAnswer.map((h) => Math.round(h * HOUR_MS)),
    municipalities: [...tally.municipalities].sort(),
  };
}

/** Undefined for a document of another shape or version: that month is counted again. */
export function fromStored(doc: unknown): (CountedMonth & { token: string | null; month: string }) | undefined {
  const parsed = storedTallySchema.safeParse(doc);
  if (!parsed.success || parsed.data.version !== TALLY_VERSION) return undefined;
  const d = parsed.data;
  const tally = emptyTally();
  for (const [key, n] of Object.entries(d.counts)) tally.counts.set(key, n);
  tally.contacts = d.contacts;
  tally.helpfulnessSum = d.helpfulnessSum;
  tally.hoursToClaim = d.msToClaim.map((ms) => ms / HOUR_MS);
  tally.hoursToAnswer = d.msToAnswer.map((ms) => ms / HOUR_MS);
  tally.municipalities = new Set(d.municipalities);
  return { tally, unreadable: d.unreadable, token: d.token, month: d.month };
}

/** Adds `source` into `target`: every part of a tally is a sum, a list or a set. */
export function mergeTally(target: Tally, source: Tally): void {
  for (const [key, n] of source.counts) target.counts.set(key, (target.counts.get(key) ?? 0) + n);
  target.contacts += source.contacts;
  target.helpfulnessSum += source.helpfulnessSum;
  for (const h of source.hoursToClaim) target.hoursToClaim.push(h);
  for (const h of source.hoursToAnswer) target.hoursToAnswer.push(h);
  for (const m of source.municipalities) target.municipalities.add(m);
}
