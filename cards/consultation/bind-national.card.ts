// An administrator makes the channel the card is in the national channel (NCH's support
// team): requests no RC channel would show land there.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import type { Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard } from '../types.js';
import { VERBS } from '../verbs.js';

export interface BindNationalView {
  messages: Messages;
  notice?: { text: string; tone: 'good' | 'attention' };
}

export function bindNationalCard({ messages: m, notice }: BindNationalView): AdaptiveCard {
  const b = m.consultation.binding;
  return adaptiveCard(
    [heading(b.nationalTitle), ...(notice ? [paragraph(notice.text, { color: notice.tone })] : []), paragraph(b.nationalIntro, { size: 'small' })],
    [executeAction(b.nationalBind, VERBS.nationalBindSubmit, {}, { style: 'positive', associatedInputs: 'none' })],
    { fallbackText: b.nationalTitle },
  );
}
