// Shared pieces of the consultation tests: both stores (a fresh database per test, so
// reference numbering starts from nothing), people, a valid request, and directories.

import { randomUUID } from 'node:crypto';
import { DEFAULT_RETENTION_DAYS } from '../../services/config.js';
import { ConsultationService } from '../../services/consultation/consultation-service.js';
import type { Person } from '../../services/consultation/record.js';
import { SHIPPED_DIRECTORY } from '../../services/directory/data/shipped.js';
import { DirectoryIndex } from '../../services/directory/lookup.js';
import type { ResourceCentre } from '../../services/directory/schema.js';
import type { DocumentStore } from '../../services/storage/port.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { yieldTurn } from '../helpers/stores.js';

export { useStores, yieldTurn } from '../helpers/stores.js';

export const GBG = 'resursteam-heder-goteborg';
export const FYR = 'resurscentrum-barnahus-fyrbodal';
export const UNA = 'una-norrbotten';
/** A second centre for Uddevalla, which no shipped centre shares with Fyrbodal. */
export const EXTRA = 'rc-test-uddevalla';

export const GOTEBORG = '1480';
export const UDDEVALLA = '1485';
export const KIRUNA = '2584';
export const JONKOPING = '0680';

export const SHIPPED = new DirectoryIndex();

/** Shipped data plus one more centre covering Uddevalla, offering `services`. */
export function directoryWithSecondUddevallaCentre(services: ResourceCentre['services'] = ['consultation']): DirectoryIndex {
  const fyr = SHIPPED_DIRECTORY.centres.find((c) => c.id === FYR);
  if (!fyr) throw new Error('Fyrbodal is missing from the shipped directory');
  const extra: ResourceCentre = { ...fyr, id: EXTRA, shortCode: 'TUD', services, coverage: { kind: 'municipalities', codes: [UDDEVALLA], origin: 'external' } };
  return new DirectoryIndex({ centres: [...SHIPPED_DIRECTORY.centres, extra] });
}

export const requester: Person = { id: '29:requester-1', aadObjectId: 'aad-requester-1', name: 'Handläggare Ett' };
export const otherRequester: Person = { id: '29:requester-2', name: 'Handläggare Två' };
export const coordinator = (n: number): Person => ({ id: `29:coordinator-${n}`, name: `Samordnare ${n}` });

export const CLEAN_QUESTION =
  'En flicka, 15 år, berättar att familjen planerar en resa i sommar och hon är rädd att bli bortgift. Hur går vi vidare?';
export const CLEAN_ANSWER = 'Gör en orosanmälan och en riskbedömning med Patriark. Överväg utreseförbud.';

/** A request as the card sends it: every value a string. */
export function validInput(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    municipality: GOTEBORG,
    sector: 'social_services',
    gender: 'girl_woman',
    ageBand: '13-17',
    violence: 'control,marriage',
    perpetrators: 'parents',
    questionType: 'hrv',
    urgent: 'false',
    question: CLEAN_QUESTION,
    deidentified: 'true',
    submissionKey: randomUUID(),
    ...overrides,
  };
}

export interface Harness {
  store: DocumentStore;
  clock: FakeClock;
  service: ConsultationService;
  /** How long the service asked to sleep, call by call. */
  sleeps: number[];
}

export function harness(
  store: DocumentStore,
  options: { start?: string; directory?: DirectoryIndex; advanceClockOnSleep?: boolean; retentionDays?: number } = {},
): Harness {
  const clock = new FakeClock(options.start ?? '2026-03-10T09:00:00Z');
  const sleeps: number[] = [];
  const directory = options.directory ?? SHIPPED;
  const service = new ConsultationService(store, () => directory, clock, {
    retentionDays: options.retentionDays ?? DEFAULT_RETENTION_DAYS,
    sleep: async (ms) => {
      sleeps.push(ms);
      if (options.advanceClockOnSleep) clock.advance(ms);
      await yieldTurn();
    },
  });
  return { store, clock, service, sleeps };
}
