// "statistik" in chat: the year to date for the coordinator's RC (exact, in the RC's own
// channel or for its known coordinators), or the national view with small cells hidden.
import { statsCard } from '../../cards/statistics/stats.card.js';
import { fill, type Locale, type Messages } from '../../cards/i18n/catalogue.js';
import { indicatorName } from '../../cards/i18n/indicator-labels.js';
import { VERBS } from '../../cards/verbs.js';
import type { CoordinatorRoster } from '../../services/consultation/coordinator-roster.js';
import type { DirectoryService } from '../../services/directory/directory-service.js';
import type { ReportSource } from '../../services/statistics/queued-reports.js';
import type { Figure, StatisticsReport, Viewer } from '../../services/statistics/types.js';
import type { Clock } from '../../services/time/clock.js';
import { startOfZonedDay, zonedDate, zonedParts } from '../../services/time/zoned-time.js';
import { addDays } from '../../services/time/local-date.js';
import { resolvePeriod } from '../../services/statistics/period.js';
import { noticeCard } from '../../cards/notice.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { z } from 'zod';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { refusalCard } from '../refusals.js';
import { parsePeriod, parseScope, periodValue, yearToDate } from '../stats-api.js';
import { trainingFacts } from '../training/stats-facts.js';
import type { ExportLinks } from './export-links.js';

export interface StatsDeps {
  statistics: ReportSource;
  roster: CoordinatorRoster;
  directory: DirectoryService;
  exportLinks: ExportLinks;
  clock: Clock;
  publicBaseUrl: string;
}

type PeriodChoice = { title: string; value: string };

/**
 * Each language's choices, kept for the Stockholm day they were made for: making them formats
 * dates in the zone, and every "statistik" needs them twice (its "Räknar…" card and its figures).
 */
const choicesOfTheDay = new WeakMap<Messages, { fromMs: number; toMs: number; choices: readonly PeriodChoice[] }>();

function periodChoices(m: Messages, now: Date): PeriodChoice[] {
  const ms = now.getTime();
  let known = choicesOfTheDay.get(m);
  if (!known || ms < known.fromMs || ms >= known.toMs) {
    const today = zonedDate(now);
    known = { fromMs: startOfZonedDay(today).getTime(), toMs: startOfZonedDay(addDays(today, 1)).getTime(), choices: choicesOn(m, now) };
    choicesOfTheDay.set(m, known);
  }
  return known.choices.map((choice) => ({ ...choice }));
}

/** The year to date, the last four quarters and the last two years, newest first, as period values. */
function choicesOn(m: Messages, now: Date): PeriodChoice[] {
  const [year, month] = zonedParts(now).date.split('-').map(Number) as [number, number];
  const out: Array<{ title: string; value: string }> = [{ title: fill(m.stats.yearToDate, { year }), value: periodValue(yearToDate(now)) }];
  let q = Math.floor((month - 1) / 3) + 1;
  let y = year;
  for (let i = 0; i < 4; i++) {
    out.push({ title: `${y} K${q}`, value: `quarter:${y}:${q}` });
    q -= 1;
    if (q === 0) [q, y] = [4, y - 1];
  }
  out.push({ title: String(year), value: `year:${year}` }, { title: String(year - 1), value: `year:${year - 1}` });
  return out;
}

/** A breakdown cell under its section's heading: the category alone ("Polis"), not "Sektor: Polis". */
function cellName(m: Messages, figure: Figure): string {
  const category = figure.indicator.replace(/\.share$/, '').split('.').at(-1) ?? '';
  if (figure.indicator.startsWith('ga1.self_referrals')) return m.codes.sector.self;
  if (figure.group === 'ga2.sector') return (m.codes.sector as Record<string, string>)[category] ?? category;
  if (figure.group === 'ga2.violence') return (m.codes.violence as Record<string, string>)[category] ?? category;
  return category;
}

/** The figures the card's key facts name, in the order shown. */
const KEY_FACTS = ['ga2.cases', 'ga2.contacts', 'ga2.hours_to_claim.median', 'ga2.hours_to_answer.median', 'ga2.contacts.mean', 'ga2.transfers.sent', 'ga2.transfers.received'];
const COVERAGE_FACT = 'ga2.coverage.municipalities';
const FACT_CODES = new Set([...KEY_FACTS, COVERAGE_FACT]);

function view(m: Messages, locale: Locale, report: StatisticsReport, scope: string, scopeName: string, period: string, now: Date, csvUrl?: string) {
  // Only the few facts shown: a map of every figure (hundreds) was most of this function's time.
  const byCode = new Map<string, Figure>();
  for (const f of report.figures) if (FACT_CODES.has(f.indicator)) byCode.set(f.indicator, f);
  const fact = (code: string) => ({ title: indicatorName(locale, code), value: byCode.get(code)?.display ?? '–' });
  const inGroup = (group: string, shares: boolean) =>
    report.figures.filter((f) => f.group === group && f.indicator.endsWith('.share') === shares).map((f) => ({ title: cellName(m, f), value: f.display }));
  const periods = periodChoices(m, now);
  return {
    messages: m,
    scopeName,
    scope,
    // "2026 hittills" rather than "2026-01-01–2026-12-02" when the period is one of the choices.
    periodLabel: periods.find((p) => p.value === period)?.title ?? report.period.label,
    period,
    exact: report.exact,
    key: [...KEY_FACTS.map(fact), ...(report.coverage ? [fact(COVERAGE_FACT)] : [])],
    sectors: inGroup('ga2.sector', false),
    violence: inGroup('ga2.violence', true),
    notComputable: report.notComputable.map((code) => indicatorName(locale, code)),
    periods,
    csvUrl,
  };
}

const showSchema = z.object({ scope: z.string().optional(), period: z.string().optional() });

export function statsRoutes({ statistics, roster, directory, exportLinks, clock, publicBaseUrl }: StatsDeps): Record<'stats.show', Route> {
  /** The RC this person or channel speaks for, if any; exact counts only then. */
  const ownCentre = async (a: ActionContext): Promise<string | undefined> =>
    a.team ? a.actor.coordinatorOf[0] : (await roster.rcsOf(a.actor.aadObjectId))[0];

  return {
    [VERBS.statsShow]: route({
      schema: showSchema,
      handle: async (input, a) => {
        const own = await ownCentre(a);
        const scope = parseScope(input.scope ?? (own ? `rc:${own}` : 'all'));
        const now = clock.now();
        const period = parsePeriod(input.period, now);
        if (!scope || !period) return refusalCard(a.messages, { reason: 'invalid_period' });
        const viewer: Viewer = own && scope.kind === 'rc' && scope.rcId === own ? { kind: 'own_rc_coordinator', rcId: own } : { kind: 'other' };
        const scopeName = scope.kind === 'rc' ? (directory.current().centre(scope.rcId)?.name ?? scope.rcId) : a.messages.stats.national;
        const count = async (): Promise<AdaptiveCard> => {
          const result = await statistics.report({ scope, period, viewer });
          if (!result.ok) return refusalCard(a.messages, result);
          const link = await exportLinks.create({ scope, period, viewer, locale: a.locale });
          const shown = view(a.messages, a.locale, result.report, scope.kind === 'rc' ? `rc:${scope.rcId}` : 'all', scopeName, periodValue(period), now, `${publicBaseUrl}${link.path}`);
          // Added to the view rather than spread into a new object: see services/consultation/record-draft.ts.
          return statsCard(Object.assign(shown, { trainings: trainingFacts(result.report, a.locale) }));
        };
        if (!a.later) return count();
        // Counting can take a while over many records: answer now, replace this card when done.
        let periodLabel: string;
        try {
          periodLabel = periodChoices(a.messages, now).find((p) => p.value === periodValue(period))?.title ?? resolvePeriod(period).label;
        } catch {
          return refusalCard(a.messages, { reason: 'invalid_period' });
        }
        // Counting can take a while over many records: answer now, replace this card when done.
        a.later(count, noticeCard({ messages: a.messages, text: a.messages.stats.countFailed, tone: 'attention' }));
        return noticeCard({ messages: a.messages, text: fill(a.messages.stats.counting, { scope: scopeName, period: periodLabel }) });
      },
    }),
  };
}
