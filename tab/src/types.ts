// The report as GET /api/stats/report returns it: services/statistics/types.ts
// StatisticsReport, as JSON. Only the fields the tab reads are typed here; the tab is a
// separate browser bundle and does not import the bot's code.

export interface Figure {
  indicator: string;
  goalArea: 1 | 2 | 3;
  unit: 'count' | 'percent' | 'mean' | 'hours' | 'municipalities';
  value: number | null;
  /** Ready to show, Swedish style: "353", "54 %", "4,2", "6 av 10", "<5", "..", "–". */
  display: string;
  suppressed: boolean;
  hiddenBecause?: 'small_count' | 'complementary' | 'derived';
  denominator?: number;
  group?: string;
  multiSelect?: true;
}

export interface FigureGroup {
  code: string;
  total: string;
  multiSelect: boolean;
}

export interface Coverage {
  area: number;
  reached: number;
  /** Names of the area's municipalities without a case (what the stats API sends). */
  missing?: string[];
  /** Codes of the same (the statistics service's own field), shown when no names come. */
  unreached?: string[];
  unnamed?: number;
}

export interface Report {
  scope?: { kind: 'rc'; rcId: string; name: string; shortCode?: string } | { kind: 'all'; rcIds: string[] };
  period: { label: string; first: string; last: string };
  exact: boolean;
  generatedAt?: string;
  figures: Figure[];
  groups: FigureGroup[];
  coverage: Coverage | null;
  notComputable: string[];
}

export interface Centre {
  id: string;
  name: string;
}
