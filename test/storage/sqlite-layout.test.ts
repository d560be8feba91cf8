// The embedded store's table layout changed (rowid tables instead of WITHOUT ROWID, so
// kilobyte-sized documents stay inline and partitions read almost sequentially). A laptop's
// existing .data file must keep its documents across that change.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../services/storage/sqlite/sqlite-store.js';
import { GBG } from '../fixtures/directory.js';
import { coordinator, requester } from '../fixtures/consultations.js';
import { figure, own, rc, RecordFactory, reportOf, statistics } from '../statistics/helpers.js';

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

  it('drops the range index a covering index has taken over from an older file, and still reads a period in order', async () => {
    const file = join(dir, 'old-range.sqlite');
    const old = new Database(file);
    old.exec('CREATE TABLE "contract" (pk TEXT NOT NULL, id TEXT NOT NULL, etag TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (pk, id))');
    old.exec(`CREATE INDEX "contract_range_at" ON "contract" (pk, json_extract(body, '$.at'))`);
    const insert = old.prepare('INSERT INTO "contract" VALUES (?, ?, ?, ?)');
    for (const [i, day] of [5, 1, 9, 3, 7].entries()) insert.run('t1', `doc-${i}`, `etag-${i}`, JSON.stringify({ id: `doc-${i}`, tenant: 't1', at: `2026-01-0${day}` }));
    old.close();

    const store = new SqliteStore({ file });
    await store.init();
    const docs = store.collection<{ id: string; tenant: string; at: string }>('contract');
    const read = await docs.queryAll({ where: [{ field: 'at', op: '>=', value: '2026-01-02' }, { field: 'at', op: '<', value: '2026-01-09' }], orderBy: { field: 'at' } }, { partitionKey: 't1' });
    await store.close();

    expect(read.map((d) => d.at)).toEqual(['2026-01-03', '2026-01-05', '2026-01-07']);
    const check = new Database(file);
    const indexes = (check.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contract'`).all() as Array<{ name: string }>).map((r) => r.name);
    check.close();
    expect(indexes).not.toContain('contract_range_at');
    expect(indexes).toContain('contract_covering_at');
  });

  it('answers a report from a file whose statistics index still holds the old projection, building it again at start', async () => {
    // Records of every kind a report tells apart: requests claimed and answered, logged ones,
    // a withdrawn one, one received from another RC, one with further contacts.
    const factory = new RecordFactory();
    const at = (day: number, hour = 9) => `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
    const records = [
      factory.make({ created: at(2), requester, status: 'closed', times: { claimed: at(2, 10), answered: at(3) } }),
      factory.make({ created: at(4), requester, status: 'answered', times: { claimed: at(4, 13), answered: at(4, 15) } }),
      factory.make({ created: at(5), requester, status: 'withdrawn', times: { withdrawn: at(5, 11) } }),
      factory.make({ created: at(6) }),
      factory.make({ created: at(9), transferredFrom: { rcId: 'resurscentrum-barnahus-fyrbodal', reference: 'FYR-2026-0001' } }),
      factory.make({ created: at(10), channel: 'email', contacts: 2, contactLog: [{ channel: 'phone', on: '2026-03-11', at: at(11), by: coordinator(1), key: 'k1' }] }),
    ];

    // The file as the version before wrote it: the index held whole fields (the requester, all eight times).
    const oldFile = join(dir, 'old-covering.sqlite');
    const old = new Database(oldFile);
    old.exec('CREATE TABLE "consultations" (pk TEXT NOT NULL, id TEXT NOT NULL, etag TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (pk, id))');
    const oldFields = ['id', 'rcId', 'sector', 'channel', 'municipality', 'gender', 'ageBand', 'violence', 'perpetrators', 'questionType', 'urgent', 'outcomes', 'status', 'contacts', 'adviceFollowed', 'helpfulness', 'requester', 'times', 'stage', 'contactLog', 'transferredFrom'];
    const path = (f: string) => `'$.${f}'`;
    old.exec(
      `CREATE INDEX "consultations_covering_times_created" ON "consultations" (pk, json_extract(body, '$.times.created'), json_type(body, '$.times.created'), ` +
        `json_type(body, '$.kind'), json_extract(body, '$.kind'), json_extract(body, ${oldFields.map(path).join(', ')}), ` +
        `(${oldFields.map((f, i) => `((json_type(body, ${path(f)}) IS NOT NULL) << ${i})`).join(' | ')}))`,
    );
    const insert = old.prepare('INSERT INTO "consultations" VALUES (?, ?, ?, ?)');
    for (const record of records) insert.run(record.rcId, record.id, `etag-${record.id}`, JSON.stringify(record));
    old.close();

    const upgraded = new SqliteStore({ file: oldFile });
    await upgraded.init();
    const fresh = new SqliteStore({ file: join(dir, 'fresh-covering.sqlite') });
    await fresh.init();
    for (const record of records) await fresh.collection('consultations').create(record);
    const request = { scope: rc(GBG), period: { kind: 'year', year: 2026 }, viewer: own(GBG) } as const;
    const [before, after] = [await reportOf(statistics(upgraded).service, request), await reportOf(statistics(fresh).service, request)];
    await upgraded.close();
    await fresh.close();

    expect(figure(before, 'ga2.cases').value).toBe(5);
    expect(figure(before, 'ga2.withdrawn').value).toBe(1);
    expect(figure(before, 'ga2.transfers.received').value).toBe(1);
    expect(figure(before, 'ga2.contacts.by_channel.phone').value).toBe(5);
    expect(figure(before, 'ga2.hours_to_claim.median').value).toBe(2.5);
    expect(before).toEqual(after);
    const check = new Database(oldFile);
    const sql = (check.prepare(`SELECT sql FROM sqlite_master WHERE name = 'consultations_covering_times_created'`).get() as { sql: string }).sql;
    check.close();
    expect(sql).toContain("'$.requester.id'");
    expect(sql).not.toContain("'$.requester',");
  });
});
