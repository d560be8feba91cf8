// bench-turns' wire server reads a query that names its partition from that partition alone and
// answers the client's query-plan request without running the query, as Cosmos DB does
// (scripts/bench-turns/wire-server-scale.ts). It must answer every query exactly as the unchanged
// server does, or the bench would time a different store.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cosmosLikeQueryCost } from '../../scripts/bench-turns/wire-server-scale.js';
import type { Document } from '../../services/storage/port.js';
import { useCosmosDatabases } from '../storage/cosmos-databases.js';

const require = createRequire(import.meta.url);
const items = (require('@vercel/cosmosdb-server/lib/account/items') as { default: { prototype: { query: (...args: unknown[]) => unknown } } }).default.prototype;
const open = useCosmosDatabases('wire-cost');

const NETWORKS = ['net-a', 'net-b', 'net-c'];
const session = (i: number) => ({
  id: `s-${i}`,
  networkId: NETWORKS[i % 3]!,
  kind: 'session',
  // Ties on purpose: the server breaks them by its own document order.
  startsAt: `2026-12-${String(1 + (i % 5)).padStart(2, '0')}T09:00:00.000Z`,
  status: i % 4 === 0 ? 'cancelled' : 'scheduled',
});

/** Each query execution on the server, with how many documents it was given to read. */
function countingReads(): { reads: number[]; stop(): void } {
  const original = items.query;
  const reads: number[] = [];
  items.query = function (this: { _data: Map<string, unknown> }, ...args: unknown[]) {
    reads.push(this._data.size);
    return original.apply(this, args);
  };
  return { reads, stop: () => void (items.query = original) };
}

describe('the bench wire server reads queries as Cosmos DB does', () => {
  it('answers from the named partition alone, and runs no query for a query plan', async () => {
    const { store, cleanup } = await open();
    try {
      await store.init();
      const sessions = store.collection<Document>('sessions');
      for (let i = 0; i < 30; i++) await sessions.create(session(i));
      // A replaced document moves to the end of the server's order; a deleted one leaves its partition.
      for (const i of [0, 4, 7]) {
        const stored = await sessions.get(`s-${i}`, session(i).networkId);
        await sessions.replace({ ...stored!.item, status: 'held' }, stored!.etag);
      }
      await sessions.delete('s-10', 'net-b');

      const isSession = { field: 'kind', op: '=', value: 'session' } as const;
      const answers = () =>
        Promise.all([
          sessions.queryAll({ where: [isSession], orderBy: { field: 'startsAt' } }, { partitionKey: 'net-a' }),
          sessions.queryAll({ where: [{ field: 'status', op: '=', value: 'scheduled' }] }, { partitionKey: 'net-b', pageSize: 3 }),
          sessions.count({ where: [isSession] }, { partitionKey: 'net-c' }),
          sessions.writeVersion({ where: [isSession] }, { partitionKey: 'net-a' }),
          sessions.queryAll({ where: [isSession], orderBy: { field: 'startsAt', direction: 'desc' } }),
        ]);

      const scopedReads = countingReads();
      const undo = cosmosLikeQueryCost();
      let scoped: Awaited<ReturnType<typeof answers>>;
      try {
        scoped = await answers();
      } finally {
        undo();
        scopedReads.stop();
      }
      const wholeReads = countingReads();
      let whole: Awaited<ReturnType<typeof answers>>;
      try {
        whole = await answers();
      } finally {
        wholeReads.stop();
      }

      expect(scoped).toEqual(whole);
      expect(scoped[0].map((s) => s.id)).toHaveLength(10);
      expect(scoped[1].length).toBeGreaterThan(3);
      // Unchanged, the server ran every query twice (once for its plan) over all 29 documents.
      // Scoped, it ran each once, over its partition's ten documents (nine in net-b); only the
      // cross-partition query still reads them all.
      expect(wholeReads.reads.every((n) => n === 29)).toBe(true);
      expect(scopedReads.reads).toHaveLength(wholeReads.reads.length / 2);
      expect([...new Set(scopedReads.reads)].sort((a, b) => a - b)).toEqual([9, 10, 29]);
      expect(scopedReads.reads.filter((n) => n === 29)).toHaveLength(1);
    } finally {
      await cleanup();
    }
  });
});
