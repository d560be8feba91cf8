// The e-mail detector on its own, so that each rule has to hold by itself rather than
// behind another detector reporting the same span.
import { describe, expect, it } from 'vitest';
import { findEmailAddresses } from '../../services/privacy/detectors/email-address.js';

const found = (text: string) => findEmailAddresses(text).map((f) => text.slice(f.start, f.end));

describe('the e-mail detector alone', () => {
  it.each([
    ['Mejl: amina ( punkt ) hassan (at) example (punkt) se', 'amina ( punkt ) hassan (at) example (punkt) se'],
    ['Mejl: amina [ punkt ] hassan@example.se', 'amina [ punkt ] hassan@example.se'],
    ['Mejl: amina PUNKT hassan at example punkt se', 'amina PUNKT hassan at example punkt se'],
    ['Mejl: amina@a.se', 'amina@a.se'],
  ])('finds the whole address, first name included: %s', (text, address) => {
    expect(found(text)).toEqual([address]);
  });

  it('reads a local part at most 64 characters back, written dots included', () => {
    const local = 'x'.repeat(57);
    expect(found(`Mejl: a punkt ${local}@example.se`)).toEqual([`${local}@example.se`]);
    expect(found(`Mejl: a punkt ${local.slice(1)}@example.se`)).toEqual([`a punkt ${local.slice(1)}@example.se`]);
  });

  it.each([
    ['Följ skolan: @skolan.se', 'a handle with nothing before the @'],
    ['Lägenhet 1102@plan.3tr', 'a last part that is not a top-level domain'],
    ['Mötet slutade kl. 13@skolan punkt tre', 'a written dot before a word that is no top-level domain'],
  ])('lets %s through (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });
});
