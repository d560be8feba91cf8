// Time is injected everywhere a rule depends on "now", so tests and benchmarks can move it
// without waiting and two simulated bot instances can share one notion of the present.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = {
  now: () => new Date(),
};
