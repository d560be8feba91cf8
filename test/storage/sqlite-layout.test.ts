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
});
