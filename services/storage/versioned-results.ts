// A computation over stored documents, remembered with the write version (Collection.writeVersion)
// of what it read, and given again only while that version is unchanged. The version is read
// *before* the computation: a write that lands while it runs may or may not be in the result,
// but it changes the version, so the next request computes afresh. Nothing is ever served
// that a computation now would not give, on any instance, however recently anything was written.
//
// Unlike ReadCache (./read-cache.ts) there is no age: the check is a read of the store every
// time, only far cheaper than the computation (one indexed lookup on the embedded store, ids
// and ETags on Cosmos DB instead of documents parsed and counted).

// Bounds the memory: past this many keys the oldest is forgotten.
const MAX_KEYS = 256;

export class VersionedResults<V> {
  private readonly entries = new Map<string, { version: string; value: V }>();

  /** Results given again, for tests and benchmarks. */
  hits = 0;

  constructor(private readonly maxKeys = MAX_KEYS) {}

  async get(key: string, version: () => Promise<string>, compute: () => Promise<V>): Promise<V> {
    const now = await version();
    const known = this.entries.get(key);
    if (known && known.version === now) {
      this.hits++;
      return known.value;
    }
    const value = await compute();
    this.entries.delete(key);
    if (this.entries.size >= this.maxKeys) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { version: now, value });
    return value;
  }
}
