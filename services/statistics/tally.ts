// Counts per indicator, and the raw material for means, medians and coverage, built one row
// at a time as the pages arrive. Aggregating when asked rather than keeping counters beside
// the records: see the decision in statistics-service.ts.

import { addCaseWork, countedAsSent } from './case-work-tally.js';
import { BREAKDOWNS, CASES, CASE_WORK_COUNTS, HELPFULNESS_ANSWERS, WITHDRAWN } from './indicators.js';
import type { StatRow } from './stat-rows.js';

const HOUR_MS = 3_600_000;

export interface Tally {
  /** Case-level counts by indicator code: totals and every breakdown cell (zeros included). */
  counts: Map<string, number>;
  /** Kept apart from `counts`: a sum of contacts is not a number of cases. */
  contacts: number;
  helpfulnessSum: number;
  /** Hours from a request to its claim, and to its answer (requests only, not logged consultations). */
  hoursToClaim: number[];
  hoursToAnswer: number[];
  /** Municipality codes with at least one case. */
  municipalities: Set<string>;
}

// Category → indicator per breakdown, looked up once per row and breakdown.
const INDICATOR_OF = new Map(BREAKDOWNS.map((b) => [b.code, new Map(b.cells.map((c) => [c.category, c.indicator]))]));

export function emptyTally(): Tally {
  const counts = new Map<string, number>([
    [CASES, 0],
    [WITHDRAWN, 0],
    [HELPFULNESS_ANSWERS, 0],
  ]);
  for (const b of BREAKDOWNS) {
    counts.set(b.total, 0);
    for (const cell of b.cells) counts.set(cell.indicator, 0);
  }
  for (const key of CASE_WORK_COUNTS) counts.set(key, 0);
  return { counts, contacts: 0, helpfulnessSum: 0, hoursToClaim: [], hoursToAnswer: [], municipalities: new Set() };
}

export function addRow(t: Tally, row: StatRow): void {
  const bump = (key: string) => t.counts.set(key, (t.counts.get(key) ?? 0) + 1);
  // A withdrawn request never became a case: it is counted, but in no breakdown.
  if (row.status === 'withdrawn') {
    bump(WITHDRAWN);
    return;
  }
  if (countedAsSent(t, row)) return;
  bump(CASES);
  t.contacts += row.contacts;
  addCaseWork(t, row);
  t.municipalities.add(row.municipality);
  for (const b of BREAKDOWNS) {
    const cells = INDICATOR_OF.get(b.code);
    if (b.categoryOf) {
      // Single-select: no list made for each breakdown of each record.
      const category = b.categoryOf(row);
      if (category === null) continue;
      if (b.total !== CASES) bump(b.total);
      const indicator = cells?.get(category);
      if (indicator !== undefined) bump(indicator);
      continue;
    }
    const categories = b.categoriesOf(row);
    if (b.total !== CASES && categories.length > 0) bump(b.total);
    for (const category of categories) {
      const indicator = cells?.get(category);
      if (indicator !== undefined) bump(indicator);
    }
  }
  if (row.helpfulness !== null) {
    bump(HELPFULNESS_ANSWERS);
    t.helpfulnessSum += row.helpfulness;
  }
  if (row.requested) {
    if (row.claimed !== null) t.hoursToClaim.push((row.claimed - row.created) / HOUR_MS);
    if (row.answered !== null) t.hoursToAnswer.push((row.answered - row.created) / HOUR_MS);
  }
}

/** Middle value; the mean of the two middle ones for an even count. Null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}
