// The shapes a statistics report is asked with and answered in. Reports carry codes and
// numbers only; the bot's catalogue and the cards turn indicator codes into Swedish labels.

import type { LocalDate } from '../time/local-date.js';

/** Goal areas of the national follow-up model (L2371-2447): 1 exposed people, 2 professionals, 3 collaboration. */
export type GoalArea = 1 | 2 | 3;

export type Scope = { kind: 'rc'; rcId: string } | { kind: 'all' };

/**
 * Who will see the figures. Only an RC's own coordinators looking at that RC get exact
 * counts; everyone else (other RCs, NCH, national views, exports for others) gets small
 * cells suppressed. The bot decides who is a coordinator; this only applies the rule.
 */
export type Viewer = { kind: 'own_rc_coordinator'; rcId: string } | { kind: 'other' };

/**
 * Calendar periods in Europe/Stockholm. `index` is 1-based: month 1 = January, quarter
 * 1 = January-March; it is required for months and quarters and ignored for years.
 * A range includes both its first and its last day.
 */
export type PeriodSpec =
  | { kind: 'month' | 'quarter' | 'year'; year: number; index?: number }
  | { kind: 'range'; from: LocalDate; to: LocalDate };

export interface ResolvedPeriod {
  spec: PeriodSpec;
  /** Statistics Sweden's notation: "2027", "2027K1", "2027M01"; a range as "2019-12-01–2020-11-30". */
  label: string;
  first: LocalDate;
  last: LocalDate;
  /** First instant of `first` in Stockholm (inclusive), ISO UTC. */
  start: string;
  /** First instant of the day after `last` in Stockholm (exclusive), ISO UTC. */
  end: string;
}

export interface ReportRequest {
  scope: Scope;
  period: PeriodSpec;
  viewer: Viewer;
}

export type FigureUnit = 'count' | 'percent' | 'mean' | 'hours' | 'municipalities';

/** Why a figure is hidden: a count of 1-4, a second cell hidden to protect it, or derived from a hidden one. */
export type HiddenBecause = 'small_count' | 'complementary' | 'derived';

export interface Figure {
  /** Stable code, e.g. "ga2.sector.school", "ga2.violence.control.share" (see indicators.ts). */
  indicator: string;
  goalArea: GoalArea;
  unit: FigureUnit;
  /** Null when hidden, or when there is nothing to compute it from (a median of no answers). */
  value: number | null;
  /** Ready to show: "353", "54 %", "4,2", "6 av 10", "<5" (a hidden small count), ".." (other hidden), "–" (no value). */
  display: string;
  suppressed: boolean;
  hiddenBecause?: HiddenBecause;
  /** What a share, mean or median is taken over (cases, answers, municipalities); left out when that count is hidden. */
  denominator?: number;
  /** The breakdown the figure belongs to (report.groups describes it). */
  group?: string;
  /** One case can count in several cells of this group, so its shares may sum past 100 %. */
  multiSelect?: true;
}

export interface FigureGroup {
  code: string;
  /** The indicator whose count the group's shares are taken of. */
  total: string;
  /** True: cells can overlap (shares may sum past 100 %). False: the cells' counts sum to the total. */
  multiSelect: boolean;
}

export interface CoverageResult {
  /** Municipality codes of the RC's area (as the directory names them). */
  area: number;
  reached: number;
  /** Codes of the area's municipalities without a single case in the period, in directory order. */
  unreached: string[];
  /** Members the sources count but do not name (Fyrbodal's three); they cannot be checked. */
  unnamed: number;
}

export type ReportScope =
  | { kind: 'rc'; rcId: string; shortCode: string; name: string }
  | { kind: 'all'; rcIds: string[] };

export interface StatisticsReport {
  scope: ReportScope;
  period: ResolvedPeriod;
  /** False: small cells are suppressed (everyone but the RC's own coordinators). */
  exact: boolean;
  generatedAt: string;
  figures: Figure[];
  groups: FigureGroup[];
  /** Per-RC reports only; null for the national view or an RC whose area the sources do not state. */
  coverage: CoverageResult | null;
  /** Indicators the records cannot give yet: listed instead of being reported as zeros. */
  notComputable: string[];
  /** Stored records that could not be read as consultations (counted nowhere, never silently). */
  unreadableRecords: number;
}

export type ReportResult =
  | { ok: true; report: StatisticsReport }
  | { ok: false; reason: 'unknown_centre' }
  | { ok: false; reason: 'invalid_period'; detail: string };
