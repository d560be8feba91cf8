// Contract part 1: reads and conditional writes.

import { expect, it } from 'vitest';
import { AlreadyExistsError, ChangedBySomeoneElseError, NotFoundError } from '../../services/storage/errors.js';
import type { ContractContext, ContractDoc } from './contract.js';

const COSMOS_SYSTEM_FIELDS = ['_rid', '_self', '_etag', '_attachments', '_ts'];

export function crudContract(ctx: ContractContext): void {
  it('create then get returns the document as written, with an etag and no system fields', async () => {
    const doc: ContractDoc = {
      id: 'case-1',
      tenant: 'rc-south',
      title: 'Första kontakt',
      count: 3,
      ratio: 0.25,
      open: true,
      closed: false,
      nothing: null,
      tags: ['a', 'b'],
      nested: { deep: { list: [1, { x: 'y' }] } },
    };
    const created = await ctx.docs().create(doc);
    expect(created.item).toEqual(doc);
    expect(typeof created.etag).toBe('string');
    expect(created.etag.length).toBeGreaterThan(0);

    const read = await ctx.docs().get('case-1', 'rc-south');
    expect(read).toEqual({ item: doc, etag: created.etag });
    for (const field of COSMOS_SYSTEM_FIELDS) expect(read?.item).not.toHaveProperty(field);
  });

  it('drops undefined fields the way JSON does', async () => {
    const created = await ctx.docs().create({ id: 'u', tenant: 't', kept: 1, gone: undefined });
    expect(created.item).toEqual({ id: 'u', tenant: 't', kept: 1 });
    expect(Object.keys((await ctx.docs().get('u', 't'))?.item ?? {}).sort()).toEqual(['id', 'kept', 'tenant']);
  });

  it('a write hands back its own copy: changing it or the item written changes nothing stored', async () => {
    const doc = { id: 'own', tenant: 't', nested: { n: 1 }, list: [1] };
    const created = await ctx.docs().create(doc);
    const replaced = await ctx.docs().replace({ ...doc, nested: { n: 2 } }, created.etag);
    const upserted = await ctx.docs().upsert({ ...doc, nested: { n: 3 } });
    for (const stored of [created, replaced, upserted]) {
      (stored.item.nested as { n: number }).n = 99;
      (stored.item.list as number[]).push(99);
    }
    doc.nested.n = 98;
    doc.list.push(98);
    expect(created.item).not.toBe(doc);
    expect((await ctx.docs().get('own', 't'))?.item).toEqual({ id: 'own', tenant: 't', nested: { n: 3 }, list: [1] });
  });

  it('create with a taken id throws AlreadyExistsError; the same id in another partition is fine', async () => {
    await ctx.docs().create({ id: 'dup', tenant: 't1', v: 1 });
    const err = await ctx.docs().create({ id: 'dup', tenant: 't1', v: 2 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AlreadyExistsError);
    expect(err).toMatchObject({ code: 'STORE.ALREADY_EXISTS', container: 'contract', id: 'dup' });
    expect((await ctx.docs().get('dup', 't1'))?.item.v).toBe(1);

    await ctx.docs().create({ id: 'dup', tenant: 't2', v: 3 });
    expect((await ctx.docs().get('dup', 't2'))?.item.v).toBe(3);
  });

  it('refuses a document without a usable partition key or id', async () => {
    await expect(ctx.docs().create({ id: 'no-pk' } as ContractDoc)).rejects.toThrow(/tenant/);
    await expect(ctx.docs().create({ id: 'empty-pk', tenant: '' })).rejects.toThrow(/tenant/);
    await expect(ctx.docs().create({ id: 'num-pk', tenant: 7 } as unknown as ContractDoc)).rejects.toThrow(/tenant/);
    await expect(ctx.docs().create({ id: 'a/b', tenant: 't' })).rejects.toThrow(/id/);
    await expect(ctx.docs().create({ id: '', tenant: 't' })).rejects.toThrow(/id/);
    expect(await ctx.docs().count({})).toBe(0);
  });

  it('get of a missing id, or with the wrong partition key, is undefined', async () => {
    await ctx.docs().create({ id: 'here', tenant: 'right' });
    expect(await ctx.docs().get('absent', 'right')).toBeUndefined();
    expect(await ctx.docs().get('here', 'wrong')).toBeUndefined();
    expect(await ctx.docs().get('a/b', 'right')).toBeUndefined();
  });

  it('replace with the current etag stores the change under a new etag', async () => {
    const first = await ctx.docs().create({ id: 'r', tenant: 't', status: 'new' });
    const second = await ctx.docs().replace({ id: 'r', tenant: 't', status: 'assigned' }, first.etag);
    expect(second.etag).not.toBe(first.etag);
    expect(second.item).toEqual({ id: 'r', tenant: 't', status: 'assigned' });
    expect(await ctx.docs().get('r', 't')).toEqual(second);
  });

  it('replace with a stale etag throws ChangedBySomeoneElseError and leaves the document as it was', async () => {
    const first = await ctx.docs().create({ id: 'r', tenant: 't', status: 'new' });
    const second = await ctx.docs().replace({ id: 'r', tenant: 't', status: 'assigned' }, first.etag);
    const err = await ctx.docs().replace({ id: 'r', tenant: 't', status: 'closed' }, first.etag).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChangedBySomeoneElseError);
    expect(err).toMatchObject({ code: 'STORE.CHANGED_BY_SOMEONE_ELSE', id: 'r' });
    expect(await ctx.docs().get('r', 't')).toEqual(second);
  });

  it('replace of a missing document throws NotFoundError', async () => {
    const err = await ctx.docs().replace({ id: 'ghost', tenant: 't' }, 'any-etag').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err).toMatchObject({ code: 'STORE.NOT_FOUND', id: 'ghost' });
  });

  it('upsert creates a new document and overwrites an existing one', async () => {
    const created = await ctx.docs().upsert({ id: 'up', tenant: 't', n: 1 });
    expect(await ctx.docs().get('up', 't')).toEqual(created);

    const updated = await ctx.docs().upsert({ id: 'up', tenant: 't', n: 2 });
    expect(updated.etag).not.toBe(created.etag);
    expect(await ctx.docs().get('up', 't')).toEqual({ item: { id: 'up', tenant: 't', n: 2 }, etag: updated.etag });
    expect(await ctx.docs().count({}, { partitionKey: 't' })).toBe(1);
  });

  it('delete returns true, then false; a stale ifMatch throws and keeps the document', async () => {
    const first = await ctx.docs().create({ id: 'd', tenant: 't', v: 1 });
    const second = await ctx.docs().replace({ id: 'd', tenant: 't', v: 2 }, first.etag);

    const err = await ctx.docs().delete('d', 't', first.etag).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChangedBySomeoneElseError);
    expect(await ctx.docs().get('d', 't')).toEqual(second);

    expect(await ctx.docs().delete('d', 'wrong-partition')).toBe(false);
    expect(await ctx.docs().delete('d', 't', second.etag)).toBe(true);
    expect(await ctx.docs().get('d', 't')).toBeUndefined();
    expect(await ctx.docs().delete('d', 't')).toBe(false);
    expect(await ctx.docs().delete('d', 't', second.etag)).toBe(false);

    await ctx.docs().create({ id: 'e', tenant: 't' });
    expect(await ctx.docs().delete('e', 't')).toBe(true);
  });

  it('of 20 concurrent replaces presenting the same etag exactly one wins', async () => {
    const base = await ctx.docs().create({ id: 'race', tenant: 't', winner: -1 });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => ctx.docs().replace({ id: 'race', tenant: 't', winner: i }, base.etag)),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const r of lost) expect(r.reason).toBeInstanceOf(ChangedBySomeoneElseError);

    const stored = await ctx.docs().get('race', 't');
    expect(stored).toEqual((won[0] as PromiseFulfilledResult<unknown>).value);
  });
}
