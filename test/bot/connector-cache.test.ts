// Connector clients kept per app id, service URL and audience (bot/connector-cache.ts): at most
// MAX_CLIENTS of them; past it the cache starts over and a client is made again when next needed.
import { describe, expect, it } from 'vitest';
import { Clients, MAX_CLIENTS } from '../../bot/connector-cache.js';

describe('the connector client cache', () => {
  it('shares one client per key, and makes one again for a key after a failed creation', async () => {
    const clients = new Clients<{ n: number }>();
    let made = 0;
    const make = async () => ({ n: ++made });
    expect(await clients.get('https://smba.one/', make)).toBe(await clients.get('https://smba.one/', make));
    await expect(clients.get('https://smba.two/', () => Promise.reject(new Error('no credentials')))).rejects.toThrow('no credentials');
    await Promise.resolve();
    expect(await clients.get('https://smba.two/', make)).toEqual({ n: 2 });
  });

  it('holds at most MAX_CLIENTS clients: past it, the first one is made again', async () => {
    const clients = new Clients<string>();
    const made: string[] = [];
    const make = (key: string) => async () => (made.push(key), key);
    for (let i = 0; i < MAX_CLIENTS; i++) await clients.get(`https://smba.${i}/`, make(`https://smba.${i}/`));
    await clients.get('https://smba.0/', make('https://smba.0/'));
    expect(made.filter((k) => k === 'https://smba.0/')).toHaveLength(1);
    await clients.get('https://smba.new/', make('https://smba.new/'));
    await clients.get('https://smba.0/', make('https://smba.0/'));
    expect(made.filter((k) => k === 'https://smba.0/')).toHaveLength(2);
  });
});
