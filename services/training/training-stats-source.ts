// The statistics' training figures, counted from the trainings container: the training domain
// answering the statistics' TrainingStatsSource port. Only the fields a count needs are read.
import type { TrainingStats as Counted, TrainingStatsQuery, TrainingStatsSource } from '../statistics/training-stats.js';
import type { Collection, Document, DocumentStore } from '../storage/port.js';
import { trainingEventSchema } from './model.js';

// Cosmos DB takes at most 256 values in one IN list (see the storage port).
const MAX_IN_VALUES = 256;
const FIELDS = ['trainingKind', 'municipality', 'participants', 'evaluations'] as const;
const counted = trainingEventSchema.pick({ trainingKind: true, municipality: true, participants: true, evaluations: true });

export class TrainingStatsFromEvents implements TrainingStatsSource {
  private readonly docs: Collection<Document>;

  constructor(store: DocumentStore) {
    this.docs = store.collection<Document>('trainings');
  }

  async trainingStats(query: TrainingStatsQuery): Promise<Counted> {
    const held = { training: 0, information: 0 };
    const byProfession: Record<string, number> = {};
    const bySector: Record<string, number> = {};
    const municipalities = new Set<string>();
    let ratings = 0;
    let sum = 0;
    for (let i = 0; i < query.rcIds.length; i += MAX_IN_VALUES) {
      const rows = await this.docs.queryAll(
        {
          where: [
            { field: 'kind', op: '=', value: 'event' },
            { field: 'status', op: '=', value: 'held' },
            { field: 'rcId', op: 'in', values: query.rcIds.slice(i, i + MAX_IN_VALUES) },
            { field: 'startsAt', op: '>=', value: query.period.start },
            { field: 'startsAt', op: '<', value: query.period.end },
          ],
          select: [...FIELDS],
        },
        { pageSize: 1000 },
      );
      for (const row of rows) {
        const event = counted.parse(row);
        held[event.trainingKind]++;
        municipalities.add(event.municipality);
        for (const [code, n] of Object.entries(event.participants?.byProfession ?? {})) byProfession[code] = (byProfession[code] ?? 0) + n;
        for (const [code, n] of Object.entries(event.participants?.bySector ?? {})) bySector[code] = (bySector[code] ?? 0) + n;
        for (const e of event.evaluations) {
          ratings++;
          sum += e.rating;
        }
      }
    }
    return { held, byProfession, bySector, municipalities: municipalities.size, satisfaction: { mean: ratings === 0 ? null : sum / ratings, answers: ratings } };
  }
}
