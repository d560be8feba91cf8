// Small-cell suppression for figures that leave an RC's own coordinators. In a small
// municipality a count of 1-4 can point at a person (L4886), so such counts are shown as
// "<5". Hiding one cell is not enough when its group's total is shown: the total minus the
// other cells gives it back. So in every group that sums to a shown total, a lone hidden cell
// takes the next-smallest cell with it (complementary suppression).
//
// Pure: counts and groups in, hidden cells out. figures.ts applies the result, and hides what
// is derived from a hidden count (its share, a mean or median of 1-4 answers).

/** Counts from 1 up to this are hidden. Zero is shown: "nobody" identifies no one. */
export const SMALL_COUNT_MAX = 4;

export type CountHidden = 'small_count' | 'complementary';

/** Cells whose counts sum to the total's count (a breakdown that partitions the cases). */
export interface AdditiveGroup {
  total: string;
  cells: readonly string[];
}

export function isSmallCount(n: number): boolean {
  return n >= 1 && n <= SMALL_COUNT_MAX;
}

/**
 * Which counts to hide. `counts` holds every count subject to the rule, totals included;
 * every total and cell a group names must be in it.
 */
export function suppressCounts(counts: ReadonlyMap<string, number>, groups: readonly AdditiveGroup[]): Map<string, CountHidden> {
  for (const group of groups) for (const key of [group.total, ...group.cells]) count(counts, key);
  const hidden = new Map<string, CountHidden>();
  for (const [key, n] of counts) if (isSmallCount(n)) hidden.set(key, 'small_count');

  // Hiding a cell can leave another group (or, when a cell belongs to several groups, this
  // one) with a lone hidden cell, so repeat until nothing changes. Each round hides at least
  // one more key, so this ends.
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of groups) {
      if (hidden.has(group.total)) continue; // nothing to subtract from
      const hiddenCells = group.cells.filter((c) => hidden.has(c));
      if (hiddenCells.length !== 1) continue;
      const partner = nextSmallest(group, counts, hidden);
      // No non-zero cell to pair with means the lone hidden cell equals the total minus
      // zeros; only hiding the total protects it (cannot happen when cells sum to the total,
      // since the cell would then be the total and small itself; kept as a guard).
      hidden.set(partner ?? group.total, 'complementary');
      changed = true;
    }
  }
  return hidden;
}

/**
 * The smallest shown cell above zero, ties broken by the group's order (stable output).
 * Zero cells are no cover: a reader who knows a category is empty subtracts nothing.
 */
function nextSmallest(group: AdditiveGroup, counts: ReadonlyMap<string, number>, hidden: ReadonlyMap<string, CountHidden>): string | undefined {
  let best: string | undefined;
  let bestCount = Infinity;
  for (const cell of group.cells) {
    const n = count(counts, cell);
    if (hidden.has(cell) || n <= 0) continue;
    if (n < bestCount) {
      best = cell;
      bestCount = n;
    }
  }
  return best;
}

function count(counts: ReadonlyMap<string, number>, key: string): number {
  const n = counts.get(key);
  if (n === undefined) throw new Error(`suppression: no count for ${key}`);
  return n;
}
