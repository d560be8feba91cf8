// The read cache (services/storage/read-cache.ts) holds at most MAX_KEYS values: past them it
// starts over, and a value it forgot is read from the store again, never answered wrong.
import { describe, expect, it } from 'vitest';
import { MAX_KEYS, ReadCache } from '../../services/storage/read-cache.js';
import { FakeClock } from '../../services/time/fake-clock.js';

describe('the read cache', () => {
  it('reads a key once while it remembers it', async () => {
    const cache = new ReadCache<string>(60_000, new FakeClock());
    let reads = 0;
    const read = async () => `value ${++reads}`;
    expect(await cache.get('a', read)).toBe('value 1');
    expect(await cache.get('a', read)).toBe('value 1');
    expect(reads).toBe(1);
  });

  it('forgets everything past MAX_KEYS keys, so a key it held is read again from the store', async () => {
    const cache = new ReadCache<string>(60_000, new FakeClock());
    const reads = new Map<string, number>();
    const read = (key: string) => async () => {
      reads.set(key, (reads.get(key) ?? 0) + 1);
      return `stored ${key}`;
    };
    await cache.get('first', read('first'));
    for (let i = 1; i < MAX_KEYS; i++) await cache.get(`person-${i}`, read(`person-${i}`));
    // Still remembered at the bound…
    expect(await cache.get('first', read('first'))).toBe('stored first');
    expect(reads.get('first')).toBe(1);
    // …and forgotten once one more key comes.
    await cache.get('one more', read('one more'));
    expect(await cache.get('first', read('first'))).toBe('stored first');
    expect(reads.get('first')).toBe(2);
  });
});
