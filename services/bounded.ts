// The bound every process-local memory keeps (issue #14: peak RSS over a long run). A long-lived
// map or set keyed by something that comes from outside (people, conversations, service URLs,
// what a user typed) would otherwise grow with every new key for as long as the process runs.
// Past its bound it starts over: simpler than least-recently-used, and each of these is a cache
// whose miss costs one read or one write again, never a wrong answer.
// test/bounded-caches.test.ts finds every long-lived Map and Set in bot/ and services/ and
// fails on one that is neither bounded here nor keyed by a fixed list.

export class BoundedMap<K, V> extends Map<K, V> {
  constructor(readonly max: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.max && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

export class BoundedSet<T> extends Set<T> {
  constructor(readonly max: number) {
    super();
  }

  override add(value: T): this {
    if (this.size >= this.max && !this.has(value)) this.clear();
    return super.add(value);
  }
}
