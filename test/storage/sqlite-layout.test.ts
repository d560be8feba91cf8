// The embedded store's table layout changed (rowid tables instead of WITHOUT ROWID, so
// kilobyte-sized documents stay inline and partitions read almost sequentially). A laptop's
// existing .data file must keep its documents across that change.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../services/storage/sqlite/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'rc-sqlite-layout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded store layout', () => {
  it('moves documents from a file written with the old WITHOUT ROWID tables, and pages through them', async () => {
    const file = join(dir, 'old.sqlite');
    const old = new Database(file);
    old.exec('CREATE TABLE "contract" (pk TEXT NOT NULL, id TEXT NOT NULL, etag TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (pk, id)) WITHOUT ROWID');
    const insert = old.prepare('INSERT INTO "contract" VALUES (?, ?, ?, ?)');
    for (let i = 0; i < 12; i++) insert.run('t1', `doc-${i}`, `etag-${i}`, JSON.stringify({ id: `doc-${i}`, tenant: 't1', n: i }));
    old.close();

    const store = new SqliteStore({ file });
    await store.init();
    const docs = store.collection<{ id: string; tenant: string; n: number }>('contract');
    expect((await docs.get('doc-3', 't1'))?.item.n).toBe(3);
    const first = await docs.query({}, { partitionKey: 't1', pageSize: 5 });
    const rest = await docs.queryAll({}, { partitionKey: 't1' });
    expect(first.items).toHaveLength(5);
    expect(first.continuation).toBeDefined();
    expect(new Set(rest.map((d) => d.id)).size).toBe(12);
    await store.close();

    const check = new Database(file);
    const sql = (check.prepare(`SELECT sql FROM sqlite_master WHERE name = 'contract'`).get() as { sql: string }).sql;
    check.close();
    expect(sql).not.toContain('WITHOUT ROWID');
  });

  it('adds the index that finds the highest reference number to a file written before it existed', async () => {
    const file = join(dir, 'before-composite.sqlite');
    const old = new Database(file);
    old.exec('CREATE TABLE "consultations" (pk TEXT NOT NULL, id TEXT NOT NULL, etag TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (pk, id))');
    const insert = old.prepare('INSERT INTO "consultations" VALUES (?, ?, ?, ?)');
    for (let seq = 1; seq <= 30; seq++) {
      const id = `GBG-2026-${String(seq).padStart(4, '0')}`;
      insert.run('gbg', id, `etag-${seq}`, JSON.stringify({ id, rcId: 'gbg', kind: 'consultation', year: seq <= 20 ? 2025 : 2026, seq: seq <= 20 ? seq : seq - 20 }));
    }
    old.close();

    const store = new SqliteStore({ file });
    await store.init();
    const highest = await store.collection('consultations').query<{ id: string; seq: number }>(
      { where: [{ field: 'kind', op: '=', value: 'consultation' }, { field: 'year', op: '=', value: 2025 }], orderBy: { field: 'seq', direction: 'desc' }, select: ['seq'], top: 1 },
      { partitionKey: 'gbg' },
    );
    expect(highest.items).toEqual([{ id: 'GBG-2026-0020', seq: 20 }]);
    await store.close();

    const check = new Database(file);
    const indexes = (check.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'consultations'`).all() as Array<{ name: string }>).map((r) => r.name);
    check.close();
    expect(indexes).toContain('consultations_sorted_kind_year_seq');
  });
});
