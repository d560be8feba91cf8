// An administrator sets an RC's response targets: how many working hours until a request
// should be taken, ordinarily and when urgent. Past them, the request comes back to the
// channel and the coordinators are told.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import type { Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard } from '../types.js';
import { VERBS } from '../verbs.js';
import { centreChoiceSet } from './choices.js';

export interface TargetsFormView {
  messages: Messages;
  centres: Array<{ id: string; name: string }>;
  values: { centreId?: string; normalHours: string; urgentHours: string };
  errors: Partial<Record<'normalHours' | 'urgentHours', 'required' | 'out_of_range'>>;
  notice?: { text: string; tone: 'good' | 'attention' };
}

export function targetsFormCard({ messages: m, centres, values, errors, notice }: TargetsFormView): AdaptiveCard {
  const t = m.consultation.targets;
  const hours = (id: 'normalHours' | 'urgentHours', label: string, max: number) => {
    const error = errors[id];
    return {
      type: 'Input.Number' as const,
      id,
      label,
      isRequired: true,
      min: 1,
      max,
      value: Number(values[id]) || undefined,
      errorMessage: t.errors.out_of_range,
      ...(error ? { errorMessage: t.errors[error] } : {}),
    };
  };
  return adaptiveCard(
    [
      heading(t.title),
      ...(notice ? [paragraph(notice.text, { color: notice.tone })] : []),
      paragraph(t.intro, { size: 'small' }),
      centreChoiceSet(m, centres, values.centreId),
      hours('normalHours', t.normal, 120),
      ...(errors.normalHours ? [paragraph(t.errors[errors.normalHours], { color: 'attention', size: 'small', spacing: 'none' })] : []),
      hours('urgentHours', t.urgent, 9),
      ...(errors.urgentHours ? [paragraph(t.errors[errors.urgentHours], { color: 'attention', size: 'small', spacing: 'none' })] : []),
    ],
    [
      executeAction(t.save, VERBS.targetsSubmit, {}, { style: 'positive', associatedInputs: 'auto' }),
      // Closed periods (summer) are the other half of an RC's response promise.
      executeAction(m.consultation.closed.title, VERBS.closedOpen, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: t.title },
  );
}
