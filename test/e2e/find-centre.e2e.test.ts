// A social worker looks up the resource centre for a municipality, in the Agents Playground:
// welcome card → Hitta resurscentrum → choose the municipality → the RC card.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useWorld } from './use-world.js';

const world = useWorld();

describe('finding the nearest resource centre in the Agents Playground', () => {
  it('welcome → Hitta resurscentrum → Kiruna → the Una Norrbotten card with a consultation button', async () => {
    await world().send('hej');
    await world().waitForCard('Välkommen');
    await world().clickAction('Hitta resurscentrum');
    await world().waitForCard('Kommun eller län');

    await world().choose('Kommun eller län', 'Kiruna');
    await world().clickAction('Sök');
    const answer = await world().waitForCard('Resurscentrum för Kiruna');
    const text = await answer.innerText();
    expect(text).toContain('Una Norrbotten – kompetensteam mot våld');
    expect(text).toContain('Luleå kommun');
    expect(await answer.getByRole('button', { name: 'Begär konsultation', exact: true }).count()).toBe(1);
    await world().screenshot(join(ROOT, 'docs', 'playground-find-centre.png'), answer);
  });

  it('typing "hitta rc goteborg" without å and ö finds Göteborg\'s own resource team', async () => {
    await world().send('hitta rc goteborg');
    const answer = await world().waitForCard('Resurscentrum för Göteborg');
    expect(await answer.innerText()).toContain('Resursteam heder, Göteborgs Stad');
  });
});
