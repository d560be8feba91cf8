// Binding an RC to its Teams channel, on both stores.

import { actor } from '../helpers/actors.js';
import { describe, expect, it } from 'vitest';
import { ChannelBindings } from '../../services/consultation/channel-binding.js';
import { ResponseTargetSettings } from '../../services/consultation/response-target-settings.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { coordinator } from '../fixtures/consultations.js';
import { FYR, GBG, SHIPPED } from '../fixtures/directory.js';
import { useStores } from '../helpers/stores.js';

const stores = useStores();
const admin = { id: '29:admin', aadObjectId: 'admin-object-id', name: 'Administratör' };
const asAdmin = actor(admin, { admin: true });
const reference = (channelId: string) => ({ conversation: { id: channelId, isGroup: true }, serviceUrl: 'https://smba.example/', channelId: 'msteams' });

describe.each(stores.kinds)('channel bindings (%s)', (kind) => {
  const setup = async () => new ChannelBindings(await stores.open(kind), () => SHIPPED, new FakeClock('2026-03-10T09:00:00Z'));

  it('binds a channel to an RC and replaces it on rebinding', async () => {
    const bindings = await setup();
    expect(await bindings.forCentre(GBG)).toBeUndefined();
    const first = await bindings.bind(asAdmin, { rcId: GBG, teamId: 'team-1', channelId: '19:a@thread.tacv2', conversationReference: reference('19:a') });
    expect(first).toMatchObject({ ok: true, replaced: null, binding: { rcId: GBG, teamId: 'team-1', boundAt: '2026-03-10T09:00:00.000Z' } });
    expect((await bindings.forCentre(GBG))?.conversationReference).toEqual(reference('19:a'));

    const second = await bindings.bind(asAdmin, { rcId: GBG, teamId: 'team-2', channelId: '19:b@thread.tacv2', conversationReference: reference('19:b') });
    expect(second).toMatchObject({ ok: true, replaced: { teamId: 'team-1' }, binding: { teamId: 'team-2' } });
    expect((await bindings.forCentre(GBG))?.channelId).toBe('19:b@thread.tacv2');
    expect(await bindings.forTeam('team-1')).toEqual([]);
  });

  it('a binding saved on another instance is used there within its cache time; on its own at once', async () => {
    const store = await stores.open(kind);
    const clock = new FakeClock('2026-03-10T09:00:00Z');
    const [one, two] = [new ChannelBindings(store, () => SHIPPED, clock, { cacheMs: 30_000 }), new ChannelBindings(store, () => SHIPPED, clock, { cacheMs: 30_000 })];
    expect(await two.forCentre(GBG)).toBeUndefined();
    expect(await two.forTeam('team-1')).toEqual([]);
    await one.bind(asAdmin, { rcId: GBG, teamId: 'team-1', channelId: '19:a', conversationReference: reference('19:a') });
    expect((await one.forCentre(GBG))?.channelId).toBe('19:a');
    expect(await two.forCentre(GBG)).toBeUndefined();
    clock.advance(30_000);
    expect((await two.forCentre(GBG))?.channelId).toBe('19:a');
    expect((await two.forTeam('team-1')).map((b) => b.rcId)).toEqual([GBG]);
    // Rebinding on the second instance: it answers with what it replaced, read from the store.
    expect(await two.bind(asAdmin, { rcId: GBG, teamId: 'team-2', channelId: '19:b', conversationReference: reference('19:b') })).toMatchObject({ ok: true, replaced: { channelId: '19:a' } });
    expect(await two.forTeam('team-1')).toEqual([]);
  });

  it("the centre card's closed periods: a summer closing added here shows at once, on another instance within its cache time", async () => {
    const store = await stores.open(kind);
    const clock = new FakeClock('2026-03-10T09:00:00Z');
    const instance = () => new ChannelBindings(store, () => SHIPPED, clock, { cacheMs: 30_000, targets: new ResponseTargetSettings(store, () => SHIPPED, clock, 30_000) });
    const [one, two] = [instance(), instance()];
    expect([...(await one.closedNowOrNext()).keys()]).toEqual([]);
    expect([...(await two.closedNowOrNext()).keys()]).toEqual([]);
    expect(await one.addClosedPeriod(asAdmin, GBG, { closedFrom: '2026-07-01', closedTo: '2026-07-31' })).toMatchObject({ ok: true });
    expect((await one.closedNowOrNext()).get(GBG)).toMatchObject({ from: '2026-07-01', to: '2026-07-31' });
    // Remembered: every "nearest RC" lookup asks for these, and it was a query each time.
    expect((await two.closedNowOrNext()).has(GBG)).toBe(false);
    clock.advance(30_000);
    expect((await two.closedNowOrNext()).get(GBG)).toMatchObject({ from: '2026-07-01', to: '2026-07-31' });
    expect(await two.removeClosedPeriod(asAdmin, GBG, '2026-07-01')).toMatchObject({ ok: true, periods: [] });
    expect((await two.closedNowOrNext()).has(GBG)).toBe(false);
  });

  it('tells which RCs a team is bound to, across partitions', async () => {
    const bindings = await setup();
    await bindings.bind(asAdmin, { rcId: FYR, teamId: 'shared-team', channelId: '19:f', conversationReference: reference('19:f') });
    await bindings.bind(asAdmin, { rcId: GBG, teamId: 'shared-team', channelId: '19:g', conversationReference: reference('19:g') });
    expect((await bindings.forTeam('shared-team')).map((b) => [b.rcId, b.channelId])).toEqual([
      [FYR, '19:f'],
      [GBG, '19:g'],
    ]);
    expect(await bindings.forTeam('other-team')).toEqual([]);
  });

  it('binds only for administrators: a coordinator is refused and nothing is bound', async () => {
    const bindings = await setup();
    const attempt = await bindings.bind(actor(coordinator(1), { coordinatorOf: [GBG] }), { rcId: GBG, teamId: 'team-1', channelId: '19:a', conversationReference: reference('19:a') });
    expect(attempt).toEqual({ ok: false, reason: 'not_admin' });
    expect(await bindings.forCentre(GBG)).toBeUndefined();
  });

  it('refuses an unknown centre and empty ids', async () => {
    const bindings = await setup();
    expect(await bindings.bind(asAdmin, { rcId: 'no-such-centre', teamId: 't', channelId: 'c', conversationReference: {} })).toEqual({ ok: false, reason: 'unknown_centre' });
    expect(await bindings.bind(asAdmin, { rcId: GBG, teamId: '', channelId: 'c', conversationReference: {} })).toEqual({ ok: false, reason: 'invalid' });
    expect(await bindings.forCentre(GBG)).toBeUndefined();
    expect(await bindings.forTeam('t')).toEqual([]);
  });
});

describe.each(stores.kinds)('a channel seen through a new service URL (%s)', (kind) => {
  it('does not undo an administrator rebinding the RC to another channel while the URL is being moved', async () => {
    const store = await stores.open(kind);
    const clock = new FakeClock('2026-03-10T09:00:00Z');
    const bindings = new ChannelBindings(store, () => SHIPPED, clock);
    await bindings.bind(asAdmin, { rcId: GBG, teamId: 'team-1', channelId: '19:a', conversationReference: reference('19:a') });
    // The administrator's rebinding lands between the channel turn's look-up of its bindings and its write.
    const collection = store.collection('channelBindings');
    const queryAll = collection.queryAll.bind(collection);
    let rebound = false;
    collection.queryAll = (async (...args: Parameters<typeof queryAll>) => {
      const found = await queryAll(...args);
      if (!rebound) {
        rebound = true;
        await new ChannelBindings(store, () => SHIPPED, clock).bind(asAdmin, { rcId: GBG, teamId: 'team-1', channelId: '19:b', conversationReference: reference('19:b') });
      }
      return found;
    }) as typeof collection.queryAll;

    expect(await bindings.refreshServiceUrl('team-1', '19:a', 'https://smba.other/')).toBe(0);
    expect(rebound).toBe(true);
    const now = await bindings.forCentre(GBG);
    expect(now?.channelId).toBe('19:b');
    expect(now?.conversationReference).toEqual(reference('19:b'));
  });

  it('moves the bound channel to the URL it last spoke through, once', async () => {
    const bindings = new ChannelBindings(await stores.open(kind), () => SHIPPED, new FakeClock('2026-03-10T09:00:00Z'));
    await bindings.bind(asAdmin, { rcId: GBG, teamId: 'team-1', channelId: '19:a', conversationReference: reference('19:a') });
    expect(await bindings.refreshServiceUrl('team-1', '19:a', 'https://smba.other/')).toBe(1);
    expect(await bindings.refreshServiceUrl('team-1', '19:a', 'https://smba.other/')).toBe(0);
    expect((await bindings.forCentre(GBG))?.conversationReference).toEqual({ ...reference('19:a'), serviceUrl: 'https://smba.other/' });
  });
});
