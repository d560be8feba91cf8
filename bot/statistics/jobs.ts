// Keeps the month tallies counted ahead of the reports, so a coordinator who asks for a year
// waits for the months that changed in the last minutes, not for a year of records.
import type { JobDefinition } from '../../services/jobs/job-types.js';
import type { Logger } from '../../services/logging.js';
import type { StatisticsService } from '../../services/statistics/statistics-service.js';

const MINUTE = 60_000;

export function statisticsJobs(statistics: StatisticsService, logger: Logger): JobDefinition[] {
  return [
    {
      name: 'statistics.month-tallies',
      intervalMs: 60 * MINUTE,
      async run() {
        const { monthsCounted } = await statistics.refreshMonthTallies();
        if (monthsCounted > 0) logger.debug({ monthsCounted }, 'month tallies counted');
      },
    },
  ];
}
