// Goal area 2's trainings and information sessions. As with sessions (session-stats.ts), the
// statistics ask the training domain through this port and never read its container; the
// training service answers it (services/training/training-stats-source.ts).
//
// Counts of trainings held describe events, not people, and are never hidden; participants
// per profession and per sector are counts of people and get the small-cell rule, each
// breakdown checked against the participant total (complementary suppression); the
// satisfaction mean is hidden when it rests on 1-4 answers and the figures leave the RC.
import { countFigure, statisticFigure } from './figure-kit.js';
import {
  INFORMATION_SESSIONS_HELD,
  TRAINING_MUNICIPALITIES,
  TRAINING_PARTICIPANTS,
  TRAINING_PROFESSION,
  TRAINING_SATISFACTION_ANSWERS,
  TRAINING_SATISFACTION_MEAN,
  TRAINING_SECTOR,
  TRAININGS_HELD,
} from './indicators.js';
import { suppressCounts } from './suppression.js';
import type { Figure } from './types.js';
import type { SessionStatsQuery } from './session-stats.js';

export type TrainingStatsQuery = SessionStatsQuery;

/**
 * Of the trainings and information sessions held in the period (by their start):
 *   - held: how many of each kind;
 *   - participants: the recorded counts, summed per profession and per sector;
 *   - municipalities: the distinct municipalities they were for;
 *   - satisfaction: the evaluations (1-5) given to them.
 */
export interface TrainingStats {
  held: { training: number; information: number };
  byProfession: Readonly<Record<string, number>>;
  bySector: Readonly<Record<string, number>>;
  municipalities: number;
  satisfaction: { mean: number | null; answers: number };
}

export interface TrainingStatsSource {
  trainingStats(query: TrainingStatsQuery): Promise<TrainingStats>;
}

/** For a statistics service built without the training domain (tests of other figures). */
export const NO_TRAININGS: TrainingStatsSource = {
  async trainingStats() {
    return { held: { training: 0, information: 0 }, byProfession: {}, bySector: {}, municipalities: 0, satisfaction: { mean: null, answers: 0 } };
  },
};

export function trainingFigures(stats: TrainingStats, codes: { professions: readonly string[]; sectors: readonly string[] }, suppress: boolean): Figure[] {
  const total = codes.professions.reduce((sum, p) => sum + (stats.byProfession[p] ?? 0), 0);
  const professionCells = codes.professions.map((p) => [`${TRAINING_PROFESSION}.${p}`, stats.byProfession[p] ?? 0] as const);
  const sectorCells = codes.sectors.map((s) => [`${TRAINING_SECTOR}.${s}`, stats.bySector[s] ?? 0] as const);
  const counts = new Map<string, number>([[TRAINING_PARTICIPANTS, total], ...professionCells, ...sectorCells]);
  const hidden = suppress
    ? suppressCounts(counts, [
        { total: TRAINING_PARTICIPANTS, cells: professionCells.map(([code]) => code) },
        { total: TRAINING_PARTICIPANTS, cells: sectorCells.map(([code]) => code) },
      ])
    : new Map();
  const events = (indicator: string, n: number) => countFigure({ indicator, goalArea: 2 }, n, undefined);
  const people = (indicator: string, n: number, group?: string) => countFigure({ indicator, goalArea: 2, ...(group ? { group } : {}) }, n, hidden.get(indicator));
  return [
    events(TRAININGS_HELD, stats.held.training),
    events(INFORMATION_SESSIONS_HELD, stats.held.information),
    people(TRAINING_PARTICIPANTS, total),
    ...professionCells.map(([code, n]) => people(code, n, TRAINING_PROFESSION)),
    ...sectorCells.map(([code, n]) => people(code, n, TRAINING_SECTOR)),
    events(TRAINING_MUNICIPALITIES, stats.municipalities),
    countFigure({ indicator: TRAINING_SATISFACTION_ANSWERS, goalArea: 2 }, stats.satisfaction.answers, undefined),
    statisticFigure({ indicator: TRAINING_SATISFACTION_MEAN, goalArea: 2 }, 'mean', stats.satisfaction.mean, stats.satisfaction.answers, { suppress }),
  ];
}
