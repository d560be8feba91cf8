import { CardFactory, type Activity, type AdaptiveCardInvokeResponse, type TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/types.js';
import { messagesFor, resolveLocale, type Locale, type Messages } from '../cards/i18n/catalogue.js';

export function cardMessage(card: AdaptiveCard): Partial<Activity> {
  return { type: 'message', attachments: [CardFactory.adaptiveCard(card)] };
}

/** The synchronous answer to an Action.Execute: the card that replaces the clicked one. */
export function cardInvokeResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card as never };
}

export interface TurnLanguage {
  locale: Locale;
  messages: Messages;
}

export function turnLanguage(context: TurnContext): TurnLanguage {
  const locale = resolveLocale(context.activity.locale);
  return { locale, messages: messagesFor(locale) };
}
