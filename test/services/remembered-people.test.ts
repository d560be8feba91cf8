// Who the bot can reach and who coordinates where, remembered without a store write on every
// turn: a changed chat is still the one notices go to, and a coordinator's RCs still add up
// when two instances learn them at once.

import { describe, expect, it } from 'vitest';
import { CoordinatorRoster } from '../../services/consultation/coordinator-roster.js';
import { UserConversations } from '../../services/notify/user-conversations.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { useStores } from '../helpers/stores.js';

const stores = useStores();
const chat = (serviceUrl: string) => ({ conversation: { id: 'a:personal-1' }, serviceUrl });

describe.each(stores.kinds)('remembered people (%s)', (kind) => {
  it('sends notices to the chat a person last wrote from, also when it changed', async () => {
    const people = new UserConversations(await stores.open(kind), new FakeClock());
    await people.remember('29:sara', { ...chat('https://smba.one/'), activityId: 'turn-1' });
    await people.remember('29:sara', { ...chat('https://smba.one/'), activityId: 'turn-2' });
    expect(await people.referenceFor('29:sara')).toMatchObject(chat('https://smba.one/'));
    await people.remember('29:sara', chat('https://smba.two/'));
    expect(await people.referenceFor('29:sara')).toEqual(chat('https://smba.two/'));
  });

  it('writes the chat again when another instance stored an older one, within the hour', async () => {
    const store = await stores.open(kind);
    const clock = new FakeClock();
    const [here, there] = [new UserConversations(store, clock), new UserConversations(store, clock)];
    await here.remember('29:sara', chat('https://smba.two/'));
    await there.remember('29:sara', chat('https://smba.one/'));
    clock.advance(61 * 60_000);
    await here.remember('29:sara', chat('https://smba.two/'));
    expect(await there.referenceFor('29:sara')).toEqual(chat('https://smba.two/'));
  });

  it('keeps every RC of a coordinator learnt by two instances at once', async () => {
    const store = await stores.open(kind);
    const clock = new FakeClock();
    const [one, two] = [new CoordinatorRoster(store, clock), new CoordinatorRoster(store, clock)];
    await Promise.all([one.remember('aad-1', 'rc-a'), two.remember('aad-1', 'rc-b')]);
    await Promise.all([one.remember('aad-1', 'rc-a'), two.remember('aad-1', 'rc-b')]);
    await Promise.all([one.remember('aad-1', 'rc-a'), two.remember('aad-1', 'rc-b')]);
    expect(await one.rcsOf('aad-1')).toEqual(['rc-a', 'rc-b']);
  });
});
