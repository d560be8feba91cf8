// Shared setup for the training tests: Göteborg's centre, its coordinators, professionals, a
// fake clock on a Wednesday in April 2026, and the forms as cards send them.
import type { Person } from '../../services/consultation/record.js';
import type { Actor } from '../../services/rights/actor.js';
import type { DocumentStore } from '../../services/storage/port.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { TrainingService } from '../../services/training/training-service.js';
import { GBG, GOTEBORG, SHIPPED } from '../fixtures/directory.js';
import { actor } from '../helpers/actors.js';
import { yieldTurn } from '../helpers/stores.js';

export const coordinatorOf = (n: number, rcId = GBG): Actor => actor({ id: `29:coordinator-${n}`, name: `Koordinator ${n}` }, { coordinatorOf: [rcId] });
export const professional = (n: number): Actor => actor({ id: `29:professional-${n}`, name: `Yrkesverksam ${n}` });
export const personOfActor = (a: Actor): Person => ({ id: a.id, ...(a.name ? { name: a.name } : {}) });

/** Wednesday 1 April 2026, 10:00 in Stockholm. */
export const NOW = '2026-04-01T08:00:00Z';
/** Tuesday 12 May 2026, 13:00 Stockholm (CEST) = 11:00Z. */
export const EVENT_DATE = '2026-05-12';
export const EVENT_START_UTC = '2026-05-12T11:00:00.000Z';

export function trainingWorld(store: DocumentStore, options: { clock?: FakeClock } = {}) {
  const clock = options.clock ?? new FakeClock(NOW);
  const service = new TrainingService(store, clock, { directory: () => SHIPPED, sleep: () => yieldTurn() });
  return { store, clock, service };
}

export const requestForm = (overrides: Record<string, string> = {}) => ({
  topic: 'risk_assessment',
  trainingKind: 'training',
  professions: 'teacher,student_health',
  participants: '25',
  from: '2026-05-04',
  to: '2026-05-29',
  format: 'on_site',
  municipality: GOTEBORG,
  text: 'Gärna en eftermiddag, elevhälsan och lärarna på högstadiet.',
  ...overrides,
});

export const eventForm = (overrides: Record<string, string> = {}) => ({
  title: 'Riskbedömning för elevhälsan',
  topic: 'risk_assessment',
  trainingKind: 'training',
  date: EVENT_DATE,
  startTime: '13:00',
  endTime: '16:00',
  place: 'Stadshuset, sal 3',
  capacity: '2',
  municipality: GOTEBORG,
  audience: 'open',
  ...overrides,
});

export function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}
