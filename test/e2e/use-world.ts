// One Playground world per test file (start-up costs seconds), with a screenshot and the
// processes' output on failure so a red e2e run explains itself.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startWorld, type World, type WorldOptions } from './harness.js';

export const ROOT = join(import.meta.dirname, '..', '..');

export function useWorld(options?: WorldOptions): () => World {
  let world: World | undefined;
  beforeAll(async () => {
    world = await startWorld(options);
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
  return () => {
    if (!world) throw new Error('the Playground world is not started');
    return world;
  };
}
