// The indicator catalogue: stable codes, their goal areas and the breakdowns they belong to.
// The codes are the contract with cards, CSV files and other counties' spreadsheets, so they
// are built from the consultation codes (codes.ts) and never from labels; renaming one is a
// breaking change (test/statistics/indicators.test.ts pins the list).

import {
  ADVICE_FOLLOWED,
  AGE_BANDS,
  CHANNELS,
  GENDERS,
  STAGES,
  OUTCOMES,
  PERPETRATORS,
  QUESTION_TYPES,
  SECTORS,
  VIOLENCE_FORMS,
  type AgeBand,
} from '../consultation/codes.js';
import { PARTICIPANT_SECTORS, PROFESSIONS } from '../training/codes.js';
import type { StatRow } from './stat-rows.js';
import type { GoalArea } from './types.js';

/** Unique cases: all consultations of the period but withdrawn requests, as the published tables count them. */
export const CASES = 'ga2.cases';
/** Calls, mails and meetings over all cases (one case can take 20-30, L7042). */
export const CONTACTS = 'ga2.contacts';
/** Requests the professional withdrew before anyone took them; counted nowhere else. */
export const WITHDRAWN = 'ga2.withdrawn';
/** Cases opened by the exposed person themself (sector 'self'): support to exposed people. */
export const SELF_REFERRALS = 'ga1.self_referrals';
export const ADVICE_ANSWERS = 'ga2.advice_followed.answers';
export const HELPFULNESS_ANSWERS = 'ga2.helpfulness.answers';
export const HELPFULNESS_MEAN = 'ga2.helpfulness.mean';
export const CLAIM_MEDIAN = 'ga2.hours_to_claim.median';
export const ANSWER_MEDIAN = 'ga2.hours_to_answer.median';
export const COVERAGE = 'ga2.coverage.municipalities';

export const SESSIONS_HELD = 'ga3.sessions.held';
export const SESSIONS_CANCELLED = 'ga3.sessions.cancelled';
export const QUESTIONS_SUBMITTED = 'ga3.questions.submitted';
export const QUESTIONS_DISCUSSED = 'ga3.questions.discussed';
export const QUESTIONS_CARRIED_OVER = 'ga3.questions.carried_over';
export const ORGANISATIONS_MEAN = 'ga3.sessions.organisations.mean';
export const SATISFACTION_ANSWERS = 'ga3.sessions.satisfaction.answers';
export const SATISFACTION_MEAN = 'ga3.sessions.satisfaction.mean';

export const SESSION_INDICATORS = [
  SESSIONS_HELD,
  SESSIONS_CANCELLED,
  QUESTIONS_SUBMITTED,
  QUESTIONS_DISCUSSED,
  QUESTIONS_CARRIED_OVER,
  ORGANISATIONS_MEAN,
  SATISFACTION_ANSWERS,
  SATISFACTION_MEAN,
] as const;

/**
 * Indicators of the follow-up model that no record in the bot holds yet: direct support to
 * exposed people beyond the first self-initiated contact. Reported as not computable rather
 * than as zeros, which would read as "nothing happened".
 */
export const NOT_YET_RECORDED = ['ga1.direct_support.cases', 'ga1.direct_support.contacts'] as const;

// Goal area 2, trainings and information sessions (services/training/): held in the period,
// participants as counts per profession and sector, municipalities reached, satisfaction.
export const TRAININGS_HELD = 'ga2.trainings.held';
export const INFORMATION_SESSIONS_HELD = 'ga2.information_sessions.held';
export const TRAINING_PARTICIPANTS = 'ga2.trainings.participants';
export const TRAINING_PROFESSION = 'ga2.trainings.participants.profession';
export const TRAINING_SECTOR = 'ga2.trainings.participants.sector';
export const TRAINING_MUNICIPALITIES = 'ga2.trainings.municipalities';
export const TRAINING_SATISFACTION_ANSWERS = 'ga2.trainings.satisfaction.answers';
export const TRAINING_SATISFACTION_MEAN = 'ga2.trainings.satisfaction.mean';

/** Every training code a report carries, in report order. */
export function trainingIndicatorCodes(): string[] {
  return [
    TRAININGS_HELD,
    INFORMATION_SESSIONS_HELD,
    TRAINING_PARTICIPANTS,
    ...PROFESSIONS.map((p) => `${TRAINING_PROFESSION}.${p}`),
    ...PARTICIPANT_SECTORS.map((s) => `${TRAINING_SECTOR}.${s}`),
    TRAINING_MUNICIPALITIES,
    TRAINING_SATISFACTION_ANSWERS,
    TRAINING_SATISFACTION_MEAN,
  ];
}

/** A share figure's code is its count's code plus this. */
export const SHARE_SUFFIX = '.share';

export interface Cell {
  category: string;
  indicator: string;
  goalArea: GoalArea;
}

export interface Breakdown {
  code: string;
  /** The count the cells are shares of. */
  total: string;
  multiSelect: boolean;
  cells: readonly Cell[];
  /** The categories a case counts in (none, one, or for multi-select several). */
  categoriesOf(row: StatRow): readonly string[];
  /**
   * For a single-select breakdown, its one category (null for none): the same answer without a
   * list made for every breakdown of every record of a report (../statistics/tally.ts).
   */
  categoryOf?(row: StatRow): string | null;
}

/** A single-select breakdown's category, for breakdown() below. */
const one = (categoryOf: (row: StatRow) => string | null) => ({ categoryOf });

// Band codes hold '-' and '+', which indicator codes keep out for spreadsheet users' sake.
const AGE_CODES: Record<AgeBand, string> = { '0-12': '0_12', '13-17': '13_17', '18-26': '18_26', '27+': '27_plus', unknown: 'unknown' };

function breakdown(
  code: string,
  categories: readonly string[],
  of: ((row: StatRow) => readonly string[]) | ReturnType<typeof one>,
  options: { total?: string; multiSelect?: boolean; indicator?: (category: string) => Cell } = {},
): Breakdown {
  const cell = options.indicator ?? ((category: string): Cell => ({ category, indicator: `${code}.${category}`, goalArea: 2 }));
  const base = { code, total: options.total ?? CASES, multiSelect: options.multiSelect ?? false, cells: categories.map(cell) };
  if (typeof of === 'function') return { ...base, categoriesOf: of };
  const { categoryOf } = of;
  return {
    ...base,
    categoryOf,
    categoriesOf: (row) => {
      const category = categoryOf(row);
      return category === null ? [] : [category];
    },
  };
}

/** Cases whose stage at first contact a coordinator recorded: the stage breakdown's total. */
export const STAGE_RECORDED = 'ga2.stage.recorded';

/** Bands of contacts per case, lowest first; the last has no upper bound. */
export const CONTACT_BANDS = [
  { code: '1', max: 1 },
  { code: '2_4', max: 4 },
  { code: '5_9', max: 9 },
  { code: '10_plus', max: Infinity },
] as const;

export function contactBand(contacts: number): string {
  return CONTACT_BANDS.find((b) => contacts <= b.max)?.code ?? '10_plus';
}

/** In report order. Single-select breakdowns partition the cases, so their counts sum to ga2.cases. */
export const BREAKDOWNS: readonly Breakdown[] = [
  breakdown('ga2.sector', SECTORS, one((r) => r.sector), {
    // The exposed person's own contact belongs to goal area 1 but is still one of the
    // cases, so it stays a cell here and the sector counts keep summing to the total.
    indicator: (category) =>
      category === 'self' ? { category, indicator: SELF_REFERRALS, goalArea: 1 } : { category, indicator: `ga2.sector.${category}`, goalArea: 2 },
  }),
  breakdown('ga2.channel', CHANNELS, one((r) => r.channel)),
  breakdown('ga2.question_type', QUESTION_TYPES, one((r) => r.questionType)),
  breakdown('ga2.urgency', ['urgent', 'not_urgent'], one((r) => (r.urgent ? 'urgent' : 'not_urgent'))),
  breakdown('ga2.gender', GENDERS, one((r) => r.gender)),
  breakdown('ga2.age', AGE_BANDS, one((r) => r.ageBand), {
    indicator: (category) => ({ category, indicator: `ga2.age.${AGE_CODES[category as AgeBand]}`, goalArea: 2 }),
  }),
  breakdown('ga2.violence', VIOLENCE_FORMS, (r) => r.violence, { multiSelect: true }),
  breakdown('ga2.perpetrator', PERPETRATORS, (r) => r.perpetrators, { multiSelect: true }),
  breakdown('ga2.outcome', OUTCOMES, (r) => r.outcomes, { multiSelect: true }),
  // Among the cases where the professional answered "Följdes rådet?"; 'unknown' is their answer "vet ej".
  breakdown('ga2.advice_followed', ADVICE_FOLLOWED, one((r) => r.adviceFollowed), {
    total: ADVICE_ANSWERS,
  }),
  // How many contacts each case took, in bands (one case can take 20-30, L7042).
  breakdown('ga2.contacts_per_case', CONTACT_BANDS.map((b) => b.code), one((r) => contactBand(r.contacts))),
  // Among the cases whose stage at first contact was recorded.
  breakdown('ga2.stage', STAGES, one((r) => r.stage), { total: STAGE_RECORDED }),
];

/** Every code a report can carry, figures and not-computable ones alike, in report order. */
export function allIndicatorCodes(): string[] {
  const cells = BREAKDOWNS.flatMap((b) => b.cells.flatMap((c) => [c.indicator, c.indicator + SHARE_SUFFIX]));
  return [
    CASES,
    CONTACTS,
    WITHDRAWN,
    ADVICE_ANSWERS,
    HELPFULNESS_ANSWERS,
    HELPFULNESS_MEAN,
    CLAIM_MEDIAN,
    ANSWER_MEDIAN,
    COVERAGE,
    ...cells,
    ...SESSION_INDICATORS,
    ...NOT_YET_RECORDED,
    ...CASE_WORK_INDICATORS,
    ...trainingIndicatorCodes(),
  ];
}

/** Cases this RC sent on to another RC: not counted as its cases, since the receiving RC counts them. */
export const TRANSFERS_SENT = 'ga2.transfers.sent';
/** Cases this RC received from another RC (counted among its cases too). */
export const TRANSFERS_RECEIVED = 'ga2.transfers.received';
/** Contacts per case: all contacts over all cases. */
export const CONTACTS_MEAN = 'ga2.contacts.mean';
/** Contacts by how they came, summing to ga2.contacts: the first by the case's channel, each further one by its own. */
export const CONTACTS_BY_CHANNEL = CHANNELS.map((channel) => ({ channel, indicator: `ga2.contacts.by_channel.${channel}` }));

/** Counted per row (in a tally's counts) beside the breakdowns. */
export const CASE_WORK_COUNTS = [TRANSFERS_SENT, TRANSFERS_RECEIVED, ...CONTACTS_BY_CHANNEL.map((c) => c.indicator)] as const;

/** The handing-on and contact indicators outside the breakdowns, in report order. */
export const CASE_WORK_INDICATORS = [STAGE_RECORDED, TRANSFERS_SENT, TRANSFERS_RECEIVED, CONTACTS_MEAN, ...CONTACTS_BY_CHANNEL.map((c) => c.indicator)] as const;
