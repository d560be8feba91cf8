// Counts run in the background of the process that serves the turns. A count reads many
// records, and the embedded store reads synchronously: a hundred requests for statistics at once
// would start a hundred counts and hold every other turn meanwhile. So at most `limit` counts
// run at once, the rest wait in order, and a request for the same thing as a count that is
// still waiting joins that count instead of adding one.
//
// A request never joins a count that has already started: that count may have read the
// records before this request's own writes landed. It waits for the next count of the same
// key, which every later request joins, so there is at most one running and one waiting per key.

interface Waiting<T> {
  key: string;
  work: () => Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
  promise: Promise<T>;
}

export class CountQueue<T> {
  private readonly waiting: Array<Waiting<T>> = [];
  private running = 0;

  constructor(private readonly limit: number) {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`count queue limit must be a positive integer, got ${limit}`);
  }

  /** The result of `work` for this key: a waiting count of the same key is joined, else one is queued. */
  run(key: string, work: () => Promise<T>): Promise<T> {
    const same = this.waiting.find((w) => w.key === key);
    if (same) return same.promise;
    let resolve!: (value: T) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    this.waiting.push({ key, work, resolve, reject, promise });
    this.next();
    return promise;
  }

  /** Counts running or waiting. */
  get size(): number {
    return this.running + this.waiting.length;
  }

  private next(): void {
    while (this.running < this.limit) {
      const entry = this.waiting.shift();
      if (!entry) return;
      this.running++;
      // The work starts on its own tick, so a count never runs inside the caller's turn.
      void new Promise<void>((started) => setImmediate(started))
        .then(entry.work)
        .then(entry.resolve, entry.reject)
        .finally(() => {
          this.running--;
          this.next();
        });
    }
  }
}
