import { executeAction } from './actions.js';
import { adaptiveCard, heading, paragraph } from './card.js';
import type { Messages } from './i18n/catalogue.js';
import type { AdaptiveCard } from './types.js';
import { VERBS } from './verbs.js';

export interface ComingSoonView {
  messages: Messages;
  /** The feature's name as the menu shows it. */
  title: string;
}

/** An honest placeholder for a job that is not built yet. */
export function comingSoonCard({ messages: m, title }: ComingSoonView): AdaptiveCard {
  return adaptiveCard(
    [heading(title), paragraph(m.comingSoon.body), paragraph(m.comingSoon.meanwhile, { isSubtle: true })],
    [executeAction(m.common.backToMenu, VERBS.menuShow)],
    { fallbackText: `${title}: ${m.comingSoon.body}` },
  );
}
