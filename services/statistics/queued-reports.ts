// Reports through the process's count queue (./count-queue.ts): at most a few counted at once,
// and requests for the same report while one waits answered by that one count. "The same"
// is the same scope, period and exactness: the viewer matters to a report only through whether
// it sees exact counts (statistics-service.ts, seesExactCounts).

import { CountQueue } from './count-queue.js';
import { seesExactCounts, type StatisticsService } from './statistics-service.js';
import type { PeriodSpec, ReportRequest, ReportResult, Scope } from './types.js';

export type ReportSource = Pick<StatisticsService, 'report'>;

function scopeKey(scope: Scope): string {
  return scope.kind === 'rc' ? `rc:${scope.rcId}` : 'all';
}

function periodKey(period: PeriodSpec): string {
  return period.kind === 'range' ? `range:${period.from}:${period.to}` : `${period.kind}:${period.year}:${period.index ?? ''}`;
}

export class QueuedReports implements ReportSource {
  private readonly queue: CountQueue<ReportResult>;

  /** `limit`: reports counted at once in this process. */
  constructor(
    private readonly statistics: ReportSource,
    limit: number,
  ) {
    this.queue = new CountQueue(limit);
  }

  report(request: ReportRequest): Promise<ReportResult> {
    const key = `${scopeKey(request.scope)}|${periodKey(request.period)}|${seesExactCounts(request.scope, request.viewer) ? 'exact' : 'hidden'}`;
    return this.queue.run(key, () => this.statistics.report(request));
  }
}
