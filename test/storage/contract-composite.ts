// Contract part 4: a sort within equality filters that a composite index serves (the contract
// container declares (group ascending, n descending)). Both stores read it off that index; the
// answer must be the one a plain sort gives, whatever else the partition holds.

import { beforeEach, describe, expect, it } from 'vitest';
import type { Filter } from '../../services/storage/port.js';
import { ids, type ContractContext, type ContractDoc } from './contract.js';

const FIXTURE: ContractDoc[] = [
  { id: 'c1', tenant: 'ca', group: 'a', n: 1 },
  { id: 'c2', tenant: 'ca', group: 'a', n: 7 },
  { id: 'c3', tenant: 'ca', group: 'a', n: 3 },
  { id: 'c4', tenant: 'ca', group: 'b', n: 99 },
  { id: 'c5', tenant: 'ca', group: 'a', n: 'x' },
  { id: 'c6', tenant: 'ca', group: 'a' },
  { id: 'c7', tenant: 'ca', group: 'a', n: 7 },
  { id: 'c8', tenant: 'cb', group: 'a', n: 50 },
  { id: 'c9', tenant: 'ca', group: 1, n: 60 },
];

export function compositeContract(ctx: ContractContext): void {
  describe('sorting within equality filters (a composite index)', () => {
    beforeEach(async () => {
      for (const doc of FIXTURE) await ctx.docs().create(doc);
    });

    const inGroupA: Filter = { field: 'group', op: '=', value: 'a' };

    it('gives the highest value of the group first, only from that partition and group', async () => {
      const numeric: Filter = { field: 'n', op: '>=', value: 0 };
      const top = await ctx.docs().query<{ id: string; n: number }>(
        { where: [inGroupA, numeric], orderBy: { field: 'n', direction: 'desc' }, select: ['n'], top: 1 },
        { partitionKey: 'ca', pageSize: 1 },
      );
      expect(top.items).toEqual([{ id: expect.stringMatching(/^c[27]$/), n: 7 }]);
      const all = await ctx.docs().queryAll({ where: [inGroupA, numeric], orderBy: { field: 'n', direction: 'desc' } }, { partitionKey: 'ca', pageSize: 2 });
      expect(all.map((d) => d.n)).toEqual([7, 7, 3, 1]);
    });

    it('leaves out documents without the sort field, as a plain sort does', async () => {
      const all = await ctx.docs().queryAll({ where: [inGroupA], orderBy: { field: 'n', direction: 'desc' } }, { partitionKey: 'ca' });
      expect(ids(all)).not.toContain('c6');
      expect(all.filter((d) => typeof d.n === 'number').map((d) => d.n)).toEqual([7, 7, 3, 1]);
      expect(ids(all).sort()).toEqual(['c1', 'c2', 'c3', 'c5', 'c7']);
    });

    it('answers an empty group with nothing', async () => {
      const none = await ctx.docs().query({ where: [{ field: 'group', op: '=', value: 'z' }], orderBy: { field: 'n', direction: 'desc' }, top: 1 }, { partitionKey: 'ca' });
      expect(none.items).toEqual([]);
    });
  });
}
