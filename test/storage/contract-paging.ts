// Contract part 3: continuation paging within and across partitions, and counting.

import { describe, expect, it } from 'vitest';
import { InvalidQueryError } from '../../services/storage/errors.js';
import type { Page } from '../../services/storage/port.js';
import { ids, type ContractContext, type ContractDoc } from './contract.js';

async function seed(ctx: ContractContext, docs: ContractDoc[]): Promise<void> {
  // Sequential on purpose: both stores then hold them in a known insertion order.
  for (const doc of docs) await ctx.docs().create(doc);
}

const pad = (i: number) => String(i).padStart(2, '0');

export function pagingContract(ctx: ContractContext): void {
  describe('paging and counting', () => {
    it('pages 20 documents of one partition as 7 + 7 + 6, each page resumed in a new call', async () => {
      await seed(ctx, Array.from({ length: 20 }, (_, i) => ({ id: `p${pad(i)}`, tenant: 'one', n: i })));
      await seed(ctx, [{ id: 'other', tenant: 'two', n: 99 }]);

      const pages: Array<Page<ContractDoc>> = [];
      let continuation: string | undefined;
      do {
        const page = await ctx.docs().query({}, { partitionKey: 'one', pageSize: 7, ...(continuation ? { continuation } : {}) });
        pages.push(page);
        continuation = page.continuation;
      } while (continuation && pages.length < 10);

      expect(pages.map((p) => p.items.length)).toEqual([7, 7, 6]);
      const all = pages.flatMap((p) => ids(p.items));
      expect(new Set(all).size).toBe(20);
      expect([...all].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `p${pad(i)}`));
    });

    it('pages a range on a range-indexed field: every match once, ties across page ends, other types left out', async () => {
      const at = ['a', 'b', 'c', 'c', 'c', 'c', 'd', 'e', 'e', 'f', 'g'];
      // Written out of order, so neither the field's order nor insertion order is the answer.
      const docs: ContractDoc[] = at.map((value, i) => ({ id: `r${pad(i)}`, tenant: 'one', at: value })).reverse();
      docs.push({ id: 'number', tenant: 'one', at: 3 }, { id: 'missing', tenant: 'one' }, { id: 'elsewhere', tenant: 'two', at: 'c' });
      await seed(ctx, docs);
      const where = [
        { field: 'at', op: '>=', value: 'b' },
        { field: 'at', op: '<', value: 'f' },
      ] as const;
      const seen: string[] = [];
      let continuation: string | undefined;
      let calls = 0;
      do {
        const page = await ctx.docs().query({ where: [...where] }, { partitionKey: 'one', pageSize: 3, ...(continuation ? { continuation } : {}) });
        expect(page.items.length).toBeLessThanOrEqual(3);
        seen.push(...ids(page.items));
        continuation = page.continuation;
        calls++;
      } while (continuation && calls < 10);
      expect([...seen].sort()).toEqual(['r01', 'r02', 'r03', 'r04', 'r05', 'r06', 'r07', 'r08']);
      expect(await ctx.docs().queryAll({ where: [...where], top: 5 }, { partitionKey: 'one', pageSize: 2 })).toHaveLength(5);
    });

    it('sorts a range on a range-indexed field by that field across pages, and stops at the first N', async () => {
      const at = ['a', 'b', 'c', 'c', 'c', 'd', 'e', 'e', 'f'];
      const docs: ContractDoc[] = at.map((value, i) => ({ id: `r${pad(i)}`, tenant: 'one', at: value })).reverse();
      docs.push({ id: 'number', tenant: 'one', at: 3 }, { id: 'missing', tenant: 'one' }, { id: 'elsewhere', tenant: 'two', at: 'b' });
      await seed(ctx, docs);
      const spec = { where: [{ field: 'at', op: '>', value: 'a' }], orderBy: { field: 'at', direction: 'asc' } } as const;
      const values: unknown[] = [];
      const seen: string[] = [];
      let continuation: string | undefined;
      let calls = 0;
      do {
        const page = await ctx.docs().query({ ...spec, where: [...spec.where] }, { partitionKey: 'one', pageSize: 3, ...(continuation ? { continuation } : {}) });
        values.push(...page.items.map((d) => d.at));
        seen.push(...ids(page.items));
        continuation = page.continuation;
        calls++;
      } while (continuation && calls < 10);
      expect(values).toEqual(at.slice(1));
      expect(new Set(seen).size).toBe(at.length - 1);
      const firstThree = await ctx.docs().queryAll({ ...spec, where: [...spec.where], top: 3 }, { partitionKey: 'one', pageSize: 2 });
      expect(firstThree.map((d) => d.at)).toEqual(['b', 'c', 'c']);
    });

    it('keeps the sort order across pages', async () => {
      await seed(ctx, Array.from({ length: 20 }, (_, i) => ({ id: `p${pad(i)}`, tenant: 'one', n: (i * 7) % 20 })));
      const first = await ctx.docs().query({ orderBy: { field: 'n', direction: 'desc' } }, { partitionKey: 'one', pageSize: 7 });
      expect(first.items).toHaveLength(7);
      expect(first.continuation).toEqual(expect.any(String));
      const rest = await ctx.docs().queryAll({ orderBy: { field: 'n', direction: 'desc' } }, { partitionKey: 'one' });
      const second = await ctx.docs().query(
        { orderBy: { field: 'n', direction: 'desc' } },
        { partitionKey: 'one', pageSize: 7, continuation: first.continuation as string },
      );
      expect(second.items.map((d) => d.n)).toEqual(rest.slice(7, 14).map((d) => d.n));
      expect(rest.map((d) => d.n)).toEqual(Array.from({ length: 20 }, (_, i) => 19 - i));
    });

    it('pages across partitions returning every document exactly once', async () => {
      await seed(ctx, Array.from({ length: 20 }, (_, i) => ({ id: `x${pad(i)}`, tenant: `t${i % 4}`, n: i })));
      const seen: string[] = [];
      let continuation: string | undefined;
      let calls = 0;
      do {
        const page = await ctx.docs().query({}, { pageSize: 7, ...(continuation ? { continuation } : {}) });
        expect(page.items.length).toBeLessThanOrEqual(7);
        seen.push(...ids(page.items));
        continuation = page.continuation;
        calls++;
      } while (continuation && calls < 20);
      expect(seen).toHaveLength(20);
      expect([...seen].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `x${pad(i)}`));
    });

    it('queries and counts across partitions and within one', async () => {
      await seed(ctx, Array.from({ length: 12 }, (_, i) => ({ id: `c${pad(i)}`, tenant: `t${i % 3}`, even: i % 2 === 0 })));
      const even = { field: 'even', op: '=', value: true } as const;

      expect(await ctx.docs().count({})).toBe(12);
      expect(await ctx.docs().count({ where: [even] })).toBe(6);
      expect(await ctx.docs().count({}, { partitionKey: 't1' })).toBe(4);
      expect(await ctx.docs().count({ where: [even] }, { partitionKey: 't1' })).toBe(2);
      expect(await ctx.docs().count({}, { partitionKey: 'nobody' })).toBe(0);

      const cross = await ctx.docs().queryAll({ where: [even], orderBy: { field: 'id' } });
      expect(ids(cross)).toEqual(['c00', 'c02', 'c04', 'c06', 'c08', 'c10']);
      const single = await ctx.docs().queryAll({ where: [even] }, { partitionKey: 't0' });
      expect(ids(single).sort()).toEqual(['c00', 'c06']);
    });

    it('refuses a continuation token from a different query', async () => {
      await seed(ctx, Array.from({ length: 5 }, (_, i) => ({ id: `k${i}`, tenant: 'one', n: i })));
      const page = await ctx.docs().query({}, { partitionKey: 'one', pageSize: 2 });
      const token = page.continuation as string;
      expect(token).toEqual(expect.any(String));
      await expect(
        ctx.docs().query({ where: [{ field: 'n', op: '>', value: 0 }] }, { partitionKey: 'one', continuation: token }),
      ).rejects.toBeInstanceOf(InvalidQueryError);
      await expect(ctx.docs().query({}, { partitionKey: 'two', continuation: token })).rejects.toBeInstanceOf(InvalidQueryError);
    });
  });
}
