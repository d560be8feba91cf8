// A bound channel's posts follow the connector it was last seen through. Teams may move a
// tenant to another service URL; on a laptop each Agents Playground window is its own
// connector, so the coordinators' window must get the requests even when the administrator
// bound the channel from another window.
import { describe, expect, it } from 'vitest';
import { mentionActivity, postActivity } from '../helpers/activities.js';
import { ADMIN, cardsPostedTo, coordinator, execute, GBG, inChannel, RC_CHANNEL, submitRequest, useBot } from './fixtures.js';

const bot = useBot();
/** Nothing listens here: a connector that is gone. */
const ELSEWHERE = 'http://127.0.0.1:9/_connector';

describe('a bound channel seen through another connector', () => {
  it('gets new requests there once anyone speaks in it', async () => {
    await execute(bot(), 'centre.bindChannel.submit', { centreId: GBG }, { ...inChannel(bot(), ADMIN), serviceUrl: ELSEWHERE });
    await postActivity(bot().botUrl, mentionActivity('hjälp', inChannel(bot(), coordinator(1))));
    bot().stub.clear();
    await submitRequest(bot());
    expect(cardsPostedTo(bot(), RC_CHANNEL)).toHaveLength(1);
  });

  it('still posts to the stored connector when nobody has spoken in the channel since', async () => {
    await execute(bot(), 'centre.bindChannel.submit', { centreId: GBG }, { ...inChannel(bot(), ADMIN), serviceUrl: ELSEWHERE });
    bot().stub.clear();
    await submitRequest(bot());
    expect(cardsPostedTo(bot(), RC_CHANNEL)).toHaveLength(0);
  });
});
