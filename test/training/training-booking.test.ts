// A professional's place on a training, on both stores: one place per person whatever the
// municipality, a double click keeps one place, the waiting list is joined once and left by
// the one who leaves, and giving up a place that is not yours, or one on a training that is
// over or cancelled, is refused with the reason.
import { describe, expect, it } from 'vitest';
import { GBG, GOTEBORG, KIRUNA } from '../fixtures/directory.js';
import { useStores } from '../helpers/stores.js';
import { coordinatorOf, eventForm, ok, professional, trainingWorld } from './helpers.js';

const stores = useStores();
const [p1, p2, p3, p4] = [professional(1), professional(2), professional(3), professional(4)];
const coordinator = coordinatorOf(1);
const ids = (entries: { person: { id: string } }[]) => entries.map((e) => e.person.id);

describe.each(stores.kinds)('a place on a training (%s)', (kind) => {
  async function planned(form: Record<string, string> = {}) {
    const world = trainingWorld(await stores.open(kind));
    const { event } = ok(await world.service.planEvent(coordinator, GBG, eventForm(form)));
    return { ...world, id: event.id };
  }

  it('gives colleagues of one municipality a place each, records the municipality, and keeps one place for a double click', async () => {
    const { service, id } = await planned({ capacity: '3' });
    const first = ok(await service.register(p1, GBG, id, { municipality: GOTEBORG }));
    expect(first).toMatchObject({ duplicate: false, booking: { orgId: GOTEBORG, person: { id: p1.id, name: p1.name } } });
    expect(ok(await service.register(p2, GBG, id, { municipality: GOTEBORG })).duplicate).toBe(false);
    const again = ok(await service.register(p1, GBG, id, { municipality: GOTEBORG }));
    expect(again.duplicate).toBe(true);
    expect(ids(again.event.bookings)).toEqual([p1.id, p2.id]);
    // An open training takes anyone, whatever municipality they register for.
    expect(ok(await service.register(p3, GBG, id, { municipality: KIRUNA })).booking.orgId).toBe(KIRUNA);
  });

  it('queues only when full, once per person, and the one who leaves the queue is the one taken off it', async () => {
    const { service, id } = await planned({ capacity: '1' });
    expect(await service.joinWaitingList(p2, GBG, id, { municipality: GOTEBORG })).toEqual({ ok: false, reason: 'places_free' });
    ok(await service.register(p1, GBG, id, { municipality: GOTEBORG }));
    expect(await service.register(p2, GBG, id, { municipality: GOTEBORG })).toEqual({ ok: false, reason: 'full', waitingListPosition: 1 });
    expect(ok(await service.joinWaitingList(p2, GBG, id, { municipality: GOTEBORG })).position).toBe(1);
    expect(ok(await service.joinWaitingList(p2, GBG, id, { municipality: GOTEBORG })).position).toBe(1);
    const both = ok(await service.joinWaitingList(p3, GBG, id, { municipality: KIRUNA }));
    expect(both.position).toBe(2);
    expect(both.event.waitingList.map((w) => [w.person.id, w.orgId])).toEqual([[p2.id, GOTEBORG], [p3.id, KIRUNA]]);
    expect(await service.joinWaitingList(p1, GBG, id, { municipality: GOTEBORG })).toMatchObject({ ok: false, reason: 'already_booked' });

    const left = ok(await service.leaveWaitingList(p2, GBG, id));
    expect(ids(left.event.waitingList)).toEqual([p3.id]);
    expect(await service.leaveWaitingList(p2, GBG, id)).toEqual({ ok: false, reason: 'not_waiting' });
    expect(await service.leaveWaitingList(p4, GBG, id)).toEqual({ ok: false, reason: 'not_waiting' });
  });

  it('keeps an invited-only queue to the invited, and checks the municipality typed', async () => {
    const { service, id } = await planned({ audience: 'invited', invited: GOTEBORG, capacity: '1' });
    ok(await service.register(p1, GBG, id, { municipality: GOTEBORG }));
    expect(await service.joinWaitingList(p2, GBG, id, { municipality: KIRUNA })).toEqual({ ok: false, reason: 'not_invited' });
    expect(await service.joinWaitingList(p2, GBG, id, { municipality: '9999' })).toMatchObject({ ok: false, reason: 'invalid', errors: { municipality: 'unknown_municipality' } });
    expect(ok(await service.joinWaitingList(p2, GBG, id, { municipality: GOTEBORG })).position).toBe(1);
  });

  it('gives up only the place of the one who asks, and refuses one that is not theirs', async () => {
    const { service, id } = await planned({ capacity: '3' });
    ok(await service.register(p1, GBG, id, { municipality: GOTEBORG }));
    ok(await service.register(p2, GBG, id, { municipality: GOTEBORG }));
    expect(await service.unregister(p3, GBG, id)).toEqual({ ok: false, reason: 'not_booked' });
    const freed = ok(await service.unregister(p2, GBG, id));
    expect(ids(freed.event.bookings)).toEqual([p1.id]);
    expect(freed.promoted).toEqual([]);
  });

  it('refuses giving up a place once the training has started or is cancelled, registered or not', async () => {
    const started = await planned();
    ok(await started.service.register(p1, GBG, started.id, { municipality: GOTEBORG }));
    started.clock.set('2026-05-12T11:00:00Z');
    expect(await started.service.unregister(p1, GBG, started.id)).toEqual({ ok: false, reason: 'past' });
    expect(await started.service.unregister(p2, GBG, started.id)).toEqual({ ok: false, reason: 'past' });

    const cancelled = await planned();
    ok(await cancelled.service.register(p1, GBG, cancelled.id, { municipality: GOTEBORG }));
    ok(await cancelled.service.cancelEvent(coordinator, GBG, cancelled.id, { reason: 'Föreläsaren är sjuk.' }));
    expect(await cancelled.service.unregister(p1, GBG, cancelled.id)).toEqual({ ok: false, reason: 'cancelled' });
    expect(await cancelled.service.unregister(p2, GBG, cancelled.id)).toEqual({ ok: false, reason: 'cancelled' });
    expect(await cancelled.service.joinWaitingList(p2, GBG, cancelled.id, { municipality: GOTEBORG })).toEqual({ ok: false, reason: 'cancelled' });
  });
});
