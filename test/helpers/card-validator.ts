// Parses a card with the real Adaptive Cards SDK at version 1.5 and reports every parse and
// validation event. Loaded from the UMD bundle because plain Node cannot import the
// package's main entry (extensionless ESM); vitest would hide that, the built server would not.
import { createRequire } from 'node:module';
import type * as ACTypes from 'adaptivecards';

const AC: typeof ACTypes = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.min.js');

export const MAX_CARD_BYTES = 28 * 1024;

/**
 * Teams' dynamic typeahead (`choices.data` with Data.Query) is a Teams extension that Teams
 * honours on cards of any version (its own samples use 1.2); the SDK files it under 1.6.
 * Clients without it ignore the property and show the static choices, which is the fallback.
 */
const TOLERATED = [/^Property "choices\.data" is supported in version 1\.6/];

export interface CardCheck {
  problems: string[];
  bytes: number;
}

export function checkCard(json: unknown): CardCheck {
  const problems: string[] = [];
  const bytes = Buffer.byteLength(JSON.stringify(json), 'utf8');
  if (bytes > MAX_CARD_BYTES) problems.push(`card is ${bytes} bytes, over ${MAX_CARD_BYTES}`);
  const card = json as { type?: unknown; version?: unknown };
  if (card.type !== 'AdaptiveCard') problems.push('type is not AdaptiveCard');
  if (card.version !== '1.5') problems.push(`version is ${String(card.version)}, not 1.5`);

  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(new AC.Version(1, 5));
  parsed.parse(json as object, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    if (TOLERATED.some((t) => t.test(event.message))) continue;
    problems.push(`parse: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) {
    problems.push(`validate: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  // The SDK does not catch these; Teams silently drops such actions.
  walkActions(json, (action) => {
    if (action.type === 'Action.Execute' && typeof action.verb !== 'string') problems.push('Action.Execute without verb');
  });
  return { problems, bytes };
}

type ActionLike = { type?: unknown; verb?: unknown; title?: unknown; data?: unknown; fallback?: unknown };

export function walkActions(node: unknown, visit: (action: ActionLike) => void): void {
  if (Array.isArray(node)) {
    node.forEach((n) => walkActions(n, visit));
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  if (typeof obj.type === 'string' && obj.type.startsWith('Action.')) visit(obj as ActionLike);
  for (const value of Object.values(obj)) walkActions(value, visit);
}

/** Every text a person would read on the card, in order. */
export function cardTexts(node: unknown): string[] {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    for (const key of ['text', 'title', 'label', 'value'] as const) {
      if (typeof o[key] === 'string' && (key !== 'value' || o.type === undefined)) out.push(o[key] as string);
    }
    Object.entries(o).forEach(([k, v]) => k !== 'data' && k !== 'fallback' && walk(v));
  };
  walk(node);
  return out;
}
