// Many organisations booking one session in the same moment, on both stores: every one of them
// either gets a place or a clear "full" with a place in the queue, never an error, never a lost
// booking, never more bookings than places. More must land than the retry loop has rounds
// (MAX_UPDATE_ATTEMPTS), so this holds only because one process never races itself; two
// instances racing are in booking.test.ts.

import { describe, expect, it } from 'vitest';
import type { Person } from '../../services/consultation/record.js';
import { MAX_UPDATE_ATTEMPTS } from '../../services/storage/optimistic-update.js';
import { useStores } from '../helpers/stores.js';
import { LULEA, lead, nth, ok, world, type World } from './helpers.js';

const stores = useStores();

const ORGANISATIONS = MAX_UPDATE_ATTEMPTS + 20;
// More bookings must land than the retry loop has rounds.
const CAPACITY = MAX_UPDATE_ATTEMPTS + 10;

/** The world's network with `count` more organisations, each with its own member. */
async function crowded(w: World, count: number): Promise<Person[]> {
  const members: Person[] = [];
  for (let i = 0; i < count; i++) {
    const member = { id: `29:crowd-${i}`, name: `Medlem ${i}` };
    ok(await w.service.addOrganisation(lead, w.network.networkId, { name: `Organisation ${i}`, type: 'school', municipality: LULEA, member, deputy: null }));
    members.push(member);
  }
  return members;
}

describe.each(stores.kinds)('booking one session all at once (%s)', (kind) => {
  it(`gives ${ORGANISATIONS} organisations booking together exactly the ${CAPACITY} places, and the rest "full" with their queue places`, async () => {
    const w = await world(await stores.open(kind), { capacity: String(CAPACITY) });
    const id = w.network.networkId;
    const s = nth(w, 0).id;
    const members = await crowded(w, ORGANISATIONS);

    const results = await Promise.all(members.map((m) => w.service.book(m, id, s)));
    const booked = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(booked).toHaveLength(CAPACITY);
    expect(refused).toHaveLength(ORGANISATIONS - CAPACITY);
    expect(refused.every((r) => r.reason === 'full')).toBe(true);

    // The ones turned away queue together: each gets its own place in line, none is lost.
    const turnedAway = members.filter((_, i) => !results[i]!.ok);
    const queued = await Promise.all(turnedAway.map((m) => w.service.joinWaitingList(m, id, s)));
    expect(queued.map((q) => ok(q).position).sort((a, b) => a - b)).toEqual(turnedAway.map((_, i) => i + 1));

    const session = await w.service.session(id, s);
    expect(session?.bookings.map((b) => b.person.id).sort()).toEqual(booked.map((b) => ok(b).booking.person.id).sort());
    expect(session?.waitingList.map((e) => e.person.id).sort()).toEqual(turnedAway.map((m) => m.id).sort());
  });

  it('books and unbooks of one session running together leave exactly the places still held', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const s = nth(w, 0).id;
    const members = await crowded(w, 30);
    await Promise.all(members.slice(0, 15).map((m) => w.service.book(m, id, s)));

    // The first fifteen leave while the next fifteen book: no place may be lost or given twice.
    const results = await Promise.all([...members.slice(0, 15).map((m) => w.service.unbook(m, id, s)), ...members.slice(15).map((m) => w.service.book(m, id, s))]);
    expect(results.every((r) => r.ok)).toBe(true);
    const session = await w.service.session(id, s);
    expect(session?.bookings.map((b) => b.person.id).sort()).toEqual(members.slice(15).map((m) => m.id).sort());
  });
});
