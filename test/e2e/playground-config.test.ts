// The e2e harness switches user by rewriting the Playground config; a broken rewrite would
// only show up as a Playground that silently exits, so check it here without a browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorldConfig, withCurrentUser } from './playground-config.js';

const yaml = readFileSync(join(import.meta.dirname, '..', '..', 'scripts', 'playground', '.m365agentsplayground.yml'), 'utf8');

describe('Playground mock world', () => {
  it('has the bot, a social worker signed in, five other people, a group chat and the Koordinatorer channel', () => {
    expect(readWorldConfig(yaml)).toEqual({
      botName: 'RC-boten',
      currentUser: 'Sara Exempelsson',
      users: ['Karim Provsson', 'Lina Testberg', 'Nils Påhittad', 'Maja Fiktivsdotter', 'Olle Låtsasson'],
      groupChat: 'Samverkan skola och socialtjänst',
      team: 'Resursteam heder Göteborg',
      channels: ['Koordinatorer'],
    });
  });

  it('switches user by swapping currentUser with one of users, each with their own personal chat', () => {
    const asLina = withCurrentUser(yaml, 'Lina Testberg');
    const world = readWorldConfig(asLina);
    expect(world.currentUser).toBe('Lina Testberg');
    expect(world.users).toEqual(['Karim Provsson', 'Sara Exempelsson', 'Nils Påhittad', 'Maja Fiktivsdotter', 'Olle Låtsasson']);
    expect(asLina).toMatch(/^currentUser:\n {2}id: 29:mock-user-koordinator-goteborg\n {2}name: Lina Testberg\n/m);
    expect(asLina).toMatch(/^personalChat:\n {2}id: a:mock-personlig-chatt-rc-boten-mock-user-koordinator-goteborg$/m);
    expect(asLina.split('\n')).toHaveLength(yaml.split('\n').length);
    expect(withCurrentUser(yaml, 'Sara Exempelsson')).toBe(yaml);
  });

  it('names the people it knows when asked for someone else', () => {
    expect(() => withCurrentUser(yaml, 'Okänd Person')).toThrow(/Karim Provsson, Lina Testberg/);
  });
});
