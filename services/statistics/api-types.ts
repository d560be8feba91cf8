// The statistics API's JSON bodies: what bot/stats-api.ts sends and the "Statistik" tab
// (tab/src/) reads. Types only, so the tab's esbuild bundle imports them without taking in any
// server code, and a change to the report's shape fails the type check on both sides.

import type { CoverageResult, StatisticsReport } from './types.js';

export type { Figure, FigureGroup } from './types.js';

/** GET /api/stats/centres */
export interface CentresBody {
  centres: Centre[];
}

export interface Centre {
  id: string;
  name: string;
}

/** Coverage as sent: the report's municipality codes plus their names, in the same order. */
export interface CoverageBody extends CoverageResult {
  missing: string[];
}

/** The report as sent: names added to the coverage, which the report itself gives as codes. */
export interface ReportBody extends Omit<StatisticsReport, 'coverage'> {
  coverage: CoverageBody | null;
}

/** GET /api/stats/report, when it answers 200. */
export interface ReportResponseBody {
  ok: true;
  report: ReportBody;
}

/** POST /api/stats/export */
export interface ExportLinkBody {
  /** Path of the short-lived CSV link, relative to the server. */
  url: string;
  expiresAt: string;
}
