// A computation over stored documents, remembered with the write version (Collection.writeVersion)
// of what it read, and given again only while that version is unchanged. The version is read
// *before* the computation: a write that lands while it runs may or may not be in the result,
// but it changes the version, so the next request computes afresh. Nothing is ever served
// that a computation now would not give, on any instance, however recently anything was written.
//
// Unlike ReadCache (./read-cache.ts) there is no age: the check is a read of the store every
// time, only far cheaper than the computation (one indexed lookup on the embedded store, ids
// and ETags on Cosmos DB instead of documents parsed and counted).

import { BoundedMap } from '../bounded.js';

// Bounds the memory (../bounded.ts): past this many keys it starts over.
const MAX_KEYS = 256;

export class VersionedResults<V> {
  private readonly entries: BoundedMap<string, { version: string; value: V }>;

  /** Results given again, for tests and benchmarks. */
  hits = 0;

  constructor(maxKeys = MAX_KEYS) {
    this.entries = new BoundedMap(maxKeys);
  }

  async get(key: string, version: () => Promise<string>, compute: () => Promise<V>): Promise<V> {
    const now = await version();
    const known = this.entries.get(key);
    if (known && known.version === now) {
      this.hits++;
      return known.value;
    }
    const value = await compute();
    this.entries.set(key, { version: now, value });
    return value;
  }
}
