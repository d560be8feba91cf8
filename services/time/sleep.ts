// Waiting, injected like the clock: services that pause between retries take a Sleep, so
// tests can yield a turn instead of waiting and record what would have been waited.

export type Sleep = (ms: number) => Promise<void>;

/** The real timer; the default wherever a Sleep is optional. */
export const realSleep: Sleep = (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms));
