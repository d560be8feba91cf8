// The training figures of a report as the chat card's facts: the headline figures always,
// and the participants per profession and sector that are not zero (hidden cells included,
// shown as "<5" as everywhere else).
import { indicatorName } from '../../cards/i18n/indicator-labels.js';
import type { Locale } from '../../cards/i18n/catalogue.js';
import { INFORMATION_SESSIONS_HELD, TRAINING_MUNICIPALITIES, TRAINING_PARTICIPANTS, TRAINING_SATISFACTION_MEAN, TRAININGS_HELD, trainingIndicatorCodes } from '../../services/statistics/indicators.js';
import type { StatisticsReport } from '../../services/statistics/types.js';

const HEADLINE = new Set([TRAININGS_HELD, INFORMATION_SESSIONS_HELD, TRAINING_PARTICIPANTS, TRAINING_MUNICIPALITIES, TRAINING_SATISFACTION_MEAN]);
const CODES = new Set(trainingIndicatorCodes());

export function trainingFacts(report: StatisticsReport, locale: Locale): Array<{ title: string; value: string }> {
  return report.figures
    .filter((f) => CODES.has(f.indicator) && (HEADLINE.has(f.indicator) || ((f.indicator.includes('.profession.') || f.indicator.includes('.sector.')) && (f.suppressed || f.value !== 0))))
    .map((f) => ({ title: indicatorName(locale, f.indicator), value: f.display }));
}
