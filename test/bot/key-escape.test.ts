import { describe, expect, it } from 'vitest';
import { escapeStateKey } from '../../bot/state/key-escape.js';

describe('state keys as Cosmos ids', () => {
  it('replaces characters Cosmos DB forbids in ids', () => {
    const id = escapeStateKey('msteams/conversations/19:abc@thread.tacv2;messageid=1/');
    expect(id).not.toMatch(/[\\/?#]/);
    expect(escapeStateKey('a/b')).not.toBe(escapeStateKey('a*2fb/'));
  });

  it('keeps long keys within 255 characters without collisions', () => {
    const a = escapeStateKey(`msteams/conversations/${'x'.repeat(400)}a/`);
    const b = escapeStateKey(`msteams/conversations/${'x'.repeat(400)}b/`);
    expect(a.length).toBeLessThanOrEqual(255);
    expect(a).not.toBe(b);
  });
});
