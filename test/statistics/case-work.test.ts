// Unique cases and contacts apart, the stage at first contact and transfers between RCs, on
// both stores: a case of several contacts is one case; a transferred case is counted once,
// by the RC that has it, and as sent by the one that passed it on; small cells are hidden.
import { describe, expect, it } from 'vitest';
import { CaseContacts } from '../../services/consultation/case-contacts.js';
import { CaseHandover } from '../../services/consultation/case-handover.js';
import { asRequester, coordinating, coordinator, harness, validInput } from '../fixtures/consultations.js';
import { FYR, GBG, SHIPPED } from '../fixtures/directory.js';
import { useStores, yieldTurn } from '../helpers/stores.js';
import { figure, insertRecords, other, own, rc, RecordFactory, reportOf, statistics } from './helpers.js';

const stores = useStores();
const MARCH = { kind: 'month', year: 2026, index: 3 } as const;

describe.each(stores.kinds)('contacts, stage and transfers in the statistics (%s)', (kind) => {
  it('counts one case of three contacts as one case and three contacts, by channel, with its stage', async () => {
    const h = harness(await stores.open(kind), { start: '2026-03-10T09:00:00Z' });
    const contacts = new CaseContacts(h.store, h.clock, { sleep: async () => yieldTurn() });
    const submitted = await h.service.submit(asRequester, validInput());
    if (!submitted.ok) throw new Error('seeding failed');
    const id = submitted.record.id;
    await h.service.claim(coordinating(1), GBG, id);
    await contacts.addContact(coordinating(1), GBG, id, { channel: 'phone', on: '2026-03-10', contactKey: 'a' });
    await contacts.addContact(coordinating(1), GBG, id, { channel: 'email', on: '2026-03-10', contactKey: 'b' });
    await contacts.setStage(coordinating(1), GBG, id, 'not_known_to_social_services');

    const { service } = statistics(h.store, { now: '2026-04-02T08:00:00Z' });
    const report = await reportOf(service, { scope: rc(GBG), period: MARCH, viewer: own(GBG) });
    const value = (code: string) => figure(report, code).value;
    expect(value('ga2.cases')).toBe(1);
    expect(value('ga2.contacts')).toBe(3);
    expect(value('ga2.contacts.mean')).toBe(3);
    expect([value('ga2.contacts.by_channel.teams'), value('ga2.contacts.by_channel.phone'), value('ga2.contacts.by_channel.email')]).toEqual([1, 1, 1]);
    expect(value('ga2.contacts_per_case.2_4')).toBe(1);
    expect(value('ga2.contacts_per_case.1')).toBe(0);
    expect(value('ga2.stage.recorded')).toBe(1);
    expect(value('ga2.stage.not_known_to_social_services')).toBe(1);
  });

  it('counts a transferred case once, at the RC that has it; the sender counts it as sent', async () => {
    const h = harness(await stores.open(kind), { start: '2026-03-10T09:00:00Z' });
    const submitted = await h.service.submit(asRequester, validInput());
    if (!submitted.ok) throw new Error('seeding failed');
    await h.service.claim(coordinating(1), GBG, submitted.record.id);
    const moved = await new CaseHandover(h.store, () => SHIPPED, h.clock).transfer(coordinating(1), GBG, submitted.record.id, { toRcId: FYR, reason: 'other_area' }, coordinator(1).id);
    expect(moved.ok).toBe(true);

    const { service } = statistics(h.store, { now: '2026-04-02T08:00:00Z' });
    const sender = await reportOf(service, { scope: rc(GBG), period: MARCH, viewer: own(GBG) });
    const receiver = await reportOf(service, { scope: rc(FYR), period: MARCH, viewer: own(FYR) });
    const national = await reportOf(service, { scope: { kind: 'all' }, period: MARCH, viewer: own(GBG) });
    expect([figure(sender, 'ga2.cases').value, figure(sender, 'ga2.transfers.sent').value, figure(sender, 'ga2.transfers.received').value]).toEqual([0, 1, 0]);
    expect([figure(receiver, 'ga2.cases').value, figure(receiver, 'ga2.transfers.sent').value, figure(receiver, 'ga2.transfers.received').value]).toEqual([1, 0, 1]);
    // Nationally the case is still one case.
    expect(figure(national, 'ga2.cases').display).toBe('<5');
    expect(figure(national, 'ga2.transfers.sent').display).toBe('<5');
  });

  it('hides small cells of the new figures from others, and a lone hidden contact channel takes a partner with it', async () => {
    const store = await stores.open(kind);
    const factory = new RecordFactory();
    const created = '2026-03-05T10:00:00Z';
    // Eight logged phone cases of one contact, one e-mail case of three (two further e-mails), one sent on.
    const records = [
      ...Array.from({ length: 8 }, () => factory.make({ created, stage: 'investigation_under_way' })),
      factory.make({ created, channel: 'email', contacts: 3, contactLog: [0, 1].map((n) => ({ channel: 'email' as const, on: '2026-03-05', at: created, by: coordinator(1), key: `k${n}` })) }),
      factory.make({ created, status: 'transferred', transferredTo: { rcId: FYR, reference: 'FYR-2026-0001', reason: 'capacity' } }),
    ];
    await insertRecords(store, records);
    const { service } = statistics(store, { now: '2026-04-02T08:00:00Z' });
    const exact = await reportOf(service, { scope: rc(GBG), period: MARCH, viewer: own(GBG) });
    expect(figure(exact, 'ga2.cases').value).toBe(9);
    expect(figure(exact, 'ga2.contacts').value).toBe(11);
    expect(figure(exact, 'ga2.contacts.by_channel.email').value).toBe(3);
    expect(figure(exact, 'ga2.transfers.sent').value).toBe(1);

    const hidden = await reportOf(service, { scope: rc(GBG), period: MARCH, viewer: other });
    expect(figure(hidden, 'ga2.cases').value).toBe(9);
    expect(figure(hidden, 'ga2.transfers.sent').display).toBe('<5');
    // Three e-mails alone would be ga2.contacts minus the phone calls: the phone calls go too.
    expect(figure(hidden, 'ga2.contacts.by_channel.email')).toMatchObject({ display: '<5', hiddenBecause: 'small_count' });
    expect(figure(hidden, 'ga2.contacts.by_channel.phone')).toMatchObject({ value: null, hiddenBecause: 'complementary' });
    expect(figure(hidden, 'ga2.contacts.by_channel.meeting').value).toBe(0);
    // The one case of 2-4 contacts is hidden, and so is its partner; the stage cell of 8 is shown.
    expect(figure(hidden, 'ga2.contacts_per_case.2_4')).toMatchObject({ display: '<5', hiddenBecause: 'small_count' });
    expect(figure(hidden, 'ga2.contacts_per_case.1')).toMatchObject({ value: null, hiddenBecause: 'complementary' });
    expect(figure(hidden, 'ga2.stage.investigation_under_way').value).toBe(8);
  });
});
