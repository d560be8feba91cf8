// What the parts of the training service share, and their common refusals.
import type { PrivacyKinds } from '../consultation/fields.js';
import { coordinates, type Actor } from '../rights/actor.js';
import type { Clock } from '../time/clock.js';
import { isWeekend, type LocalDate } from '../time/local-date.js';
import { isPublicHolidayOrClosedEve } from '../time/swedish-calendar.js';
import type { TrainingFieldError } from './inputs.js';
import type { TrainingRepository } from './repository.js';

export interface TrainingContext {
  repo: TrainingRepository;
  clock: Clock;
  municipalityExists(code: string): boolean;
  /** The RCs covering a municipality, in the directory's order (empty when none). */
  centresFor(code: string): string[];
  newId(): string;
}

export type Invalid<F extends string = string> = {
  ok: false;
  reason: 'invalid';
  errors: Partial<Record<F, TrainingFieldError>>;
  privacy: Partial<Record<F, PrivacyKinds>>;
};
export type NotCoordinator = { ok: false; reason: 'not_coordinator' };
export type NotFound = { ok: false; reason: 'not_found' };

export const NOT_COORDINATOR: NotCoordinator = { ok: false, reason: 'not_coordinator' };
export const NOT_FOUND: NotFound = { ok: false, reason: 'not_found' };

export function invalid<F extends string>(errors: Partial<Record<F, TrainingFieldError>>, privacy: Partial<Record<F, PrivacyKinds>> = {}): Invalid<F> {
  return { ok: false, reason: 'invalid', errors, privacy };
}

export function nowIso(ctx: TrainingContext): string {
  return ctx.clock.now().toISOString();
}

/** Only the RC's coordinators, acting from its bound channel, run its training work. */
export function asCoordinator(actor: Actor, rcId: string): NotCoordinator | null {
  return coordinates(actor, rcId) ? null : NOT_COORDINATOR;
}

/** Trainings are held on working days: a weekend, a public holiday or a closed eve is refused. */
export function closedDay(date: LocalDate): TrainingFieldError | null {
  return isWeekend(date) || isPublicHolidayOrClosedEve(date) ? 'holiday' : null;
}
