// Places on both stores: one per organisation (member or deputy), capacity, the waiting list
// and its promotion, the race for the last place, and what "upcoming" shows each person.

import { describe, expect, it } from 'vitest';
import { NetworkService } from '../../services/sessions/network-service.js';
import { replaceBarrier } from '../helpers/replace-barrier.js';
import { useStores, yieldTurn } from '../helpers/stores.js';
import { deputyA, deputyB, lead, memberA, memberB, memberC, nth, ok, outsider, world } from './helpers.js';

const stores = useStores();

describe.each(stores.kinds)('booking (%s)', (kind) => {
  it('books the organisation\'s one place: the deputy then sees it booked by the member', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const s = nth(w, 0).id;
    const booked = ok(await w.service.book(memberA, id, s));
    expect(booked).toMatchObject({ duplicate: false, booking: { orgId: w.orgA.id, person: memberA, fromWaitingList: false } });
    expect(await w.service.book(deputyA, id, s)).toEqual({ ok: false, reason: 'already_booked', by: memberA });
    expect(await w.service.book(memberA, id, s)).toMatchObject({ ok: true, duplicate: true });
    expect((await w.service.session(id, s))?.bookings).toHaveLength(1);
    // The deputy may give the organisation's place up; then the deputy may book it.
    ok(await w.service.unbook(deputyA, id, s));
    expect(ok(await w.service.book(deputyA, id, s)).booking.person).toEqual(deputyA);
  });

  it('books for one\'s own organisation only, whatever the card says', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const s = nth(w, 0).id;
    expect(await w.service.book(memberA, id, s, w.orgB.id)).toEqual({ ok: false, reason: 'not_member' });
    expect(await w.service.book(outsider, id, s)).toEqual({ ok: false, reason: 'not_member' });
    expect(await w.service.book(lead, id, s)).toEqual({ ok: false, reason: 'not_member' });
    ok(await w.service.book(memberB, id, s));
    expect(await w.service.unbook(memberA, id, s, w.orgB.id)).toEqual({ ok: false, reason: 'not_member' });
    expect(await w.service.unbook(memberA, id, s)).toEqual({ ok: false, reason: 'not_booked' });
    expect(await w.service.book(memberA, id, `${id}:nope:9`)).toEqual({ ok: false, reason: 'not_found' });
    expect(await w.service.book(memberA, id, 'bad/id')).toEqual({ ok: false, reason: 'not_found' });
    expect((await w.service.session(id, s))?.bookings.map((b) => b.orgId)).toEqual([w.orgB.id]);
  });

  it('offers the waiting list when full, and moves the first waiting organisation in when a place frees', async () => {
    const w = await world(await stores.open(kind), { capacity: '1' });
    const id = w.network.networkId;
    const s = nth(w, 0).id;
    expect(await w.service.joinWaitingList(memberB, id, s)).toEqual({ ok: false, reason: 'places_free' });
    ok(await w.service.book(memberA, id, s));
    expect(await w.service.book(memberB, id, s)).toEqual({ ok: false, reason: 'full', waitingListPosition: 1 });
    expect(await w.service.joinWaitingList(memberA, id, s)).toEqual({ ok: false, reason: 'already_booked', by: memberA });
    expect(ok(await w.service.joinWaitingList(deputyB, id, s)).position).toBe(1);
    expect(ok(await w.service.joinWaitingList(memberB, id, s)).position).toBe(1); // the same organisation
    expect(ok(await w.service.joinWaitingList(memberC, id, s)).position).toBe(2);
    expect(await w.service.book(memberC, id, s)).toEqual({ ok: false, reason: 'full', waitingListPosition: 2 });

    w.clock.advanceHours(1);
    const freed = ok(await w.service.unbook(deputyA, id, s));
    expect(freed.released).toMatchObject({ orgId: w.orgA.id, person: memberA });
    expect(freed.promoted).toEqual([{ orgId: w.orgB.id, person: deputyB, at: '2026-03-02T09:00:00.000Z', fromWaitingList: true }]);
    expect(freed.session.waitingList.map((e) => e.orgId)).toEqual([w.orgC.id]);

    ok(await w.service.leaveWaitingList(memberC, id, s));
    expect(await w.service.leaveWaitingList(memberC, id, s)).toEqual({ ok: false, reason: 'not_waiting' });
    expect(ok(await w.service.unbook(memberB, id, s)).promoted).toEqual([]);
  });

  it('lets exactly one of two organisations take the last place at the same moment', async () => {
    const store = await stores.open(kind);
    const w = await world(store, { capacity: '2' });
    const id = w.network.networkId;
    const s = nth(w, 0).id;
    ok(await w.service.book(memberC, id, s));
    // Two instances of the bot (one process takes its own writers in turn), and both have read
    // the same version before either writes: a real collision every round.
    const barrier = replaceBarrier(store);
    const [one, two] = [0, 1].map(() => new NetworkService(barrier.store, w.clock, { sleep: () => yieldTurn() })) as [NetworkService, NetworkService];
    for (let round = 0; round < 3; round++) {
      barrier.arm(2);
      const results = await Promise.all([one.book(memberA, id, s), two.book(memberB, id, s)]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'full', waitingListPosition: 1 }]);
      const session = await w.service.session(id, s);
      expect(session?.bookings).toHaveLength(2);
      const winner = session?.bookings.find((b) => b.orgId !== w.orgC.id);
      ok(await w.service.unbook(winner?.orgId === w.orgA.id ? memberA : memberB, id, s));
    }
    expect(barrier.collisions()).toBe(3);
  });

  it('never overbooks when every organisation books at once', async () => {
    const w = await world(await stores.open(kind), { capacity: '2' });
    const id = w.network.networkId;
    const s = nth(w, 0).id;
    const everyone = [memberA, deputyA, memberB, deputyB, memberC];
    const results = await Promise.all(everyone.map((p) => w.service.book(p, id, s)));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.every((r) => r.ok || r.reason === 'full' || r.reason === 'already_booked')).toBe(true);
    const session = await w.service.session(id, s);
    expect(new Set(session?.bookings.map((b) => b.orgId)).size).toBe(2);
  });

  it('gives each person their own place when the series allows several per organisation', async () => {
    const w = await world(await stores.open(kind), { allowMultiplePerOrg: 'true', capacity: '3' });
    const id = w.network.networkId;
    const s = nth(w, 0).id;
    ok(await w.service.book(memberA, id, s));
    ok(await w.service.book(deputyA, id, s));
    ok(await w.service.book(memberB, id, s));
    expect(await w.service.book(deputyB, id, s)).toEqual({ ok: false, reason: 'full', waitingListPosition: 1 });
    const freed = ok(await w.service.unbook(deputyA, id, s));
    expect(freed.released.person).toEqual(deputyA);
    expect((await w.service.session(id, s))?.bookings.map((b) => b.person.id)).toEqual([memberA.id, memberB.id]);
  });

  it('leaving the waiting list takes only the one who leaves off it; the rest move up', async () => {
    const w = await world(await stores.open(kind), { capacity: '1' });
    const id = w.network.networkId;
    const s = nth(w, 0).id;
    ok(await w.service.book(memberA, id, s));
    ok(await w.service.joinWaitingList(memberB, id, s));
    ok(await w.service.joinWaitingList(memberC, id, s));
    ok(await w.service.leaveWaitingList(deputyB, id, s)); // the organisation's place in the queue, given up by its deputy
    expect((await w.service.session(id, s))?.waitingList.map((e) => e.orgId)).toEqual([w.orgC.id]);
    expect(await w.service.book(memberC, id, s)).toEqual({ ok: false, reason: 'full', waitingListPosition: 1 });
    expect(await w.service.leaveWaitingList(memberA, id, s)).toEqual({ ok: false, reason: 'not_waiting' });
  });

  it('refuses the waiting list of a cancelled session and of one that has started', async () => {
    const w = await world(await stores.open(kind), { capacity: '1' });
    const id = w.network.networkId;
    const [s0, s1] = [nth(w, 0).id, nth(w, 1).id];
    ok(await w.service.book(memberA, id, s0));
    ok(await w.service.book(memberA, id, s1));
    ok(await w.service.cancelSession(lead, id, s1, 'Ledighet'));
    expect(await w.service.joinWaitingList(memberB, id, s1)).toEqual({ ok: false, reason: 'cancelled' });
    expect(await w.service.book(memberB, id, s1)).toEqual({ ok: false, reason: 'cancelled' });
    w.clock.set(nth(w, 0).startsAt);
    expect(await w.service.joinWaitingList(memberB, id, s0)).toEqual({ ok: false, reason: 'past' });
  });

  it('with a place each, queues each person on their own and lets one booking from the queue leave the others waiting', async () => {
    // No fixed capacity: one place per organisation, so a fourth organisation frees a place while people wait.
    const w = await world(await stores.open(kind), { allowMultiplePerOrg: 'true' });
    const id = w.network.networkId;
    const s = nth(w, 0).id;
    ok(await w.service.book(memberA, id, s));
    ok(await w.service.book(deputyA, id, s));
    ok(await w.service.book(memberC, id, s));
    expect(ok(await w.service.joinWaitingList(memberB, id, s)).position).toBe(1);
    expect(ok(await w.service.joinWaitingList(deputyB, id, s)).position).toBe(2);
    expect(ok(await w.service.joinWaitingList(deputyB, id, s)).position).toBe(2); // a double click keeps the place in the queue
    const newcomer = { id: '29:member-d', name: 'Medlem D' };
    ok(await w.service.addOrganisation(lead, id, { name: 'Ungdomsmottagningen', type: 'health_care', municipality: '2580', member: newcomer, deputy: null }));
    ok(await w.service.book(deputyB, id, s));
    const session = await w.service.session(id, s);
    expect(session?.bookings.map((b) => b.person.id)).toEqual([memberA.id, deputyA.id, memberC.id, deputyB.id]);
    expect(session?.waitingList.map((e) => e.person.id)).toEqual([memberB.id]);
    ok(await w.service.leaveWaitingList(memberB, id, s));
    expect((await w.service.session(id, s))?.waitingList).toEqual([]);
  });

  it('takes no bookings once the session has started', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const s = nth(w, 0).id;
    ok(await w.service.book(memberA, id, s));
    w.clock.set(nth(w, 0).startsAt);
    expect(await w.service.book(memberB, id, s)).toEqual({ ok: false, reason: 'past' });
    expect(await w.service.unbook(memberA, id, s)).toEqual({ ok: false, reason: 'past' });
  });

  it('shows each person the next sessions of their networks with free places and their own booking state', async () => {
    const w = await world(await stores.open(kind), { capacity: '2' });
    const id = w.network.networkId;
    const [s0, s1] = [nth(w, 0).id, nth(w, 1).id];
    ok(await w.service.book(memberA, id, s0));
    ok(await w.service.book(memberB, id, s0));
    ok(await w.service.joinWaitingList(memberC, id, s0));

    const forDeputyA = await w.service.upcoming(deputyA.id, w.clock.now());
    expect(forDeputyA.map((u) => u.session.id)).toEqual(w.sessions.map((x) => x.id));
    expect(forDeputyA[0]).toMatchObject({ role: 'deputy', orgId: w.orgA.id, capacity: 2, freePlaces: 0, myBooking: { state: 'org_booked', by: memberA } });
    expect(forDeputyA[1]).toMatchObject({ freePlaces: 2, myBooking: { state: 'none' } });
    expect((await w.service.upcoming(memberA.id, w.clock.now()))[0]?.myBooking).toEqual({ state: 'booked' });
    expect((await w.service.upcoming(memberC.id, w.clock.now()))[0]?.myBooking).toEqual({ state: 'waiting', position: 1 });
    expect((await w.service.upcoming(lead.id, w.clock.now(), 2)).map((u) => [u.role, u.session.id])).toEqual([
      ['lead', s0],
      ['lead', s1],
    ]);
    expect(await w.service.upcoming(outsider.id, w.clock.now())).toEqual([]);
    // Once the first has started it is no longer upcoming.
    expect((await w.service.upcoming(memberA.id, new Date(nth(w, 0).startsAt)))[0]?.session.id).toBe(s1);
  });
});
