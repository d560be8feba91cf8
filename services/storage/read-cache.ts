// A process-local memory of documents that change rarely but are read on nearly every turn
// (channel bindings, response targets): each was a store round trip per submit, claim or
// answer. A value is read again once it is older than maxAgeMs, so a change saved by another
// instance shows here within that time (the same promise the directory makes for corrections,
// RC_DIRECTORY_REFRESH_SECONDS); this process's own writes forget it at once (clear()).
// Concurrent readers of a missing value share one read; a failed read is not remembered.
// maxAgeMs 0 remembers nothing.

import { BoundedMap } from '../bounded.js';
import type { Clock } from '../time/clock.js';

// Bounds the memory: past this many keys the cache starts over.
export const MAX_KEYS = 5_000;

export class ReadCache<V> {
  private readonly entries = new BoundedMap<string, { value: Promise<V>; at: number }>(MAX_KEYS);

  constructor(
    private readonly maxAgeMs: number,
    private readonly clock: Clock,
  ) {}

  get(key: string, read: () => Promise<V>): Promise<V> {
    if (this.maxAgeMs <= 0) return read();
    const now = this.clock.now().getTime();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.maxAgeMs && now >= hit.at) return hit.value;
    const value = read();
    const entry = { value, at: now };
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  /** After a write of this process: the next read goes to the store. */
  clear(): void {
    this.entries.clear();
  }
}
