// Shared pieces of the statistics tests: complete consultation records written straight into
// the store (so a test sets codes, statuses and times exactly), and a service on a fake clock.

import { ChangeMarks } from '../../services/consultation/change-marks.js';
import { consultationRecordSchema, type ConsultationRecord } from '../../services/consultation/record.js';
import { formatReference, referenceYear } from '../../services/consultation/reference.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import type { DocumentStore } from '../../services/storage/port.js';
import { StatisticsService, type StatisticsServiceOptions } from '../../services/statistics/statistics-service.js';
import type { Figure, ReportRequest, StatisticsReport } from '../../services/statistics/types.js';
import { systemClock, type Clock } from '../../services/time/clock.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { consultationRecord } from '../fixtures/consultations.js';
import { GBG, GOTEBORG, SHIPPED } from '../fixtures/directory.js';

/** The fields a test cares about; the rest get the values of a closed, logged phone consultation. */
export type RecordFields = Partial<Omit<ConsultationRecord, 'times'>> & { created: string; times?: Partial<ConsultationRecord['times']> };

/** Builds schema-valid records with gapless references per RC and year, as the service would. */
export class RecordFactory {
  private readonly seqs = new Map<string, number>();

  constructor(private readonly directory: DirectoryIndex = SHIPPED) {}

  make(fields: RecordFields): ConsultationRecord {
    const { created, times, ...rest } = fields;
    const rcId = rest.rcId ?? GBG;
    const centre = this.directory.centre(rcId);
    if (!centre) throw new Error(`test record for unknown centre ${rcId}`);
    const year = referenceYear(new Date(created));
    const key = `${rcId}/${year}`;
    const seq = (this.seqs.get(key) ?? 0) + 1;
    this.seqs.set(key, seq);
    const reference = formatReference(centre.shortCode, year, seq);
    const logged = rest.requester === undefined || rest.requester === null;
    // The shared record (test/fixtures/consultations.ts) with a closed, logged phone consultation's values.
    const base = consultationRecord(created);
    return consultationRecordSchema.parse({
      ...base,
      id: reference,
      rcId,
      reference,
      year,
      seq,
      channel: 'phone',
      sector: 'social_services',
      municipality: GOTEBORG,
      gender: 'unknown',
      ageBand: 'unknown',
      perpetrators: ['unknown'],
      question: null,
      status: 'closed',
      requester: null,
      ...rest,
      times: {
        ...base.times,
        // A logged consultation is claimed, answered and closed the moment it is logged.
        claimed: logged ? created : null,
        answered: logged ? created : null,
        closed: logged ? created : null,
        ...times,
      },
    });
  }
}

/**
 * Writes records a few at a time (the Cosmos wire server is quick, but not one by one), with
 * the change marks the consultation repository leaves around each of its writes.
 */
export async function insertRecords(store: DocumentStore, records: readonly ConsultationRecord[], concurrency = 16, clock: Clock = systemClock): Promise<void> {
  const collection = store.collection('consultations');
  const marks = new ChangeMarks(store, clock);
  let next = 0;
  const worker = async () => {
    while (next < records.length) {
      const record = records[next++] as ConsultationRecord;
      await marks.touch(record.rcId, record.times.created);
      await collection.create(record);
      await marks.touch(record.rcId, record.times.created);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

export function statistics(store: DocumentStore, options: StatisticsServiceOptions & { now?: string; directory?: DirectoryIndex } = {}) {
  const clock = new FakeClock(options.now ?? '2027-02-01T08:00:00Z');
  const directory = options.directory ?? SHIPPED;
  return { clock, service: new StatisticsService(store, () => directory, clock, options) };
}

/** The report, or a failed expectation naming the refusal. */
export async function reportOf(service: StatisticsService, request: ReportRequest): Promise<StatisticsReport> {
  const result = await service.report(request);
  if (!result.ok) throw new Error(`report refused: ${JSON.stringify(result)}`);
  return result.report;
}

export function figure(report: StatisticsReport, indicator: string): Figure {
  const found = report.figures.find((f) => f.indicator === indicator);
  if (!found) throw new Error(`no figure ${indicator} in the report`);
  return found;
}

export const own = (rcId: string) => ({ kind: 'own_rc_coordinator', rcId }) as const;
export const other = { kind: 'other' } as const;
export const rc = (rcId: string) => ({ kind: 'rc', rcId }) as const;
