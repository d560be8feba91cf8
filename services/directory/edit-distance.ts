// Damerau-Levenshtein distance (optimal string alignment: a swap of two neighbouring
// letters costs 1, as in "kirnua"), bounded so that hopeless candidates stop early.
// Rows are reused between calls: the place search runs it hundreds of times per query.

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

function ensureRows(length: number): void {
  if (rowA.length > length) return;
  const size = Math.max(length + 1, rowA.length * 2);
  rowA = new Int32Array(size);
  rowB = new Int32Array(size);
  rowC = new Int32Array(size);
}

/**
 * Distance from `query` to `target`, or to the closest prefix of `target` when `prefix` is
 * set (for type-ahead, where the user has not finished typing). Returns `max + 1` as soon
 * as the distance is known to exceed `max`.
 */
export function editDistance(query: string, target: string, max: number, prefix = false): number {
  const m = query.length;
  const n = target.length;
  if (!prefix && Math.abs(m - n) > max) return max + 1;
  if (m === 0) return prefix ? 0 : Math.min(n, max + 1);
  ensureRows(n);
  let twoBack = rowA;
  let previous = rowB;
  let current = rowC;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    const qc = query.charCodeAt(i - 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const tc = target.charCodeAt(j - 1);
      const cost = qc === tc ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && qc === target.charCodeAt(j - 2) && query.charCodeAt(i - 2) === tc) {
        best = Math.min(best, twoBack[j - 2]! + 1);
      }
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > max) return max + 1;
    const spare = twoBack;
    twoBack = previous;
    previous = current;
    current = spare;
  }
  let result = previous[n]!;
  if (prefix) for (let j = 0; j < n; j++) result = Math.min(result, previous[j]!);
  return Math.min(result, max + 1);
}

/** How many edits a query of this length may need and still count as a match. */
export function typoAllowance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 9) return 2;
  return 3;
}

/**
 * The same distance for one query against many names, bit-parallel (Hyyrö 2003, after
 * Myers 1999): one pass over each name with a handful of word operations per letter.
 * Queries longer than 31 characters fall back to the table above.
 */
export class QueryDistance {
  /** Bit i set where query[i] is that letter; keys are folded to ASCII, so 128 slots do. */
  private readonly peq = new Int32Array(128);
  private readonly length: number;

  constructor(private readonly query: string) {
    this.length = query.length;
    if (this.length > 31) return;
    for (let i = 0; i < this.length; i++) {
      const c = query.charCodeAt(i);
      if (c < 128) this.peq[c]! |= 1 << i;
    }
  }

  /** Distance to `target` (or its closest prefix), or `max + 1` if larger. */
  to(target: string, max: number, prefix = false): number {
    const m = this.length;
    if (m > 31 || /[^\x00-\x7f]/.test(this.query)) return editDistance(this.query, target, max, prefix);
    if (m === 0) return prefix ? 0 : Math.min(target.length, max + 1);
    if (!prefix && Math.abs(m - target.length) > max) return max + 1;
    const high = 1 << (m - 1);
    let pv = -1;
    let mv = 0;
    let score = m;
    let best = m;
    let d0Previous = 0;
    let pmPrevious = 0;
    for (let j = 0; j < target.length; j++) {
      const c = target.charCodeAt(j);
      const pm = c < 128 ? this.peq[c]! : 0;
      const transposition = ((~d0Previous & pm) << 1) & pmPrevious;
      const d0 = (((pm & pv) + pv) ^ pv) | pm | mv | transposition;
      let hp = mv | ~(d0 | pv);
      let hn = d0 & pv;
      if (hp & high) score++;
      else if (hn & high) score--;
      hp = (hp << 1) | 1;
      hn <<= 1;
      pv = hn | ~(d0 | hp);
      mv = hp & d0;
      d0Previous = d0;
      pmPrevious = pm;
      if (score < best) best = score;
    }
    return Math.min(prefix ? best : score, max + 1);
  }
}
