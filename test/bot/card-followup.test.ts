// Cards finished after the turn (statistics in chat): a burst of them works two at a time, so a
// burst of counts does not hold every period's records in memory together, and none is lost:
// each card is replaced with its own figures, in the order asked.
import { TestAdapter, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../cards/types.js';
import { CardFollowUps } from '../../bot/card-followup.js';
import { createLogger } from '../../services/logging.js';

const card = (text: string): AdaptiveCard => ({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text }] }) as AdaptiveCard;

function invokeFrom(cardId: string): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: cardId,
    channelId: 'msteams',
    serviceUrl: 'https://smba.example/',
    locale: 'sv-SE',
    conversation: { id: 'a:personal', isGroup: false, name: '', conversationType: 'personal' },
    from: { id: '29:coordinator', name: 'Koordinator' },
    recipient: { id: '28:bot', name: 'RC' },
  });
}

describe('cards finished after the turn', () => {
  it('work two at a time in a burst, and every card gets its own figures', async () => {
    const updated: Array<{ cardId: string; text: string }> = [];
    const messenger = {
      send: async () => undefined,
      update: async (_reference: unknown, cardId: string, message: { attachments?: Array<{ content: unknown }> }) => {
        updated.push({ cardId, text: JSON.stringify(message.attachments?.[0]?.content) });
        return true;
      },
    };
    const followUps = new CardFollowUps(messenger as never, createLogger({ level: 'silent', pretty: false }));
    let running = 0;
    let most = 0;
    const releases: Array<() => void> = [];
    for (let i = 0; i < 6; i++) {
      const context = invokeFrom(`card-${i}`);
      followUps.laterFor(context)(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise<void>((release) => releases.push(release));
        running--;
        return card(`figures ${i}`);
      });
      followUps.afterTurn(context);
    }
    // Let every follow-up start that may, then finish them one by one as they come.
    for (let finished = 0; finished < 6; finished++) {
      await new Promise((r) => setTimeout(r, 5));
      expect(running).toBeLessThanOrEqual(2);
      releases.shift()?.();
    }
    await new Promise((r) => setTimeout(r, 20));
    expect(most).toBe(2);
    expect(updated.map((u) => u.cardId)).toEqual(['card-0', 'card-1', 'card-2', 'card-3', 'card-4', 'card-5']);
    updated.forEach((u, i) => expect(u.text).toContain(`figures ${i}`));
  });
});
