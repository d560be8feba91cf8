// Contract part 4: reads that indexes declared in containers.ts serve. A sort within equality
// filters (the contract container's composite index (group ascending, n descending)), which both
// stores read off that index; and a range read with the projection of a covering index (on `at`,
// selecting label, n and note), which the embedded store answers from the index alone. The
// answers must be those of a plain read, whatever else the partition holds.

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

export function coveringContract(ctx: ContractContext): void {
  describe('reading a projection over a range (a covering index)', () => {
    const docs: ContractDoc[] = [
      { id: 'v1', tenant: 'va', kind: 'row', at: '2026-03-01', label: 'ett', n: 1, note: null, text: 'lång text '.repeat(50), meta: { at: 'kontor', by: 'Namn' } },
      { id: 'v2', tenant: 'va', kind: 'row', at: '2026-03-02', label: 'två', n: { nested: [1, 'x'] } },
      { id: 'v3', tenant: 'va', kind: 'row', at: '2026-03-02', n: 3.25, note: 'å"\\', meta: null },
      { id: 'v4', tenant: 'va', kind: 'other', at: '2026-03-02', label: 'fel sort', n: 4 },
      { id: 'v5', tenant: 'va', kind: 'row', at: 20260302, label: 'tal', n: 5 },
      { id: 'v6', tenant: 'va', kind: 'row', at: '2026-04-01', label: 'sent', n: 6 },
      { id: 'v7', tenant: 'vb', kind: 'row', at: '2026-03-02', label: 'annan', n: 7 },
      { id: 'v8', tenant: 'va', kind: 'row', at: '2026-03-03', label: 'tre', n: -0.5, note: false, meta: { by: 'Namn', at: null } },
    ];
    beforeEach(async () => {
      for (const doc of docs) await ctx.docs().create(doc);
    });

    it('gives each document in the range once, with the projection as a plain read gives it', async () => {
      const spec = {
        where: [
          { field: 'kind', op: '=', value: 'row' },
          { field: 'at', op: '>=', value: '2026-03-01' },
          { field: 'at', op: '<', value: '2026-04-01' },
        ] satisfies Filter[],
        select: ['label', 'n', 'note', 'meta.at'],
      };
      const all = await ctx.docs().queryAll(spec, { partitionKey: 'va', pageSize: 2 });
      expect([...all].sort((a, b) => a.id.localeCompare(b.id))).toEqual([
        { id: 'v1', label: 'ett', n: 1, note: null, meta: { at: 'kontor' } },
        { id: 'v2', label: 'två', n: { nested: [1, 'x'] } },
        { id: 'v3', n: 3.25, note: 'å"\\' },
        { id: 'v8', label: 'tre', n: -0.5, note: false, meta: { at: null } },
      ]);
      // Another projection over the same range reads the documents themselves: the same answer.
      const wider = await ctx.docs().queryAll({ ...spec, select: ['label', 'n', 'note', 'meta.at', 'text'] }, { partitionKey: 'va' });
      expect(wider.map(({ text: _text, ...rest }) => rest).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...all].sort((a, b) => a.id.localeCompare(b.id)));
    });
  });
}

