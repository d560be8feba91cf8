// An administrator corrects NCH's national support line (phone, e-mail, website): the fallback
// every receipt and centre card shows when no resource centre can be reached. Like a centre's
// correction, it carries the version it was opened at and keeps what was typed on an error.
import type { CorrectionError, CorrectionField } from '../../services/directory/centre-correction.js';
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import type { Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';
import { CONTACT_CHECKS } from './centre-edit.card.js';

export type NationalFormValues = { supportLine: string; email: string; web: string };

export interface NationalEditView {
  messages: Messages;
  /** "Nationellt centrum … (NCH)". */
  name: string;
  etag?: string;
  values: NationalFormValues;
  errors?: Partial<Record<CorrectionField, CorrectionError>>;
  notice?: { text: string; tone: 'good' | 'attention' };
}

export function nationalValuesOf(channels: ReadonlyArray<{ kind: string; value?: string }>): NationalFormValues {
  const value = (kind: string) => channels.find((c) => c.kind === kind)?.value ?? '';
  return { supportLine: value('support_line'), email: value('email'), web: value('web') };
}

export function nationalEditCard({ messages: m, name, etag, values, errors = {}, notice }: NationalEditView): AdaptiveCard {
  const field = (id: keyof NationalFormValues, label: string): CardElement[] => {
    const code = errors[id];
    return [
      { type: 'Input.Text', id, label, value: values[id], maxLength: 200, ...CONTACT_CHECKS[id](m) },
      ...(code ? [paragraph(m.centreEdit.errors[code], { color: 'attention', size: 'small', spacing: 'none' })] : []),
    ];
  };
  return adaptiveCard(
    [
      heading(name),
      ...(notice ? [paragraph(notice.text, { color: notice.tone })] : []),
      paragraph(m.centreEdit.national.intro, { size: 'small', isSubtle: true }),
      ...field('supportLine', m.centreEdit.supportLine),
      ...field('email', m.centreEdit.email),
      ...field('web', m.centreEdit.web),
    ],
    [
      executeAction(m.centreEdit.save, VERBS.nchSave, etag ? { etag } : {}, { style: 'positive', associatedInputs: 'auto' }),
      executeAction(m.common.backToMenu, VERBS.menuShow, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: m.centreEdit.national.open },
  );
}
