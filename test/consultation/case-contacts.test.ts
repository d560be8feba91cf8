// Further contacts on the same case and its stage at first contact, on both stores: a call
// is a contact on the record, never a new case; bad dates and codes store nothing.
import { describe, expect, it } from 'vitest';
import { CaseContacts } from '../../services/consultation/case-contacts.js';
import { CaseHandover } from '../../services/consultation/case-handover.js';
import { asRequester, coordinating, coordinator, harness, validInput } from '../fixtures/consultations.js';
import { FYR, GBG, SHIPPED } from '../fixtures/directory.js';
import { useStores, yieldTurn } from '../helpers/stores.js';

const stores = useStores();

describe.each(stores.kinds)('contacts on a case (%s)', (kind) => {
  async function setup(claim = true) {
    const h = harness(await stores.open(kind), { start: '2026-03-10T09:00:00Z' });
    const contacts = new CaseContacts(h.store, h.clock, { sleep: async () => yieldTurn() });
    const submitted = await h.service.submit(asRequester, validInput());
    if (!submitted.ok) throw new Error('seeding failed');
    if (claim) await h.service.claim(coordinating(1), GBG, submitted.record.id);
    return { ...h, contacts, id: submitted.record.id };
  }

  it('records a phone call on the case as a further contact, once however often the form is sent', async () => {
    const { contacts, id, clock, service } = await setup();
    clock.set('2026-03-12T10:00:00Z');
    const added = await contacts.addContact(coordinating(2), GBG, id, { channel: 'phone', on: '2026-03-11', contactKey: 'k1' });
    expect(added).toMatchObject({ ok: true, record: { contacts: 2, contactLog: [{ channel: 'phone', on: '2026-03-11', key: 'k1', by: coordinator(2), at: '2026-03-12T10:00:00.000Z' }] } });
    expect(await contacts.addContact(coordinating(2), GBG, id, { channel: 'phone', on: '2026-03-11', contactKey: 'k1' })).toMatchObject({ ok: true, record: { contacts: 2 } });
    await contacts.addContact(coordinating(1), GBG, id, { channel: 'email', on: '2026-03-12', contactKey: 'k2' });
    const stored = (await service.get(GBG, id))?.record;
    expect(stored?.contacts).toBe(3);
    expect(stored?.contactLog?.map((e) => e.channel)).toEqual(['phone', 'email']);
  });

  it('says what is wrong with the channel or the date and stores nothing', async () => {
    const { contacts, id, service } = await setup();
    const before = (await service.get(GBG, id))?.etag;
    expect(await contacts.addContact(coordinating(1), GBG, id, { on: '2026-03-10', contactKey: 'k' })).toEqual({ ok: false, reason: 'invalid', errors: { channel: 'required' } });
    expect(await contacts.addContact(coordinating(1), GBG, id, { channel: 'fax', on: '2026-02-30', contactKey: 'k' })).toEqual({ ok: false, reason: 'invalid', errors: { channel: 'invalid', on: 'invalid_date' } });
    expect(await contacts.addContact(coordinating(1), GBG, id, { channel: 'phone', on: '2026-03-11', contactKey: 'k' })).toEqual({ ok: false, reason: 'invalid', errors: { on: 'future' } });
    expect(await contacts.addContact(coordinating(1), GBG, id, { channel: 'phone', on: '2026-03-09', contactKey: 'k' })).toEqual({ ok: false, reason: 'invalid', errors: { on: 'before_case' } });
    expect((await service.get(GBG, id))?.etag).toBe(before);
  });

  it('asks for the case to be taken first, and refuses others than its coordinators', async () => {
    const { contacts, id } = await setup(false);
    expect(await contacts.addContact(coordinating(1), GBG, id, { channel: 'phone', on: '2026-03-10', contactKey: 'k' })).toEqual({ ok: false, reason: 'not_claimed' });
    expect(await contacts.addContact(asRequester, GBG, id, { channel: 'phone', on: '2026-03-10', contactKey: 'k' })).toEqual({ ok: false, reason: 'not_coordinator' });
  });

  it('keeps the stage at first contact, checks its code, and both travel with a transfer', async () => {
    const { contacts, id, store, clock, service } = await setup();
    expect(await contacts.setStage(coordinating(1), GBG, id, 'sometime')).toEqual({ ok: false, reason: 'invalid_code' });
    expect(await contacts.setStage(coordinating(1), GBG, id, 'investigation_under_way')).toMatchObject({ ok: true, record: { stage: 'investigation_under_way' } });
    await contacts.addContact(coordinating(1), GBG, id, { channel: 'meeting', on: '2026-03-10', contactKey: 'k' });
    const moved = await new CaseHandover(store, () => SHIPPED, clock).transfer(coordinating(1), GBG, id, { toRcId: FYR, reason: 'expertise' }, coordinator(1).id);
    expect(moved).toMatchObject({ ok: true, copy: { stage: 'investigation_under_way', contacts: 2, contactLog: [{ channel: 'meeting' }] } });
    expect(await contacts.setStage(coordinating(1), GBG, id, 'unknown')).toEqual({ ok: false, reason: 'transferred' });
    expect((await service.get(GBG, id))?.record.stage).toBe('investigation_under_way');
  });
});
