// Public surface of the statistics domain, for the bot (cards, CSV download) and scripts.

export { StatisticsService, seesExactCounts, type StatisticsServiceOptions } from './statistics-service.js';
export { toCsv, CSV_COLUMNS, ALL_RCS, MULTI_SELECT_NOTE, type CsvOptions } from './csv.js';
export { resolvePeriod } from './period.js';
export { suppressCounts, isSmallCount, SMALL_COUNT_MAX, type AdditiveGroup, type CountHidden } from './suppression.js';
export { SMALL_COUNT_MARK, HIDDEN_MARK, NO_VALUE_MARK } from './format.js';
export {
  NullSessionStatsSource,
  type SessionStats,
  type SessionStatsAnswer,
  type SessionStatsQuery,
  type SessionStatsSource,
} from './session-stats.js';
export * from './indicators.js';
export type * from './types.js';
