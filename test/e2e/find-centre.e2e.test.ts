// A social worker looks up the resource centre for a municipality, in the Agents Playground:
// welcome card → Hitta resurscentrum → choose the municipality → the RC card.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { say, sv } from '../helpers/catalogue.js';
import { ROOT, useWorld } from './use-world.js';

const world = useWorld();

describe('finding the nearest resource centre in the Agents Playground', () => {
  it('welcome → Hitta resurscentrum → Kiruna → the Una Norrbotten card with a consultation button', async () => {
    await world().send('hej');
    await world().waitForCard(sv.welcome.title);
    await world().clickAction(sv.welcome.findCentre);
    await world().waitForCard(sv.centre.placeLabel);

    await world().choose(sv.centre.placeLabel, 'Kiruna');
    await world().clickAction(sv.centre.search);
    const answer = await world().waitForCard(say(sv.centre.resultTitle, { place: 'Kiruna' }));
    const text = await answer.innerText();
    expect(text).toContain('Una Norrbotten – kompetensteam mot våld');
    expect(text).toContain('Luleå kommun');
    expect(await answer.getByRole('button', { name: sv.centre.requestConsultation, exact: true }).count()).toBe(1);
    await world().screenshot(join(ROOT, 'docs', 'playground-find-centre.png'), answer);
  });

  it('typing "hitta rc goteborg" without å and ö finds Göteborg\'s own resource team', async () => {
    await world().send('hitta rc goteborg');
    const answer = await world().waitForCard(say(sv.centre.resultTitle, { place: 'Göteborg' }));
    expect(await answer.innerText()).toContain('Resursteam heder, Göteborgs Stad');
  });
});
