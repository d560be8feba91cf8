// An administrator binds the channel the card is in to an RC: its consultations arrive there.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import type { Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard } from '../types.js';
import { VERBS } from '../verbs.js';
import { centreChoiceSet } from './choices.js';

export interface BindChannelView {
  messages: Messages;
  centres: Array<{ id: string; name: string }>;
  notice?: { text: string; tone: 'good' | 'attention' };
}

export function bindChannelCard({ messages: m, centres, notice }: BindChannelView): AdaptiveCard {
  const b = m.consultation.binding;
  return adaptiveCard(
    [
      heading(b.title),
      ...(notice ? [paragraph(notice.text, { color: notice.tone })] : []),
      paragraph(b.intro, { size: 'small' }),
      centreChoiceSet(m, centres),
    ],
    [executeAction(b.bind, VERBS.channelBindSubmit, {}, { style: 'positive', associatedInputs: 'auto' })],
    { fallbackText: b.title },
  );
}
