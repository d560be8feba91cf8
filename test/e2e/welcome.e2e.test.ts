// First contact, as people meet the bot in Teams (here: in the Agents Playground): a social
// worker in personal chat, and an RC coordinator in the team's Koordinatorer channel.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { World } from './harness.js';
import { sv } from '../helpers/catalogue.js';
import { ROOT, useWorld } from './use-world.js';

const WELCOME_ACTIONS = [sv.welcome.consultation, sv.welcome.findCentre, sv.welcome.sessions, sv.menu.actions.mine, sv.training.order, sv.training.menu];
/** A channel no RC is bound to yet: what works in a channel (the coordinators' actions come with the binding). */
const CHANNEL_ACTIONS = [sv.welcome.findCentre, sv.welcome.sessions];
const world = useWorld();

async function visibleButtons(card: Awaited<ReturnType<World['waitForCard']>>): Promise<string[]> {
  return card.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
}

describe('welcome in the Agents Playground', () => {
  it('a social worker says "hej" in personal chat, gets the Swedish welcome card and opens "Hitta resurscentrum"', async () => {
    expect(await world().page.getByRole('toolbar').getByText('Sara Exempelsson', { exact: true }).isVisible()).toBe(true);
    // First contact (the Playground installs the app on load) already greets her.
    await world().waitForCard(sv.welcome.title);

    await world().send('hej');
    const welcome = await world().waitForCard(sv.welcome.title);
    expect(await welcome.locator('.ac-textBlock').first().innerText()).toBe(sv.welcome.title);
    expect(await visibleButtons(welcome)).toEqual(WELCOME_ACTIONS);
    await world().screenshot(join(ROOT, 'docs', 'playground-welcome.png'), welcome);

    await world().clickAction(sv.welcome.findCentre);
    const next = await world().waitForCard(sv.centre.searchTitle);
    expect(await next.locator('.ac-textBlock').first().innerText()).toBe(sv.centre.searchTitle);
    // Action.Execute replaces the card the user clicked; it does not add one below it.
    expect(await welcome.count()).toBe(0);
  });

  it('an RC coordinator @mentions the bot with "hej" in the Koordinatorer channel, not bound yet, and gets the channel\'s actions in her thread', async () => {
    await world().switchUser('Lina Testberg');
    await world().openConversation('Koordinatorer');

    await world().mentionAndSend('hej');
    const welcome = await world().waitForCard(sv.welcome.title);
    expect(await visibleButtons(welcome)).toEqual(CHANNEL_ACTIONS);
    const thread = world().page.getByRole('group').filter({ has: welcome });
    expect(await thread.getByText('Lina Testberg', { exact: true }).count()).toBeGreaterThan(0);
  });
});
