// The directory in storage, on both adapters: loading the shipped data, administrators'
// corrections that survive restarts and new data versions, and a race between two admins.
import { actor } from '../helpers/actors.js';
import { describe, expect, it } from 'vitest';
import { DirectoryService } from '../../services/directory/directory-service.js';
import { SHIPPED_DIRECTORY } from '../../services/directory/data/shipped.js';
import type { DirectoryData } from '../../services/directory/schema.js';
import type { DocumentStore } from '../../services/storage/port.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { GBG } from '../fixtures/directory.js';
import { useStores } from '../helpers/stores.js';

/** The version an administrator's form carries (undefined before the first correction). */
const editingEtag = (editing: Awaited<ReturnType<DirectoryService['centreForEditing']>>) => (editing.ok ? editing.etag : undefined);
const ADMIN_ID = 'admin-object-id';
const ADMIN = actor({ id: '29:admin', aadObjectId: ADMIN_ID }, { admin: true });
const stores = useStores();

const open = (store: DocumentStore, shipped?: DirectoryData) =>
  DirectoryService.open(store, { adminIds: [ADMIN_ID], clock: new FakeClock(new Date('2026-11-22T10:00:00Z')), shipped });

const goodInput = { status: 'permanent', phone: '031-123 45 67', email: 'heder@goteborg.example.se', web: '', supportLine: '', coverage: '1480', coverageNotStated: 'false' };

describe.each(stores.kinds)('directory in storage (%s)', (kind) => {

  it('loads the shipped directory and answers lookups from it', async () => {
    const directory = await open(await stores.open(kind));
    expect(directory.current().version).toBe(SHIPPED_DIRECTORY.version);
    expect(directory.current().lookup('goteborg').centres).toMatchObject({ kind: 'municipality', covering: [{ centre: { id: GBG } }] });
  });

  it('refuses corrections from someone who is not an administrator', async () => {
    const directory = await open(await stores.open(kind));
    expect(await directory.correctCentre(actor({ id: '29:someone', aadObjectId: 'someone-else' }), GBG, goodInput, undefined)).toEqual({ ok: false, reason: 'not_admin' });
  });

  it('explains every bad field at once and stores nothing', async () => {
    const directory = await open(await stores.open(kind));
    const result = await directory.correctCentre(ADMIN, GBG, { ...goodInput, phone: '12', email: 'not-an-address', web: 'http://x.se', coverage: '9999' }, undefined);
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      errors: { phone: 'invalid_phone', email: 'invalid_email', web: 'invalid_web', coverage: 'unknown_municipality' },
    });
    expect(editingEtag(await directory.centreForEditing(ADMIN, GBG))).toBeUndefined();
  });

  it('keeps a correction across a restart and a newer data version, and lets a second admin see they lost the race', async () => {
    const store = await stores.open(kind);
    const first = await open(store);
    const opened = await first.centreForEditing(ADMIN, GBG);
    const second = await open(store);
    const saved = await first.correctCentre(ADMIN, GBG, goodInput, editingEtag(opened));
    expect(saved.ok).toBe(true);
    const lost = await second.correctCentre(ADMIN, GBG, { ...goodInput, phone: '031-999 99 99' }, editingEtag(opened));
    expect(lost).toMatchObject({ ok: false, reason: 'changed_by_someone_else', centre: { status: 'permanent' } });

    const restarted = await open(store);
    const centre = restarted.current().centre(GBG);
    expect(centre?.status).toBe('permanent');
    expect(centre?.channels).toContainEqual(expect.objectContaining({ kind: 'phone', value: '031-123 45 67', origin: 'admin' }));

    const newer = { ...SHIPPED_DIRECTORY, version: '2099-01-01.1' };
    const upgraded = await open(store, newer);
    expect(upgraded.current().version).toBe('2099-01-01.1');
    expect(upgraded.current().centre(GBG)?.status).toBe('permanent');
  });

  it('lets the sources win when the shipped entry itself changes', async () => {
    const store = await stores.open(kind);
    const corrected = await open(store);
    expect((await corrected.correctCentre(ADMIN, GBG, goodInput, undefined)).ok).toBe(true);
    expect(corrected.current().centre(GBG)?.channels.some((c) => c.origin === 'admin')).toBe(true);
    const changed: DirectoryData = {
      ...SHIPPED_DIRECTORY,
      version: '2099-02-01.1',
      centres: SHIPPED_DIRECTORY.centres.map((c) => (c.id === GBG ? { ...c, notes: [...c.notes, 'Ny uppgift i källorna.'] } : c)),
    };
    const directory = await open(store, changed);
    expect(directory.current().centre(GBG)?.channels.some((c) => c.origin === 'admin')).toBe(false);
  });

  it('serves a correction saved by another instance once its refresh interval has passed, not before', async () => {
    const store = await stores.open(kind);
    const clock = new FakeClock(new Date('2026-11-22T10:00:00Z'));
    const refreshing = await DirectoryService.open(store, { adminIds: [ADMIN_ID], clock, refreshMs: 0 });
    const notYet = await DirectoryService.open(store, { adminIds: [ADMIN_ID], clock, refreshMs: 3_600_000 });
    const editor = await open(store);
    const phone = '031-555 55 55';
    const saved = await editor.correctCentre(ADMIN, GBG, { ...goodInput, phone }, editingEtag(await editor.centreForEditing(ADMIN, GBG)));
    expect(saved.ok).toBe(true);

    await Promise.all([refreshing.refreshIfStale(), notYet.refreshIfStale()]);
    const phones = (d: DirectoryService) => d.current().centre(GBG)?.channels.filter((c) => c.kind === 'phone').map((c) => c.value);
    expect(phones(refreshing)).toContain(phone);
    expect(phones(notYet)).not.toContain(phone);
  });
});
