// Follow-up reports: statistics as a by-product of the consultation (and session) records,
// never a form of their own (brief: "Follow-up"). One common core of indicators for every RC,
// so counties can be compared.
//
// Not counters kept beside the records: they would have to change in the same write as the
// record, neither store has transactions across documents, and they cannot give medians or
// coverage. Instead each RC's month is counted from its records once and the tally stored,
// to be trusted only while no consultation write has touched that month since
// (./tally-loader.ts). A report reads the months that changed and the stored tallies of the
// rest: a national year over 100 000 records is then a few months' reading, not a year's
// (scripts/bench-stats.ts prints both).

import type { DirectoryIndex } from '../directory/lookup.js';
import type { ResourceCentre } from '../directory/schema.js';
import type { DocumentStore } from '../storage/port.js';
import type { Clock } from '../time/clock.js';
import { caseFigures, coverage } from './case-figures.js';
import { COVERAGE, NOT_YET_RECORDED } from './indicators.js';
import { resolvePeriod } from './period.js';
import { NullSessionStatsSource, sessionFigures, type SessionStatsSource } from './session-stats.js';
import { NO_TRAININGS, trainingFigures, type TrainingStatsSource } from './training-stats.js';
import { PARTICIPANT_SECTORS, PROFESSIONS } from '../training/codes.js';
import { addMonths, loadTally, monthsWindow, type TallyLoaderOptions } from './tally-loader.js';
import { monthOf } from '../consultation/change-marks.js';
import type { ReportRequest, ReportResult, ReportScope, ResolvedPeriod, Scope, Viewer } from './types.js';

export interface StatisticsServiceOptions {
  /** Goal area 3; defaults to "not computable yet". */
  sessions?: SessionStatsSource;
  /** Goal area 2's trainings; defaults to none held. */
  trainings?: TrainingStatsSource;
  /** RC partitions read at once (Cosmos round trips overlap; the embedded store reads one at a time anyway). */
  concurrency?: number;
  /** How long after a consultation write its month is counted afresh for every report (see tally-loader.ts). */
  quietMs?: number;
  /** A counted month that could not be stored; the report is right regardless. */
  onStoreError?: (error: unknown) => void;
}

/** Exact counts only for an RC's own coordinators looking at that RC. */
export function seesExactCounts(scope: Scope, viewer: Viewer): boolean {
  return viewer.kind === 'own_rc_coordinator' && scope.kind === 'rc' && scope.rcId === viewer.rcId;
}

export class StatisticsService {
  private readonly sessions: SessionStatsSource;
  private readonly trainings: TrainingStatsSource;
  private readonly loader: TallyLoaderOptions;

  constructor(
    private readonly store: DocumentStore,
    private readonly directory: () => DirectoryIndex,
    private readonly clock: Clock,
    options: StatisticsServiceOptions = {},
  ) {
    this.sessions = options.sessions ?? new NullSessionStatsSource();
    this.trainings = options.trainings ?? NO_TRAININGS;
    this.loader = {
      concurrency: Math.max(1, Math.floor(options.concurrency ?? 4)),
      ...(options.quietMs === undefined ? {} : { quietMs: options.quietMs }),
      ...(options.onStoreError ? { onStoreError: options.onStoreError } : {}),
    };
  }

  /**
   * Counts and stores the month tallies that a report would otherwise have to count first:
   * this month and the twelve before it, at every centre. Run in the background, so that
   * nobody waits for the first report after an upgrade that changed the counting, or after
   * records were imported.
   */
  async refreshMonthTallies(): Promise<{ monthsStored: number; monthsCounted: number }> {
    const thisMonth = monthOf(this.clock.now());
    const rcIds = this.directory().centres.map((c) => c.id);
    const { monthsStored, monthsCounted } = await loadTally(this.store, () => this.clock.now(), rcIds, monthsWindow(addMonths(thisMonth, -12), thisMonth), this.loader);
    return { monthsStored, monthsCounted };
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

    const window = { startMs: Date.parse(period.start), endMs: Date.parse(period.end) };
    const [loaded, sessionAnswer, trainingStats] = await Promise.all([
      loadTally(this.store, () => this.clock.now(), rcIds, window, this.loader),
      this.sessions.sessionStats({ scope: request.scope, rcIds, period }),
      this.trainings.trainingStats({ scope: request.scope, rcIds, period }),
    ]);
    const t = loaded.tally;
    const cases = caseFigures(t, !exact);
    const sessions = sessionFigures(sessionAnswer, !exact);
    const covered = centre ? coverage(centre, t.municipalities) : null;

    const figures = [...cases.figures];
    if (covered) figures.push(covered.figure);
    figures.push(...trainingFigures(trainingStats, { professions: PROFESSIONS, sectors: PARTICIPANT_SECTORS }, !exact));
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
