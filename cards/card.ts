import type { AdaptiveCard, CardAction, CardElement } from './types.js';

/** The one place that stamps schema and version, so every card is 1.5. */
export function adaptiveCard(
  body: CardElement[],
  actions: CardAction[] = [],
  extra: Pick<AdaptiveCard, 'refresh' | 'fallbackText'> = {},
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    ...extra,
  };
}

export function heading(text: string): CardElement {
  return { type: 'TextBlock', text, style: 'heading', size: 'large', weight: 'bolder', wrap: true };
}

export function paragraph(text: string, extra: Partial<Extract<CardElement, { type: 'TextBlock' }>> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}
