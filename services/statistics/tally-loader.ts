// Builds a report's tally from stored month tallies where they are still true, and counts the
// rest from the records: the months whose records changed since they were counted, and the
// partial months at the ends of a date range. A national year then reads at most a few months
// of records instead of the whole year (scripts/bench-stats.ts).
//
// When a stored tally is true: every consultation write lies within minutes of a new change
// mark on its month (services/consultation/change-marks.ts). A tally is stored with the mark
// read *before* its records were counted, and used only while that is still the month's mark.
// A month whose mark is younger than the quiet period may have a write in flight, or one whose
// writer died before its record landed: it is counted, and the count is used for this report,
// but not stored.

import { CHANGE_MARK_KIND, changeMarkSchema, monthOf, type Month } from '../consultation/change-marks.js';
import { BoundedMap } from '../bounded.js';
import type { Document, DocumentStore } from '../storage/port.js';
import { formatLocalDate, parseLocalDate } from '../time/local-date.js';
import { startOfZonedDay } from '../time/zoned-time.js';
import { fromStored, MAX_STORED_CHARS, mergeTally, MONTH_TALLY_KIND, toStored, type CountedMonth } from './month-tallies.js';
import { forEachStatRow, forEachLimited } from './stat-rows.js';
import { addRow, emptyTally, type Tally } from './tally.js';

/** Far longer than one record write may take, retries included. */
export const DEFAULT_QUIET_MS = 10 * 60_000;

export interface TallyLoaderOptions {
  quietMs?: number;
  concurrency?: number;
  /** Told when a counted month could not be stored; the report is right either way. */
  onStoreError?: (error: unknown) => void;
}

interface Span {
  startMs: number;
  endMs: number;
  /** Set for a whole month, which can be stored and read back; null for part of a month. */
  month: Month | null;
}

export interface LoadedTally {
  tally: Tally;
  unreadable: number;
  /** Months of single RCs read from stored tallies, and counted from the records. */
  monthsStored: number;
  monthsCounted: number;
}

/** The whole Stockholm months inside [startMs, endMs), and the parts before and after them. */
export function spansOf(window: { startMs: number; endMs: number }): Span[] {
  const spans: Span[] = [];
  let cursor = window.startMs;
  let month = monthOf(window.startMs);
  for (;;) {
    const monthStart = startOfMonth(month);
    const monthEnd = startOfMonth(nextMonth(month));
    if (monthStart >= window.endMs) break;
    const from = Math.max(monthStart, window.startMs);
    const to = Math.min(monthEnd, window.endMs);
    if (from > cursor) spans.push({ startMs: cursor, endMs: from, month: null });
    spans.push({ startMs: from, endMs: to, month: from === monthStart && to === monthEnd ? month : null });
    cursor = to;
    if (to >= window.endMs) break;
    month = nextMonth(month);
  }
  return spans;
}

export async function loadTally(
  store: DocumentStore,
  now: () => Date,
  rcIds: readonly string[],
  window: { startMs: number; endMs: number },
  options: TallyLoaderOptions = {},
): Promise<LoadedTally> {
  const quietMs = options.quietMs ?? DEFAULT_QUIET_MS;
  const spans = spansOf(window);
  const total: LoadedTally = { tally: emptyTally(), unreadable: 0, monthsStored: 0, monthsCounted: 0 };
  await forEachLimited(rcIds, options.concurrency ?? 4, async (rcId) => {
    const saved = await readSaved(store, rcId, spans);
    const live: Array<Span & { counted: CountedMonth; token: string | null; storable: boolean }> = [];
    for (const span of spans) {
      const mark = span.month ? saved.marks.get(span.month) : undefined;
      const stored = span.month ? saved.tallies.get(span.month) : undefined;
      if (span.month && stored && stored.token === (mark?.token ?? null)) {
        mergeTally(total.tally, stored.tally);
        total.unreadable += stored.unreadable;
        total.monthsStored++;
        continue;
      }
      const quiet = !mark || now().getTime() - Date.parse(mark.at) >= quietMs;
      // Copied onto `{}`, not spread first: see ../consultation/record-draft.ts.
      live.push(Object.assign({}, span, { counted: { tally: emptyTally(), unreadable: 0 }, token: mark?.token ?? null, storable: span.month !== null && quiet }));
    }
    if (live.length === 0) return;

    // One pass over each run of adjacent months to count: a range report with stored months
    // between its two part-months reads the two ends only.
    const spanAt = (created: number) => live.find((s) => created >= s.startMs && created < s.endMs);
    for (const run of adjacentRuns(live)) {
      await forEachStatRow(
        store,
        [rcId],
        run,
        (row) => {
          const span = spanAt(row.created);
          if (span) addRow(span.counted.tally, row);
        },
        1,
        (created) => {
          // Without a readable creation time a record belongs to no month: named in this report, never stored.
          const span = created === null ? undefined : spanAt(created);
          if (span) span.counted.unreadable++;
          else if (created === null) total.unreadable++;
        },
      );
    }
    for (const span of live) {
      mergeTally(total.tally, span.counted.tally);
      total.unreadable += span.counted.unreadable;
      if (span.month) total.monthsCounted++;
      if (span.month && span.storable) await storeTally(store, rcId, span.month, span.token, span.counted, now(), options.onStoreError);
    }
  });
  return total;
}

async function readSaved(store: DocumentStore, rcId: string, spans: readonly Span[]) {
  const months = spans.flatMap((s) => (s.month ? [s.month] : []));
  const marks = new Map<string, { token: string; at: string }>();
  const tallies = new Map<string, NonNullable<ReturnType<typeof fromStored>>>();
  if (months.length === 0) return { marks, tallies };
  const docs = await store.collection<Document>('statistics').queryAll<Document>(
    {
      where: [
        { field: 'kind', op: 'in', values: [CHANGE_MARK_KIND, MONTH_TALLY_KIND] },
        { field: 'month', op: '>=', value: months[0] as string },
        { field: 'month', op: '<=', value: months[months.length - 1] as string },
      ],
    },
    { partitionKey: rcId, pageSize: 100 },
  );
  for (const doc of docs) {
    if (doc.kind === CHANGE_MARK_KIND) {
      const mark = changeMarkSchema.safeParse(doc);
      if (mark.success) marks.set(mark.data.month, mark.data);
    } else {
      const tally = fromStored(doc);
      if (tally) tallies.set(tally.month, tally);
    }
  }
  return { marks, tallies };
}

async function storeTally(
  store: DocumentStore,
  rcId: string,
  month: Month,
  token: string | null,
  counted: CountedMonth,
  now: Date,
  onError: TallyLoaderOptions['onStoreError'],
): Promise<void> {
  const doc = toStored(rcId, month, token, counted, now);
  if (JSON.stringify(doc).length > MAX_STORED_CHARS) return;
  try {
    await store.collection<Document>('statistics').upsert(doc);
  } catch (error) {
    onError?.(error);
  }
}

/** Spans in order, merged where one ends as the next begins. */
function adjacentRuns(spans: readonly Span[]): Array<{ startMs: number; endMs: number }> {
  const runs: Array<{ startMs: number; endMs: number }> = [];
  for (const span of spans) {
    const last = runs[runs.length - 1];
    if (last && last.endMs === span.startMs) last.endMs = span.endMs;
    else runs.push({ startMs: span.startMs, endMs: span.endMs });
  }
  return runs;
}

// Every report finds the first instant of each month it spans (a zone conversion apiece), and
// that instant never changes: found once per process.
const monthStarts = new BoundedMap<Month, number>(10_000);

function startOfMonth(month: Month): number {
  let ms = monthStarts.get(month);
  if (ms === undefined) {
    ms = startOfZonedDay(`${month}-01`).getTime();
    monthStarts.set(month, ms);
  }
  return ms;
}

const nextMonth = (month: Month): Month => addMonths(month, 1);

export function addMonths(month: Month, n: number): Month {
  const { year, month: m } = parseLocalDate(`${month}-01`);
  const index = year * 12 + (m - 1) + n;
  return formatLocalDate({ year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 }).slice(0, 7) as Month;
}

/** [first instant of `from`, first instant after `to`) for whole Stockholm months. */
export function monthsWindow(from: Month, to: Month): { startMs: number; endMs: number } {
  return { startMs: startOfMonth(from), endMs: startOfMonth(nextMonth(to)) };
}
