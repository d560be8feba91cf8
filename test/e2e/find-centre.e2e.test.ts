// A social worker looks up the resource centre for a municipality, in the Agents Playground:
// welcome card → Hitta resurscentrum → choose the municipality → the RC card.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from './harness.js';

const ROOT = join(import.meta.dirname, '..', '..');
let world: World;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.stop();
});

afterEach(async (context) => {
  if (context.task.result?.state !== 'fail' || !world) return;
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const shot = join(ROOT, 'test-results', `${context.task.name.replace(/[^\w-]+/g, '-').slice(0, 80)}.png`);
  await world.screenshot(shot).catch(() => undefined);
  console.error(`Screenshot: ${shot}\n${world.diagnostics()}`);
});

describe('finding the nearest resource centre in the Agents Playground', () => {
  it('welcome → Hitta resurscentrum → Kiruna → the Una Norrbotten card with a consultation button', async () => {
    await world.send('hej');
    await world.waitForCard('Välkommen');
    await world.clickAction('Hitta resurscentrum');
    await world.waitForCard('Kommun eller län');

    await world.choose('Kommun eller län', 'Kiruna');
    await world.clickAction('Sök');
    const answer = await world.waitForCard('Resurscentrum för Kiruna');
    const text = await answer.innerText();
    expect(text).toContain('Una Norrbotten – kompetensteam mot våld');
    expect(text).toContain('Luleå kommun');
    expect(await answer.getByRole('button', { name: 'Begär konsultation', exact: true }).count()).toBe(1);
    await world.screenshot(join(ROOT, 'docs', 'playground-find-centre.png'), answer);
  });

  it('typing "hitta rc goteborg" without å and ö finds Göteborg\'s own resource team', async () => {
    await world.send('hitta rc goteborg');
    const answer = await world.waitForCard('Resurscentrum för Göteborg');
    expect(await answer.innerText()).toContain('Resursteam heder, Göteborgs Stad');
  });
});
