// Period choices and their wire form: "year:2026", "quarter:2026:3", "month:2026:11".

export type PeriodKind = 'quarter' | 'year' | 'month';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Quarter 1-4 or month 1-12; ignored for a year. */
  index: number;
}

/** The pilots started in 2018; no records can be older. */
export const FIRST_YEAR = 2018;

/**
 * The year `today` is in: the year to date, since nothing is recorded ahead of today. (The last
 * full quarter was all zeros for anyone who started this quarter.)
 */
export function currentYear(today: Date): Period {
  return { kind: 'year', year: today.getFullYear(), index: 1 };
}

export function periodParam(p: Period): string {
  return p.kind === 'year' ? `year:${p.year}` : `${p.kind}:${p.year}:${p.index}`;
}

/** Parses a wire form; undefined when it is not one. */
export function parsePeriod(s: string | null): Period | undefined {
  const m = /^(year|quarter|month):(\d{4})(?::(\d{1,2}))?$/.exec(s ?? '');
  if (!m) return undefined;
  const kind = m[1] as PeriodKind;
  const year = Number(m[2]);
  if (kind === 'year') return { kind, year, index: 1 };
  const index = Number(m[3]);
  const max = kind === 'quarter' ? 4 : 12;
  if (!Number.isInteger(index) || index < 1 || index > max) return undefined;
  return { kind, year, index };
}

/** Switching kind keeps the same stretch of time where it can: Q3 → its last month, September → Q3. */
export function changeKind(p: Period, kind: PeriodKind): Period {
  if (kind === p.kind) return p;
  if (kind === 'year') return { kind, year: p.year, index: p.kind === 'month' ? Math.ceil(p.index / 3) : p.index };
  if (kind === 'quarter') return { kind, year: p.year, index: p.kind === 'month' ? Math.ceil(p.index / 3) : Math.min(p.index, 4) };
  return { kind, year: p.year, index: p.kind === 'quarter' ? p.index * 3 : Math.min(p.index * 3, 12) };
}
