// The storage contract against the embedded SQLite store, plus what only a file can show.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../services/storage/errors.js';
import { SqliteStore } from '../../services/storage/sqlite/sqlite-store.js';
import { describeStoreContract, type ContractDoc } from './contract.js';

const root = mkdtempSync(join(tmpdir(), 'rc-sqlite-contract-'));
let n = 0;

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describeStoreContract('sqlite', async () => {
  // A real file (not :memory:) so that WAL mode and the file layout are what is tested.
  const store = new SqliteStore({ file: join(root, `store-${++n}`, 'rc-bot.sqlite') });
  return { store, cleanup: () => store.close() };
});

describe('sqlite store', () => {
  it('keeps data across close and reopen of the same file, in a folder it creates', async () => {
    const file = join(root, 'reopen', 'nested', 'rc-bot.sqlite');
    const first = new SqliteStore({ file });
    await first.init();
    const written = await first.collection<ContractDoc>('contract').create({ id: 'keep', tenant: 't', text: 'å ä ö' });
    await first.close();

    const second = new SqliteStore({ file });
    await second.init();
    expect(await second.collection<ContractDoc>('contract').get('keep', 't')).toEqual(written);
    await second.close();
  });

  it('reports a closed store as unavailable and unhealthy instead of crashing', async () => {
    const store = new SqliteStore({ file: ':memory:' });
    await store.init();
    await store.close();
    await expect(store.collection('contract').get('x', 't')).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await store.health()).toMatchObject({ ok: false, kind: 'embedded' });
  });

  it('refuses use before init()', async () => {
    const store = new SqliteStore({ file: ':memory:' });
    await expect(store.collection('contract').count({})).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close();
  });
});
