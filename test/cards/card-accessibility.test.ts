// Every card a screen reader meets reads correctly: the title is a heading, each input says
// what it is (label), each required or checked input says what to do when it is wrong
// (errorMessage), and every card has a fallbackText for notifications and old clients.
// The walk covers every builder exported from cards/**/*.card.ts: a new builder without a
// fixture in card-fixtures.ts fails here instead of escaping the check.
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTACT_PATTERNS } from '../../cards/centre/centre-edit.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { EMAIL, PHONE } from '../../services/directory/centre-correction.js';
import { checkCard } from '../helpers/card-validator.js';
import { cardFixtures, LANGUAGES } from './card-fixtures.js';

const CARDS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cards');

function cardFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cardFiles(join(dir, e.name)) : e.name.endsWith('.card.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every exported function named …Card in cards/**\/*.card.ts, by name. */
async function builders(): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const file of cardFiles(CARDS)) {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (name.endsWith('Card') && typeof value === 'function') found.set(name, relative(CARDS, file));
    }
  }
  return found;
}

type Node = Record<string, unknown>;

function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (!node || typeof node !== 'object') return;
  const n = node as Node;
  visit(n);
  // Action data and fallbacks are not read out.
  for (const [key, value] of Object.entries(n)) if (key !== 'data' && key !== 'fallback' && key !== 'refresh') walk(value, visit);
}

/** What a screen reader user would miss on this card; empty when it reads correctly. */
function accessibilityProblems(card: AdaptiveCard): string[] {
  const problems: string[] = [];
  if (typeof card.fallbackText !== 'string' || card.fallbackText.trim() === '') problems.push('no fallbackText');
  const texts: Node[] = [];
  walk(card.body, (n) => n.type === 'TextBlock' && texts.push(n));
  if (texts[0]?.style !== 'heading') problems.push(`the first text is not a heading: ${JSON.stringify(texts[0]?.text)}`);
  walk(card.body, (n) => {
    if (typeof n.type !== 'string' || !n.type.startsWith('Input.')) return;
    const id = String(n.id);
    const label = typeof n.label === 'string' ? n.label.trim() : '';
    if (label === '') problems.push(`${n.type} "${id}" has no label`);
    if (n.type === 'Input.Toggle' && !(typeof n.title === 'string' && n.title.trim())) problems.push(`toggle "${id}" has no title`);
    const checked = n.isRequired === true || typeof n.regex === 'string';
    if (!checked) return;
    const error = typeof n.errorMessage === 'string' ? n.errorMessage.trim() : '';
    // "Resurscentrum" names the field again; a message says what to do ("Välj ett resurscentrum i listan.").
    if (error === '') problems.push(`required/checked input "${id}" has no errorMessage`);
    else if (error === label || error.split(/\s+/).length < 3) problems.push(`input "${id}": errorMessage "${error}" does not say what to do`);
  });
  return problems;
}

describe('every card builder reads correctly with a screen reader', async () => {
  const found = await builders();

  it('has a fixture for every exported card builder, and no fixture for a builder that is gone', () => {
    const fixtures = Object.keys(cardFixtures(LANGUAGES.sv));
    expect([...found.keys()].filter((name) => !fixtures.includes(name)), 'builders without a fixture in test/cards/card-fixtures.ts').toEqual([]);
    expect(fixtures.filter((name) => !found.has(name)), 'fixtures for builders that no longer exist').toEqual([]);
    expect(found.size).toBeGreaterThan(25);
  });

  for (const [language, messages] of Object.entries(LANGUAGES)) {
    it.each(Object.entries(cardFixtures(messages)))(`%s (${language}): heading, labels, error messages, fallbackText`, (_name, build) => {
      const cards = build();
      expect(cards.length).toBeGreaterThan(0);
      for (const card of cards) {
        expect(accessibilityProblems(card)).toEqual([]);
        expect(checkCard(card).problems).toEqual([]);
      }
    });
  }

  it('the walk catches what the issue found: a label repeated as error, a toggle without label, no heading, no fallbackText', () => {
    const bad = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'Ny konsultation GBG-2026-0001', weight: 'bolder' },
        { type: 'Input.ChoiceSet', id: 'centreId', label: 'Resurscentrum', isRequired: true, errorMessage: 'Resurscentrum', choices: [] },
        { type: 'Input.Toggle', id: 'urgent', title: 'Brådskande' },
      ],
    } as unknown as AdaptiveCard;
    expect(accessibilityProblems(bad)).toEqual([
      'no fallbackText',
      'the first text is not a heading: "Ny konsultation GBG-2026-0001"',
      'input "centreId": errorMessage "Resurscentrum" does not say what to do',
      'Input.Toggle "urgent" has no label',
    ]);
  });

  it('checks phone and e-mail in the centre form with the same patterns the service uses', () => {
    expect(CONTACT_PATTERNS.phone).toBe(PHONE.source);
    expect(CONTACT_PATTERNS.email).toBe(EMAIL.source);
  });
});
