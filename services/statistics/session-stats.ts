// Goal area 3 (collaboration) from network sessions. The sessions domain (services/sessions/)
// is built in parallel, so the statistics ask it through this port and never read its
// container: the sessions service implements SessionStatsSource over its own documents. Until
// it does, NullSessionStatsSource answers "not computable" and the report lists the session
// indicators under notComputable instead of printing zeros.

import { countFigure, statisticFigure } from './figure-kit.js';
import {
  ORGANISATIONS_MEAN,
  QUESTIONS_CARRIED_OVER,
  QUESTIONS_DISCUSSED,
  QUESTIONS_SUBMITTED,
  SATISFACTION_ANSWERS,
  SATISFACTION_MEAN,
  SESSION_INDICATORS,
  SESSIONS_CANCELLED,
  SESSIONS_HELD,
} from './indicators.js';
import type { Figure, ResolvedPeriod, Scope } from './types.js';

export interface SessionStatsQuery {
  scope: Scope;
  /** The RCs the scope stands for (one, or every RC in the directory); networks belong to an RC by rcId. */
  rcIds: readonly string[];
  /** Count what happened in [period.start, period.end): Stockholm calendar days, already resolved. */
  period: ResolvedPeriod;
}

/**
 * What the report needs of the sessions of a scope and period. Meant to be counted as:
 *   - sessions: by status, a session in the period by its start (`startsAt`);
 *   - questions: submitted = questions submitted in the period; discussed and carriedOver =
 *     questions with that event in the period, each question once per status (a question
 *     carried over twice in the period counts once);
 *   - organisationsPerSession: for each held session, how many organisations were present;
 *   - satisfaction: the ratings (1-5) given to sessions held in the period.
 */
export interface SessionStats {
  sessions: { held: number; cancelled: number };
  questions: { submitted: number; discussed: number; carriedOver: number };
  organisationsPerSession: readonly number[];
  satisfaction: { mean: number | null; answers: number };
}

export type SessionStatsAnswer = { computable: true; stats: SessionStats } | { computable: false };

export interface SessionStatsSource {
  sessionStats(query: SessionStatsQuery): Promise<SessionStatsAnswer>;
}

/** Until the sessions service provides the figures: none, and said so. */
export class NullSessionStatsSource implements SessionStatsSource {
  async sessionStats(): Promise<SessionStatsAnswer> {
    return { computable: false };
  }
}

export interface SessionFigures {
  figures: Figure[];
  notComputable: string[];
}

/**
 * Session counts describe meetings, not people, so they are never hidden; the satisfaction
 * mean is, when it rests on 1-4 ratings and the figures leave the RC.
 */
export function sessionFigures(answer: SessionStatsAnswer, suppress: boolean): SessionFigures {
  if (!answer.computable) return { figures: [], notComputable: [...SESSION_INDICATORS] };
  const { sessions, questions, organisationsPerSession, satisfaction } = answer.stats;
  const count = (indicator: string, n: number) => countFigure({ indicator, goalArea: 3 }, n, undefined);
  const attended = organisationsPerSession.length;
  const meanOrganisations = attended === 0 ? null : organisationsPerSession.reduce((a, b) => a + b, 0) / attended;
  return {
    figures: [
      count(SESSIONS_HELD, sessions.held),
      count(SESSIONS_CANCELLED, sessions.cancelled),
      count(QUESTIONS_SUBMITTED, questions.submitted),
      count(QUESTIONS_DISCUSSED, questions.discussed),
      count(QUESTIONS_CARRIED_OVER, questions.carriedOver),
      statisticFigure({ indicator: ORGANISATIONS_MEAN, goalArea: 3 }, 'mean', meanOrganisations, attended, { suppress: false }),
      count(SATISFACTION_ANSWERS, satisfaction.answers),
      statisticFigure({ indicator: SATISFACTION_MEAN, goalArea: 3 }, 'mean', satisfaction.mean, satisfaction.answers, { suppress }),
    ],
    notComputable: [],
  };
}
