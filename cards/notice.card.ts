import { executeAction } from './actions.js';
import { adaptiveCard, paragraph } from './card.js';
import type { Messages } from './i18n/catalogue.js';
import type { AdaptiveCard } from './types.js';
import { VERBS } from './verbs.js';

export interface NoticeView {
  messages: Messages;
  text: string;
  tone?: 'default' | 'attention';
}

/** A short message with a way back to the menu: errors and "I did not understand". */
export function noticeCard({ messages: m, text, tone = 'default' }: NoticeView): AdaptiveCard {
  return adaptiveCard(
    // The message is the card's only text, so it is also its heading for a screen reader.
    [paragraph(text, { style: 'heading', ...(tone === 'attention' ? { color: 'attention' as const } : {}) })],
    [executeAction(m.common.backToMenu, VERBS.menuShow)],
    { fallbackText: text },
  );
}
