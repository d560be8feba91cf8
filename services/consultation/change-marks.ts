// Every write to a consultation leaves a fresh mark on its RC and Stockholm month (the month
// it was created in, which never changes). The statistics keep a tally per RC and month and
// trust it only while the month's mark is the one they read before counting; a write that
// lands meanwhile leaves another mark, so a stale tally is never used. A tally is stored only
// on a mark older than the quiet period (services/statistics/tally-loader.ts, 10 minutes), so
// a write that lands within the quiet period of a mark is counted by any tally stored on it.
//
// Hence one mark covers every write of this process to that month that begins less than
// RECENT_MS after it and ends less than RECENT_MS after that:
// - before a write, a mark is written only when this process's last one is older than RECENT_MS
//   (or there is none);
// - after it, another only when the write ended RECENT_MS or more after the mark covering it (a
//   slow write, which a reader may have counted without).
// A write in flight, or one whose writer died before its record landed, thus always sits
// within two minutes of a mark, far inside the quiet period (clocks of instances may differ by
// minutes before that matters). A busy RC's month costs about one mark a minute, not two per write.
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { BoundedMap } from '../bounded.js';
import type { Collection, Document, DocumentStore } from '../storage/port.js';
import type { Clock } from '../time/clock.js';
import { zonedDate } from '../time/zoned-time.js';
import { STAT_FIELDS } from '../statistics/stat-rows.js';

export const CHANGE_MARK_KIND = 'change_mark';

/** Well inside the statistics' quiet period (10 minutes): see above. */
export const RECENT_MS = 60_000;
const MAX_REMEMBERED = 10_000;

/** A Stockholm calendar month, "2026-03". */
export type Month = `${number}-${number}`;

export const changeMarkSchema = z.object({
  id: z.string(),
  kind: z.literal(CHANGE_MARK_KIND),
  rcId: z.string().min(1),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  /** New on every write: equality is all a reader compares. */
  token: z.string().min(1),
  at: z.string().datetime({ offset: true }),
});
export type ChangeMark = z.infer<typeof changeMarkSchema>;

/** The Stockholm month of an instant: a case created 2026-03-31T22:30Z belongs to April. */
export function monthOf(instant: string | number | Date): Month {
  return zonedDate(new Date(instant)).slice(0, 7) as Month;
}

/**
 * Whether a change reaches the figures: only the fields the tallies read count. A change to
 * anything else (the channel card's id, the requester's chat) leaves every tally true, so it
 * needs no mark, and saves the two writes of one.
 */
export function changesFigures(before: object, after: object): boolean {
  const [a, b] = [before as Record<string, unknown>, after as Record<string, unknown>];
  return STAT_FIELDS.some((field) => !isDeepStrictEqual(a[field], b[field]));
}

export class ChangeMarks {
  private readonly docs: Collection<Document>;
  /** When this process last wrote each RC's month's mark (its `at`, ms). */
  private readonly marked = new BoundedMap<string, number>(MAX_REMEMBERED);

  constructor(
    store: DocumentStore,
    private readonly clock: Clock,
  ) {
    this.docs = store.collection<Document>('statistics');
  }

  /**
   * Called before every write of a record created at `created` in RC `rcId`; marks unless this
   * process marked that month less than RECENT_MS ago. Returns when the covering mark was made.
   */
  async beforeWrite(rcId: string, created: string): Promise<number> {
    const last = this.marked.get(keyOf(rcId, monthOf(created)));
    const now = this.clock.now().getTime();
    if (last !== undefined && now - last < RECENT_MS && now >= last) return last;
    return this.touch(rcId, created);
  }

  /** Called after the write that `beforeWrite` returned `coveredSince` for: marks again if it was slow. */
  async afterWrite(rcId: string, created: string, coveredSince: number): Promise<void> {
    if (this.clock.now().getTime() - coveredSince < RECENT_MS) return;
    await this.touch(rcId, created);
  }

  /** A new mark on the month of a record created at `created` in RC `rcId`; returns its time. */
  async touch(rcId: string, created: string): Promise<number> {
    const month = monthOf(created);
    const at = this.clock.now();
    const mark: ChangeMark = { id: `mark:${month}`, kind: CHANGE_MARK_KIND, rcId, month, token: randomUUID(), at: at.toISOString() };
    // Last writer wins, and that is enough: every token is new, so any reader sees a change.
    await this.docs.upsert(mark);
    this.marked.set(keyOf(rcId, month), at.getTime());
    return at.getTime();
  }
}

const keyOf = (rcId: string, month: Month) => `${rcId}/${month}`;
