// A clock that moves only when told to. Lives beside the real one (not under test/) because
// benchmarks and scripts drive the same services with it.

import type { Clock } from './clock.js';

export class FakeClock implements Clock {
  private ms: number;

  constructor(start: Date | string | number = '2026-01-05T08:00:00Z') {
    this.ms = FakeClock.toMs(start);
  }

  /** A fresh Date each time, so a caller mutating it cannot move the clock. */
  now(): Date {
    return new Date(this.ms);
  }

  set(instant: Date | string | number): void {
    this.ms = FakeClock.toMs(instant);
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms)) throw new RangeError(`FakeClock.advance: ${ms} is not a finite number of milliseconds`);
    this.ms += ms;
  }

  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000);
  }

  advanceHours(hours: number): void {
    this.advance(hours * 3_600_000);
  }

  private static toMs(value: Date | string | number): number {
    const ms = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : value;
    if (!Number.isFinite(ms)) throw new RangeError(`FakeClock: ${String(value)} is not a valid instant`);
    return ms;
  }
}
