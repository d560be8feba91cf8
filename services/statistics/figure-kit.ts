// Building blocks for figures: value, display and suppression state decided in one place, so
// every indicator hides and prints the same way.

import { formatCount, formatDecimal, formatPercent, HIDDEN_MARK, NO_VALUE_MARK, roundHalfUp, SMALL_COUNT_MARK } from './format.js';
import { isSmallCount, type CountHidden } from './suppression.js';
import type { Figure, GoalArea, HiddenBecause } from './types.js';

interface Base {
  indicator: string;
  goalArea: GoalArea;
  group?: string;
  multiSelect?: boolean;
}

function base(b: Base): Pick<Figure, 'indicator' | 'goalArea' | 'group' | 'multiSelect'> {
  return { indicator: b.indicator, goalArea: b.goalArea, ...(b.group ? { group: b.group } : {}), ...(b.multiSelect ? { multiSelect: true as const } : {}) };
}

/** `{ ...base(b), ...rest }`, keys in the same order, without a leading spread (see ../consultation/record-draft.ts): a report makes about 200. */
function figure(b: Base, rest: Omit<Figure, 'indicator' | 'goalArea' | 'group' | 'multiSelect'>): Figure {
  return Object.assign(base(b), rest);
}

function hiddenFigure(b: Base, unit: Figure['unit'], because: HiddenBecause, denominator?: number): Figure {
  return figure(b, {
    unit,
    value: null,
    display: because === 'small_count' && unit === 'count' ? SMALL_COUNT_MARK : HIDDEN_MARK,
    suppressed: true,
    hiddenBecause: because,
    ...(denominator === undefined ? {} : { denominator }),
  });
}

/** A count; `hidden` comes from suppressCounts (undefined: shown, or nothing is suppressed). */
export function countFigure(b: Base, n: number, hidden: CountHidden | 'derived' | undefined): Figure {
  if (hidden) return hiddenFigure(b, 'count', hidden);
  return figure(b, { unit: 'count', value: n, display: formatCount(n), suppressed: false });
}

/** A percentage of `total`, hidden when its count or its total is. Value to one decimal, display whole. */
export function shareFigure(b: Base, n: number, total: number, countHidden: boolean, totalHidden: boolean): Figure {
  const denominator = totalHidden ? undefined : total;
  if (countHidden || totalHidden) return hiddenFigure(b, 'percent', 'derived', denominator);
  if (total === 0) return figure(b, { unit: 'percent', value: null, display: NO_VALUE_MARK, suppressed: false, denominator: total });
  const percent = (100 * n) / total;
  return figure(b, { unit: 'percent', value: roundHalfUp(percent, 1), display: formatPercent(percent), suppressed: false, denominator: total });
}

/**
 * A mean or median over `n` answers or records. When suppressing, one taken over 1-4 of
 * them is hidden: a mean of two ratings tells each rater the other's.
 */
export function statisticFigure(
  b: Base,
  unit: 'mean' | 'hours',
  value: number | null,
  n: number,
  options: { suppress: boolean; nHidden?: boolean; digits?: number },
): Figure {
  const nHidden = options.nHidden ?? false;
  // Without its denominator too: that would be the small count itself.
  if (options.suppress && (nHidden || isSmallCount(n))) return hiddenFigure(b, unit, nHidden ? 'derived' : 'small_count');
  if (value === null || n === 0) return figure(b, { unit, value: null, display: NO_VALUE_MARK, suppressed: false, denominator: n });
  const digits = options.digits ?? 1;
  return figure(b, { unit, value: roundHalfUp(value, digits + 1), display: formatDecimal(value, digits), suppressed: false, denominator: n });
}

/** "6 av 10": municipalities of the area with at least one case. */
export function coverageFigure(b: Base, reached: number, area: number): Figure {
  return figure(b, { unit: 'municipalities', value: reached, display: `${reached} av ${area}`, suppressed: false, denominator: area });
}
