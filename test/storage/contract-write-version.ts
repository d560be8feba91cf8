// Contract part: Collection.writeVersion, the token a remembered computation is checked against
// (services/storage/versioned-results.ts). It must change with every write that adds, changes
// or removes a document the query matches, and stay put while nothing is written.

import { beforeEach, describe, expect, it } from 'vitest';
import type { QuerySpec } from '../../services/storage/port.js';
import type { ContractContext } from './contract.js';

export function writeVersionContract(ctx: ContractContext): void {
  describe('write versions', () => {
    beforeEach(async () => {
      await ctx.docs().create({ id: 'a1', tenant: 'a', kind: 'x', at: '2026-03-01' });
      await ctx.docs().create({ id: 'a2', tenant: 'a', kind: 'x', at: '2026-04-01' });
      await ctx.docs().create({ id: 'b1', tenant: 'b', kind: 'x', at: '2026-03-01' });
    });

    const inA: Pick<QuerySpec, 'where'> = { where: [{ field: 'tenant', op: 'in', values: ['a'] }, { field: 'kind', op: '=', value: 'x' }] };
    const version = () => ctx.docs().writeVersion(inA);

    it('stays the same while nothing is written, reads included', async () => {
      const before = await version();
      await ctx.docs().queryAll(inA);
      await ctx.docs().get('a1', 'a');
      expect(await version()).toBe(before);
      expect(await ctx.docs().writeVersion(inA)).toBe(before);
    });

    it('changes with a create, a replace, an upsert and a delete of a document the query matches', async () => {
      const seen = [await version()];
      await ctx.docs().create({ id: 'a3', tenant: 'a', kind: 'x', at: '2026-05-01' });
      seen.push(await version());
      const a1 = await ctx.docs().get('a1', 'a');
      await ctx.docs().replace({ ...a1!.item, at: '2026-03-02' }, a1!.etag);
      seen.push(await version());
      // Written again exactly as it was: still a write, and a count must not trust the old result.
      await ctx.docs().upsert({ id: 'a2', tenant: 'a', kind: 'x', at: '2026-04-01' });
      seen.push(await version());
      await ctx.docs().delete('a3', 'a');
      seen.push(await version());
      expect(new Set(seen).size).toBe(seen.length);
    });

    it('stays the same when only another partition is written', async () => {
      const before = await version();
      await ctx.docs().upsert({ id: 'b1', tenant: 'b', kind: 'x', at: '2026-03-09' });
      await ctx.docs().create({ id: 'b2', tenant: 'b', kind: 'x', at: '2026-03-09' });
      expect(await version()).toBe(before);
    });

    it('takes the partition from the options as well as from the filters', async () => {
      const inPartition = () => ctx.docs().writeVersion({ where: [{ field: 'kind', op: '=', value: 'x' }] }, { partitionKey: 'b' });
      const before = await inPartition();
      await ctx.docs().upsert({ id: 'a1', tenant: 'a', kind: 'x', at: '2026-03-09' });
      expect(await inPartition()).toBe(before);
      await ctx.docs().delete('b1', 'b');
      expect(await inPartition()).not.toBe(before);
    });
  });
}
