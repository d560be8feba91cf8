// An administrator corrects a centre's contact channels, coverage and status. The card carries
// the centre id and the version it was opened at; on an error it comes back with every value
// the administrator typed and the reason next to the field.
import type { CorrectionError, CorrectionField } from '../../services/directory/centre-correction.js';
import type { CentreStatus, ResourceCentre } from '../../services/directory/schema.js';
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import type { Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';
import type { PlaceChoice } from './centre-search.card.js';

const STATUSES: CentreStatus[] = ['operational', 'reduced', 'permanent', 'preparing', 'pre_study', 'outside_programme'];

/**
 * The service's checks (services/directory/centre-correction.ts), repeated as patterns so
 * Teams shows the error under the field before sending (cards may not import service code;
 * test/cards/card-accessibility.test.ts keeps the two equal). An empty field removes the channel.
 */
export const CONTACT_PATTERNS = {
  phone: '^(?:\\+46|0)[\\d\\s-]{5,16}\\d$',
  email: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]{2,}$',
  web: '^https://\\S+$',
} as const;

export const CONTACT_CHECKS: Record<'phone' | 'supportLine' | 'email' | 'web', (m: Messages) => { regex: string; errorMessage: string }> = {
  phone: (m) => ({ regex: CONTACT_PATTERNS.phone, errorMessage: m.centreEdit.errors.invalid_phone }),
  supportLine: (m) => ({ regex: CONTACT_PATTERNS.phone, errorMessage: m.centreEdit.errors.invalid_phone }),
  email: (m) => ({ regex: CONTACT_PATTERNS.email, errorMessage: m.centreEdit.errors.invalid_email }),
  web: (m) => ({ regex: CONTACT_PATTERNS.web, errorMessage: m.centreEdit.errors.invalid_web }),
};

export interface CentrePickView {
  messages: Messages;
  centres: Array<{ id: string; name: string }>;
}

export function centrePickCard({ messages: m, centres }: CentrePickView): AdaptiveCard {
  return adaptiveCard(
    [
      heading(m.centreEdit.title),
      {
        type: 'Input.ChoiceSet',
        id: 'centreId',
        label: m.centreEdit.chooseCentre,
        style: 'filtered',
        isRequired: true,
        errorMessage: m.centreEdit.chooseCentreError,
        choices: centres.map((c) => ({ title: c.name, value: c.id })),
      },
    ],
    [
      executeAction(m.centreEdit.open, VERBS.centreEditOpen, {}, { associatedInputs: 'auto' }),
      // NCH's national support line is the fallback on every receipt: corrected here too.
      executeAction(m.centreEdit.national.open, VERBS.nchEditOpen, {}, { associatedInputs: 'none' }),
      executeAction(m.common.backToMenu, VERBS.menuShow, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: m.centreEdit.title },
  );
}

/** What the form shows: the stored facts, or what the administrator typed before an error. */
export interface CentreFormValues {
  status: string;
  phone: string;
  supportLine: string;
  email: string;
  web: string;
  coverage: string;
  coverageNotStated: boolean;
}

export function formValuesOf(centre: ResourceCentre): CentreFormValues {
  const value = (kind: string) => centre.channels.find((c) => c.kind === kind)?.value ?? '';
  return {
    status: centre.status,
    phone: value('phone'),
    supportLine: value('support_line'),
    email: value('email'),
    web: value('web'),
    coverage: centre.coverage.kind === 'municipalities' ? centre.coverage.codes.join(',') : '',
    coverageNotStated: centre.coverage.kind === 'not_stated',
  };
}

export interface CentreEditView {
  messages: Messages;
  centre: { id: string; name: string };
  etag?: string;
  values: CentreFormValues;
  municipalities: PlaceChoice[];
  errors?: Partial<Record<CorrectionField, CorrectionError>>;
  notice?: { text: string; tone: 'good' | 'attention' };
}

export function centreEditCard(view: CentreEditView): AdaptiveCard {
  const { messages: m, values, errors = {} } = view;
  const errorFor = (field: CorrectionField): CardElement[] => {
    const code = errors[field];
    return code ? [paragraph(m.centreEdit.errors[code], { color: 'attention', size: 'small', spacing: 'none' })] : [];
  };
  const text = (id: 'phone' | 'supportLine' | 'email' | 'web', label: string): CardElement[] => [
    { type: 'Input.Text', id, label, value: values[id], maxLength: 200, ...CONTACT_CHECKS[id](m) },
    ...errorFor(id),
  ];
  return adaptiveCard(
    [
      heading(view.centre.name),
      ...(view.notice ? [paragraph(view.notice.text, { color: view.notice.tone })] : []),
      paragraph(m.centreEdit.intro, { size: 'small', isSubtle: true }),
      {
        type: 'Input.ChoiceSet',
        id: 'status',
        label: m.centreEdit.status,
        value: values.status,
        isRequired: true,
        errorMessage: m.centreEdit.errors.invalid_status,
        choices: STATUSES.map((s) => ({ title: m.centre.statusNames[s], value: s })),
      },
      ...errorFor('status'),
      ...text('phone', m.centreEdit.phone),
      ...text('supportLine', m.centreEdit.supportLine),
      ...text('email', m.centreEdit.email),
      ...text('web', m.centreEdit.web),
      {
        type: 'Input.ChoiceSet',
        id: 'coverage',
        label: m.centreEdit.coverage,
        isMultiSelect: true,
        style: 'filtered',
        value: values.coverage,
        choices: view.municipalities,
      },
      { type: 'Input.Toggle', id: 'coverageNotStated', label: m.centreEdit.coverageNotStatedLabel, title: m.centreEdit.coverageNotStated, value: values.coverageNotStated ? 'true' : 'false' },
      ...errorFor('coverage'),
    ],
    [
      executeAction(m.centreEdit.save, VERBS.centreSave, { centreId: view.centre.id, ...(view.etag ? { etag: view.etag } : {}) }, { style: 'positive', associatedInputs: 'auto' }),
      executeAction(m.common.backToMenu, VERBS.menuShow, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: m.centreEdit.title },
  );
}
