// Who `npm start` opens a window for: everyone by default, or the people named with --as.
import { describe, expect, it } from 'vitest';
import { chooseRoles } from '../../scripts/playground/roles.js';
import { readWorldConfig } from '../../scripts/playground/world-config.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const names = (argv: string[], env?: string) => {
  const chosen = chooseRoles(argv, env);
  return chosen.ok ? chosen.roles.map((r) => r.name) : chosen.message;
};

describe('choosing the Playground windows', () => {
  it('opens the social worker, coordinator, lead and administrator by default', () => {
    expect(names([])).toEqual(['Sara Exempelsson', 'Lina Testberg', 'Maja Fiktivsdotter', 'Olle Låtsasson']);
  });

  it('takes --as in either form, Swedish words too, in the order given and each once', () => {
    expect(names(['--as', 'coordinator,socialworker'])).toEqual(['Lina Testberg', 'Sara Exempelsson']);
    expect(names(['--as=koordinator,ledare,koordinator'])).toEqual(['Lina Testberg', 'Maja Fiktivsdotter']);
    expect(names([], 'admin')).toEqual(['Olle Låtsasson']);
  });

  it('names the valid roles when given an unknown one', () => {
    expect(names(['--as', 'chef'])).toMatch(/"chef".*socialworker, coordinator, lead, admin/);
  });

  it('names only people of the mock world', () => {
    const world = readWorldConfig(readFileSync(join(import.meta.dirname, '..', '..', 'scripts', 'playground', '.m365agentsplayground.yml'), 'utf8'));
    const everyone = [world.currentUser, ...world.users];
    for (const name of names([]) as string[]) expect(everyone).toContain(name);
  });
});
