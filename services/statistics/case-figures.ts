// Goal areas 1 and 2 from the consultation records: totals, every breakdown as a count and a
// share of its total, feedback, waiting times, and the RC's coverage of its municipalities.

import type { ResourceCentre } from '../directory/schema.js';
import { caseWorkFigures } from './case-work-figures.js';
import { countFigure, coverageFigure, shareFigure, statisticFigure } from './figure-kit.js';
import {
  ANSWER_MEDIAN,
  BREAKDOWNS,
  CASES,
  CLAIM_MEDIAN,
  CONTACTS,
  COVERAGE,
  HELPFULNESS_ANSWERS,
  HELPFULNESS_MEAN,
  SHARE_SUFFIX,
  WITHDRAWN,
} from './indicators.js';
import { suppressCounts, type CountHidden } from './suppression.js';
import { median, type Tally } from './tally.js';
import type { CoverageResult, Figure, FigureGroup } from './types.js';

export interface CaseFigures {
  figures: Figure[];
  groups: FigureGroup[];
}

export function caseFigures(t: Tally, suppress: boolean): CaseFigures {
  const hidden: ReadonlyMap<string, CountHidden> = suppress
    ? suppressCounts(
        t.counts,
        BREAKDOWNS.filter((b) => !b.multiSelect).map((b) => ({ total: b.total, cells: b.cells.map((c) => c.indicator) })),
      )
    : new Map();
  const n = (key: string): number => t.counts.get(key) ?? 0;
  const count = (indicator: string, extra: { group?: string; multiSelect?: boolean } = {}) =>
    countFigure({ indicator, goalArea: 2, ...extra }, n(indicator), hidden.get(indicator));

  const casesHidden = hidden.has(CASES);
  const figures: Figure[] = [
    count(CASES),
    // A sum of contacts over 1-4 cases would show roughly how much went on in them.
    countFigure({ indicator: CONTACTS, goalArea: 2 }, t.contacts, casesHidden ? 'derived' : undefined),
    count(WITHDRAWN),
  ];
  for (const b of BREAKDOWNS) {
    if (b.total !== CASES) figures.push(count(b.total));
    const total = n(b.total);
    const totalHidden = hidden.has(b.total);
    for (const cell of b.cells) {
      const meta = { goalArea: cell.goalArea, group: b.code, multiSelect: b.multiSelect };
      const cellHidden = hidden.get(cell.indicator);
      figures.push(countFigure({ indicator: cell.indicator, ...meta }, n(cell.indicator), cellHidden));
      figures.push(shareFigure({ indicator: cell.indicator + SHARE_SUFFIX, ...meta }, n(cell.indicator), total, cellHidden !== undefined, totalHidden));
    }
  }

  const answers = n(HELPFULNESS_ANSWERS);
  figures.push(
    count(HELPFULNESS_ANSWERS),
    statisticFigure({ indicator: HELPFULNESS_MEAN, goalArea: 2 }, 'mean', answers === 0 ? null : t.helpfulnessSum / answers, answers, {
      suppress,
      nHidden: hidden.has(HELPFULNESS_ANSWERS),
    }),
    statisticFigure({ indicator: CLAIM_MEDIAN, goalArea: 2 }, 'hours', median(t.hoursToClaim), t.hoursToClaim.length, { suppress }),
    statisticFigure({ indicator: ANSWER_MEDIAN, goalArea: 2 }, 'hours', median(t.hoursToAnswer), t.hoursToAnswer.length, { suppress }),
  );

  figures.push(...caseWorkFigures(t, suppress, hidden));

  // Goal area 1 first, then 2, each in catalogue order (a stable sort keeps that order).
  figures.sort((a, b) => a.goalArea - b.goalArea);
  const groups = BREAKDOWNS.map((b) => ({ code: b.code, total: b.total, multiSelect: b.multiSelect }));
  return { figures, groups };
}

/** Null when the sources do not state the RC's municipalities (then coverage is not computable). */
export function coverage(centre: ResourceCentre, reachedCodes: ReadonlySet<string>): { result: CoverageResult; figure: Figure } | null {
  if (centre.coverage.kind !== 'municipalities') return null;
  const area = centre.coverage.codes;
  const unreached = area.filter((code) => !reachedCodes.has(code));
  const reached = area.length - unreached.length;
  return {
    result: { area: area.length, reached, unreached, unnamed: centre.coverage.unnamedCount ?? 0 },
    // Not a count of people: which municipalities asked identifies no one, so it is never hidden.
    figure: coverageFigure({ indicator: COVERAGE, goalArea: 2 }, reached, area.length),
  };
}
