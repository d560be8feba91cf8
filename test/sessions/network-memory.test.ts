// Networks remembered between turns (as the bot runs: RC_DIRECTORY_REFRESH_SECONDS), on both
// stores: a change a lead makes is seen at once by the instance that saved it, and by another
// instance once its memory is older than the refresh time.

import { describe, expect, it } from 'vitest';
import { NetworkService } from '../../services/sessions/network-service.js';
import { SHIPPED } from '../fixtures/directory.js';
import { useStores, yieldTurn } from '../helpers/stores.js';
import { LULEA, lead, memberA, nth, ok, outsider, world } from './helpers.js';

const stores = useStores();
const REFRESH_MS = 30_000;

describe.each(stores.kinds)('networks remembered between turns (%s)', (kind) => {
  it('a new member books at once on the instance that added them, and on another one after the refresh time', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const [s0, s1] = [nth(w, 0).id, nth(w, 1).id];
    const instance = () => new NetworkService(w.store, w.clock, { directory: () => SHIPPED, sleep: () => yieldTurn(), cacheMs: REFRESH_MS });
    const [here, there] = [instance(), instance()];
    // Both have the network in memory, and the outsider's "my networks" (none).
    for (const i of [here, there]) {
      expect(await i.book(outsider, id, s0)).toEqual({ ok: false, reason: 'not_member' });
      expect(await i.networksOf(outsider.id)).toEqual([]);
    }

    const org = ok(await here.addOrganisation(lead, id, { name: 'Elevhälsan', type: 'school', municipality: LULEA, member: outsider, deputy: null })).organisation;
    expect(ok(await here.book(outsider, id, s0)).booking.orgId).toBe(org.id);
    expect((await here.networksOf(outsider.id)).map((n) => n.networkId)).toEqual([id]);

    w.clock.advance(REFRESH_MS);
    expect(ok(await there.book(outsider, id, s1)).booking.orgId).toBe(org.id);
    expect((await there.networksOf(outsider.id)).map((n) => n.networkId)).toEqual([id]);
    // Bookings are never remembered: each instance sees the other's at once.
    expect((await there.session(id, s0))?.bookings.map((b) => b.orgId)).toContain(org.id);
    ok(await there.book(memberA, id, s0));
    expect((await here.session(id, s0))?.bookings.map((b) => b.orgId)).toEqual([org.id, w.orgA.id]);
  });
});
