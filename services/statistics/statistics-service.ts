// Follow-up reports: statistics as a by-product of the consultation (and later session)
// records, never a form of their own (brief: "Follow-up"). One common core of indicators
// for every RC, so counties can be compared.
//
// Aggregated when asked, not kept as counters. Counters would have to change in the same
// write as the record, and neither store has transactions across documents, so they would
// drift on every crash between the two writes and on every late change (a reopened case, an
// answer's outcomes, "Följdes rådet?" a week later, one more contact). They cannot give
// medians, coverage or an arbitrary date range either. The cost is reading one year's
// records per report: the 2020 volumes were 22-353 cases per RC (L9628, L11219), a few
// thousand nationally; scripts/bench-stats.ts measures 100 000.

import type { DirectoryIndex } from '../directory/lookup.js';
import type { ResourceCentre } from '../directory/schema.js';
import type { DocumentStore } from '../storage/port.js';
import type { Clock } from '../time/clock.js';
import { caseFigures, coverage } from './case-figures.js';
import { COVERAGE, NOT_YET_RECORDED } from './indicators.js';
import { resolvePeriod } from './period.js';
import { NullSessionStatsSource, sessionFigures, type SessionStatsSource } from './session-stats.js';
import { forEachStatRow } from './stat-rows.js';
import { addRow, emptyTally } from './tally.js';
import type { ReportRequest, ReportResult, ReportScope, ResolvedPeriod, Scope, Viewer } from './types.js';

export interface StatisticsServiceOptions {
  /** Goal area 3; defaults to "not computable yet". */
  sessions?: SessionStatsSource;
  /** RC partitions read at once (Cosmos round trips overlap; the embedded store reads one at a time anyway). */
  concurrency?: number;
}

/** Exact counts only for an RC's own coordinators looking at that RC. */
export function seesExactCounts(scope: Scope, viewer: Viewer): boolean {
  return viewer.kind === 'own_rc_coordinator' && scope.kind === 'rc' && scope.rcId === viewer.rcId;
}

export class StatisticsService {
  private readonly sessions: SessionStatsSource;
  private readonly concurrency: number;

  constructor(
    private readonly store: DocumentStore,
    private readonly directory: () => DirectoryIndex,
    private readonly clock: Clock,
    options: StatisticsServiceOptions = {},
  ) {
    this.sessions = options.sessions ?? new NullSessionStatsSource();
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
  }

  async report(request: ReportRequest): Promise<ReportResult> {
    let period: ResolvedPeriod;
    try {
      period = resolvePeriod(request.period);
    } catch (error) {
      if (error instanceof RangeError) return { ok: false, reason: 'invalid_period', detail: error.message };
      throw error;
    }
    const directory = this.directory();
    let centre: ResourceCentre | undefined;
    if (request.scope.kind === 'rc') {
      centre = directory.centre(request.scope.rcId);
      if (!centre) return { ok: false, reason: 'unknown_centre' };
    }
    // The national view reads every centre the directory knows, in service or not: a centre
    // that has closed still has the records of the years it worked.
    const rcIds = centre ? [centre.id] : directory.centres.map((c) => c.id);
    const exact = seesExactCounts(request.scope, request.viewer);

    const t = emptyTally();
    const window = { startMs: Date.parse(period.start), endMs: Date.parse(period.end) };
    const [loaded, sessionAnswer] = await Promise.all([
      forEachStatRow(this.store, rcIds, window, (row) => addRow(t, row), this.concurrency),
      this.sessions.sessionStats({ scope: request.scope, rcIds, period }),
    ]);
    const cases = caseFigures(t, !exact);
    const sessions = sessionFigures(sessionAnswer, !exact);
    const covered = centre ? coverage(centre, t.municipalities) : null;

    const figures = [...cases.figures];
    if (covered) figures.push(covered.figure);
    figures.push(...sessions.figures);
    const notComputable = [...NOT_YET_RECORDED, ...sessions.notComputable, ...(centre && !covered ? [COVERAGE] : [])];
    const scope: ReportScope = centre
      ? { kind: 'rc', rcId: centre.id, shortCode: centre.shortCode, name: centre.name }
      : { kind: 'all', rcIds };

    return {
      ok: true,
      report: {
        scope,
        period,
        exact,
        generatedAt: this.clock.now().toISOString(),
        // Goal area order again: the coverage and session figures came after the cases'.
        figures: figures.sort((a, b) => a.goalArea - b.goalArea),
        groups: cases.groups,
        coverage: covered?.result ?? null,
        notComputable: notComputable.sort(),
        unreadableRecords: loaded.unreadable,
      },
    };
  }
}
