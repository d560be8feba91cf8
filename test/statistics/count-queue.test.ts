// The count queue: at most `limit` counts at once, the rest in order, a request joining a count
// of the same key that has not started, never one that has (it may miss this request's writes).
import { describe, expect, it } from 'vitest';
import { CountQueue } from '../../services/statistics/count-queue.js';

/** A count the test finishes by hand, recording when it started. */
function controlled(started: string[], name: string) {
  let finish!: (value: string) => void;
  let fail!: (error: Error) => void;
  const done = new Promise<string>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return {
    work: () => {
      started.push(name);
      return done;
    },
    finish: () => finish(name),
    fail: (error: Error) => fail(error),
  };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('count queue', () => {
  it('runs at most its limit at once and starts the rest in order as counts finish', async () => {
    const started: string[] = [];
    const queue = new CountQueue<string>(1);
    const [a, b, c] = ['a', 'b', 'c'].map((n) => controlled(started, n));
    const results = [queue.run('a', a!.work), queue.run('b', b!.work), queue.run('c', c!.work)];
    await settled();
    expect(started).toEqual(['a']);
    a!.finish();
    await settled();
    expect(started).toEqual(['a', 'b']);
    b!.finish();
    await settled();
    c!.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c']);
    expect(queue.size).toBe(0);
  });

  it('answers requests for the same key with one count while it waits, and counts afresh for one that comes after it started', async () => {
    const started: string[] = [];
    const queue = new CountQueue<string>(1);
    const first = controlled(started, 'first');
    const second = controlled(started, 'second');
    const third = controlled(started, 'third');
    const running = queue.run('rc:gbg|year:2026', first.work);
    await settled();
    // The first count has started: these may have written since, so they wait for a new one and share it.
    const joined = [queue.run('rc:gbg|year:2026', second.work), queue.run('rc:gbg|year:2026', third.work), queue.run('rc:gbg|year:2026', third.work)];
    first.finish();
    await settled();
    second.finish();
    expect(await running).toBe('first');
    expect(await Promise.all(joined)).toEqual(['second', 'second', 'second']);
    expect(started).toEqual(['first', 'second']);
  });

  it('runs two counts at once with a limit of two', async () => {
    const started: string[] = [];
    const queue = new CountQueue<string>(2);
    const counts = ['a', 'b', 'c'].map((n) => controlled(started, n));
    const results = counts.map((c, i) => queue.run(String(i), c.work));
    await settled();
    expect(started).toEqual(['a', 'b']);
    counts[1]!.finish();
    await settled();
    expect(started).toEqual(['a', 'b', 'c']);
    counts[0]!.finish();
    counts[2]!.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c']);
  });

  it('gives a failed count to everyone who waited for it, and goes on with the next', async () => {
    const started: string[] = [];
    const queue = new CountQueue<string>(1);
    const blocker = controlled(started, 'blocker');
    const failing = controlled(started, 'failing');
    const after = controlled(started, 'after');
    const first = queue.run('x', blocker.work);
    const waiting = [queue.run('y', failing.work), queue.run('y', failing.work)];
    const next = queue.run('z', after.work);
    blocker.finish();
    await settled();
    failing.fail(new Error('disk I/O error'));
    for (const w of waiting) await expect(w).rejects.toThrow('disk I/O error');
    await settled();
    after.finish();
    expect(await first).toBe('blocker');
    expect(await next).toBe('after');
  });

  it('refuses a limit that would never run anything', () => {
    expect(() => new CountQueue(0)).toThrow(RangeError);
  });
});
