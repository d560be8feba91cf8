// The personal-chat message to a coordinator a colleague passed a case to: who passed it and its
// reference, and a link to its card in the RC's channel. Nothing of the case itself: the channel
// card, behind the team's own membership, is where the case is read and worked.
import { executeAction } from '../actions.js';
import { adaptiveCard, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { CardAction, AdaptiveCard } from '../types.js';
import { VERBS } from '../verbs.js';

export interface PassedToYouView {
  messages: Messages;
  reference: string;
  /** The colleague who passed it, as Teams names them. */
  by: string;
  /** A link to the case's card in the channel; absent when the card was never posted there. */
  openUrl?: string;
}

export function passedToYouCard({ messages: m, reference, by, openUrl }: PassedToYouView): AdaptiveCard {
  const text = fill(m.caseWork.handover.passedToYou, { by, reference });
  const open: CardAction[] = openUrl ? [{ type: 'Action.OpenUrl', title: m.caseWork.handover.openCase, url: openUrl }] : [];
  return adaptiveCard([paragraph(text, { style: 'heading' })], [...open, executeAction(m.common.backToMenu, VERBS.menuShow)], { fallbackText: text });
}
