// How soon an RC's coordinators aim to take a request, in working hours on the Stockholm
// calendar (services/time/swedish-calendar.ts): a day's work for an ordinary question, within
// the hour for an urgent one. Una Norrbotten answers within 24 hours except weekends and summer
// (sources L10634–10640); an urgent case may put someone in danger now (L3653–3655).
// While the RC is closed (closed-periods.ts) its clock stands still.
import { addOpenWorkingHours, openWorkingHoursBetween, type ClosedPeriod } from './closed-periods.js';
import type { ConsultationRecord } from './record.js';

export interface ResponseTargets {
  normalHours: number;
  urgentHours: number;
  /** Days the RC is closed: their working hours do not count against the target. */
  closed?: readonly ClosedPeriod[];
}

export const DEFAULT_RESPONSE_TARGETS: ResponseTargets = { normalHours: 24, urgentHours: 1 };

/** An urgent request still unclaimed after this many periods goes to the national channel as well. */
export const URGENT_ESCALATION_PERIODS = 2;

/** Targets are whole working hours, at least this many: the re-announcement job narrows its search by it. */
export const SHORTEST_TARGET_HOURS = 1;

export function targetHours(record: Pick<ConsultationRecord, 'urgent'>, targets: ResponseTargets = DEFAULT_RESPONSE_TARGETS): number {
  return record.urgent ? targets.urgentHours : targets.normalHours;
}

/** When the request is next due: one target period after it was created or last announced again. */
export function dueAt(record: Pick<ConsultationRecord, 'urgent' | 'times'>, targets: ResponseTargets = DEFAULT_RESPONSE_TARGETS): Date {
  return addOpenWorkingHours(new Date(record.times.reannounced ?? record.times.created), targetHours(record, targets), targets.closed);
}

export interface ResponseTiming {
  /** Working hours since the request came in (closed days left out), rounded down to a whole hour. */
  waitedHours: number;
  targetHours: number;
  /** Taken later than the target, or still not taken past it. */
  overdue: boolean;
}

export function responseTiming(record: Pick<ConsultationRecord, 'urgent' | 'times'>, now: Date, targets: ResponseTargets = DEFAULT_RESPONSE_TARGETS): ResponseTiming {
  const created = new Date(record.times.created);
  const waited = openWorkingHoursBetween(created, now, targets.closed);
  const untilTaken = record.times.claimed ? openWorkingHoursBetween(created, new Date(record.times.claimed), targets.closed) : waited;
  const target = targetHours(record, targets);
  return { waitedHours: Math.floor(waited), targetHours: target, overdue: untilTaken >= target };
}
