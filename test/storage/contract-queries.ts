// Contract part 2: every filter op, ordering, projection, TOP, and refusals.
// The fixture mixes JSON types on purpose (a string "31" next to the number 31, a string
// "true", a string where other documents hold an array) because that is where SQLite and
// Cosmos DB disagree unless the adapters make them agree.

import { beforeEach, describe, expect, it } from 'vitest';
import { InvalidQueryError } from '../../services/storage/errors.js';
import type { Filter, QuerySpec } from '../../services/storage/port.js';
import { ids, sortedIds, type ContractContext, type ContractDoc } from './contract.js';

const INJECTION = "x' OR 1=1 --";

const FIXTURE: ContractDoc[] = [
  { id: 'q1', tenant: 'qa', name: 'Anna', age: 31, active: true, tags: ['urgent', 'school'], city: { name: 'Malmö' }, note: null, value: 5 },
  { id: 'q2', tenant: 'qa', name: 'Bo', age: 45, active: false, tags: ['school'], city: { name: 'Lund' }, value: 6 },
  { id: 'q3', tenant: 'qa', name: 'Cecilia', age: 27, active: true, tags: [], city: { name: 'Malmö' }, nick: 'Ce' },
  { id: 'q4', tenant: 'qa', name: INJECTION, age: 60, active: false, tags: [INJECTION, 1, true] },
  { id: 'q5', tenant: 'qa', name: 'Anders', age: '31', active: 'true', tags: 'urgent' },
  { id: 'q6', tenant: 'qb', name: 'Dan' },
];

export function queryContract(ctx: ContractContext): void {
  describe('queries', () => {
    beforeEach(async () => {
      for (const doc of FIXTURE) await ctx.docs().create(doc);
    });

    const where = async (...filters: Filter[]) => sortedIds(await ctx.docs().queryAll({ where: filters }));

    it('= matches strings, numbers and booleans only against values of the same type', async () => {
      expect(await where({ field: 'name', op: '=', value: 'Bo' })).toEqual(['q2']);
      expect(await where({ field: 'age', op: '=', value: 31 })).toEqual(['q1']);
      expect(await where({ field: 'age', op: '=', value: '31' })).toEqual(['q5']);
      expect(await where({ field: 'active', op: '=', value: true })).toEqual(['q1', 'q3']);
      expect(await where({ field: 'active', op: '=', value: 'true' })).toEqual(['q5']);
    });

    it('!= leaves out documents where the field is missing or of another type', async () => {
      expect(await where({ field: 'age', op: '!=', value: 31 })).toEqual(['q2', 'q3', 'q4']);
      expect(await where({ field: 'active', op: '!=', value: true })).toEqual(['q2', 'q4']);
      expect(await where({ field: 'name', op: '!=', value: 'Bo' })).toEqual(['q1', 'q3', 'q4', 'q5', 'q6']);
    });

    it('<, <=, >, >= compare numbers with numbers and strings with strings', async () => {
      expect(await where({ field: 'age', op: '<', value: 31 })).toEqual(['q3']);
      expect(await where({ field: 'age', op: '<=', value: 31 })).toEqual(['q1', 'q3']);
      expect(await where({ field: 'age', op: '>', value: 45 })).toEqual(['q4']);
      expect(await where({ field: 'age', op: '>=', value: 45 })).toEqual(['q2', 'q4']);
      expect(await where({ field: 'age', op: '>', value: 0 }, { field: 'age', op: '<', value: 50 })).toEqual(['q1', 'q2', 'q3']);
      expect(await where({ field: 'name', op: '<', value: 'B' })).toEqual(['q1', 'q5']);
      expect(await where({ field: 'age', op: '>=', value: '0' })).toEqual(['q5']);
    });

    it('in matches any listed value of the same type; an empty list matches nothing', async () => {
      expect(await where({ field: 'name', op: 'in', values: ['Bo', 'Cecilia', 'nobody'] })).toEqual(['q2', 'q3']);
      expect(await where({ field: 'age', op: 'in', values: [31, '31'] })).toEqual(['q1', 'q5']);
      expect(await where({ field: 'age', op: 'in', values: [45] })).toEqual(['q2']);
      expect(await where({ field: 'name', op: 'in', values: [] })).toEqual([]);
    });

    it('filters on the partition key field across partitions like on any field, combined with others and in counts', async () => {
      expect(await where({ field: 'tenant', op: '=', value: 'qb' })).toEqual(['q6']);
      expect(await where({ field: 'tenant', op: 'in', values: ['qa', 'qb'] }, { field: 'name', op: 'in', values: ['Bo', 'Dan'] })).toEqual(['q2', 'q6']);
      expect(await where({ field: 'tenant', op: 'in', values: ['qb', 31, 'nobody'] })).toEqual(['q6']);
      expect(await where({ field: 'tenant', op: 'in', values: [31] })).toEqual([]);
      expect(await where({ field: 'tenant', op: '!=', value: 'qa' })).toEqual(['q6']);
      expect(await ctx.docs().count({ where: [{ field: 'tenant', op: 'in', values: ['qa'] }, { field: 'active', op: '=', value: true }] })).toBe(2);
    });

    it('contains looks inside arrays only, matching type exactly', async () => {
      expect(await where({ field: 'tags', op: 'contains', value: 'school' })).toEqual(['q1', 'q2']);
      expect(await where({ field: 'tags', op: 'contains', value: 'urgent' })).toEqual(['q1']);
      expect(await where({ field: 'tags', op: 'contains', value: 1 })).toEqual(['q4']);
      expect(await where({ field: 'tags', op: 'contains', value: true })).toEqual(['q4']);
      expect(await where({ field: 'tags', op: 'contains', value: '1' })).toEqual([]);
    });

    it('startsWith is a case-sensitive prefix test without wildcards', async () => {
      expect(await where({ field: 'name', op: 'startsWith', value: 'An' })).toEqual(['q1', 'q5']);
      expect(await where({ field: 'name', op: 'startsWith', value: 'an' })).toEqual([]);
      expect(await where({ field: 'name', op: 'startsWith', value: '%' })).toEqual([]);
      expect(await where({ field: 'name', op: 'startsWith', value: '_' })).toEqual([]);
      expect(await where({ field: 'city.name', op: 'startsWith', value: 'Mal' })).toEqual(['q1', 'q3']);
    });

    it('defined counts a stored null as present; undefined means missing', async () => {
      expect(await where({ field: 'nick', op: 'defined' })).toEqual(['q3']);
      expect(await where({ field: 'note', op: 'defined' })).toEqual(['q1']);
      expect(await where({ field: 'age', op: 'undefined' })).toEqual(['q6']);
      expect(await where({ field: 'city.name', op: 'undefined' })).toEqual(['q4', 'q5', 'q6']);
    });

    it('reaches nested fields and fields named like SQL keywords', async () => {
      expect(await where({ field: 'city.name', op: '=', value: 'Malmö' })).toEqual(['q1', 'q3']);
      expect(await where({ field: 'value', op: '>', value: 5 })).toEqual(['q2']);
    });

    it('matches injection-looking values literally', async () => {
      expect(await where({ field: 'name', op: '=', value: INJECTION })).toEqual(['q4']);
      expect(await where({ field: 'tags', op: 'contains', value: INJECTION })).toEqual(['q4']);
      expect(await where({ field: 'name', op: 'startsWith', value: "x' OR" })).toEqual(['q4']);
      expect(await where({ field: 'name', op: 'in', values: [INJECTION, "'); DROP TABLE contract; --"] })).toEqual(['q4']);
      expect(await where({ field: 'name', op: '=', value: '" OR true OR "' })).toEqual([]);
      expect(await ctx.docs().count({})).toBe(FIXTURE.length);
    });

    it('orders ascending and descending', async () => {
      const numeric: Filter = { field: 'age', op: '>', value: 0 };
      const asc = await ctx.docs().queryAll({ where: [numeric], orderBy: { field: 'age' } });
      expect(ids(asc)).toEqual(['q3', 'q1', 'q2', 'q4']);
      const desc = await ctx.docs().queryAll({ where: [numeric], orderBy: { field: 'age', direction: 'desc' } });
      expect(ids(desc)).toEqual(['q4', 'q2', 'q1', 'q3']);
      const byName = await ctx.docs().queryAll({ orderBy: { field: 'name', direction: 'asc' } });
      expect(ids(byName)).toEqual(['q5', 'q1', 'q2', 'q3', 'q6', 'q4']);
    });

    it('select returns id plus the named fields; a missing field is left out, a null one kept', async () => {
      const rows = await ctx.docs().queryAll<Record<string, unknown>>(
        { where: [{ field: 'id', op: 'in', values: ['q1', 'q3'] }], select: ['name', 'note', 'nick'], orderBy: { field: 'id' } },
        { partitionKey: 'qa' },
      );
      expect(rows).toEqual([
        { id: 'q1', name: 'Anna', note: null },
        { id: 'q3', name: 'Cecilia', nick: 'Ce' },
      ]);
    });

    it('select takes field paths into nested objects: each value at its place, nothing else of the object', async () => {
      const rows = await ctx.docs().queryAll<Record<string, unknown>>(
        { where: [{ field: 'id', op: 'in', values: ['q1', 'q4', 'q5'] }], select: ['name', 'city.name', 'city.zip', 'tags.x', 'note.x'], orderBy: { field: 'id' } },
        { partitionKey: 'qa' },
      );
      // No city, a null note, an array or a string where an object would be: the path is left out.
      expect(rows).toEqual([
        { id: 'q1', name: 'Anna', city: { name: 'Malmö' } },
        { id: 'q4', name: INJECTION },
        { id: 'q5', name: 'Anders' },
      ]);
    });

    it('top limits the whole result, also across pages', async () => {
      const spec: QuerySpec = { where: [{ field: 'age', op: '>', value: 0 }], orderBy: { field: 'age' }, top: 2 };
      const page = await ctx.docs().query(spec);
      expect(ids(page.items)).toEqual(['q3', 'q1']);
      expect(ids(await ctx.docs().queryAll(spec, { pageSize: 1 }))).toEqual(['q3', 'q1']);
      expect(ids(await ctx.docs().queryAll({ orderBy: { field: 'id' }, top: 3 }, { pageSize: 2 }))).toEqual(['q1', 'q2', 'q3']);
    });

    it('refuses invalid field paths, null comparisons and bad options with InvalidQueryError', async () => {
      const bad: Array<[QuerySpec, object?]> = [
        [{ where: [{ field: 'name; DROP TABLE contract', op: '=', value: 'x' }] }],
        [{ where: [{ field: 'c["name"]', op: '=', value: 'x' }] }],
        [{ where: [{ field: "name') OR ('1'='1", op: 'defined' }] }],
        [{ where: [{ field: 'a..b', op: '=', value: 'x' }] }],
        [{ where: [{ field: '1abc', op: '=', value: 'x' }] }],
        [{ where: [{ field: '', op: 'defined' }] }],
        [{ where: [{ field: 'name', op: '=', value: null }] }],
        [{ where: [{ field: 'name', op: 'in', values: ['a', null] }] }],
        [{ where: [{ field: 'age', op: '<', value: Number.NaN }] }],
        [{ where: [{ field: 'name', op: 'like', value: 'x' } as unknown as Filter] }],
        [{ orderBy: { field: 'name desc, id' } }],
        [{ select: ['city', 'city.name'] }],
        [{ select: ['*'] }],
        [{ top: 0 }],
        [{}, { pageSize: 0 }],
        [{}, { partitionKey: '' }],
        [{}, { continuation: 'not-a-token' }],
      ];
      for (const [spec, options] of bad) {
        const err = await ctx.docs().query(spec, options).catch((e: unknown) => e);
        expect(err, JSON.stringify([spec, options])).toBeInstanceOf(InvalidQueryError);
      }
      await expect(ctx.docs().count({ where: [{ field: 'x y', op: 'defined' }] })).rejects.toBeInstanceOf(InvalidQueryError);
    });
  });
}
