// The coordinator writes the advice and records the outcomes. Free text goes through the
// identifier check like every other; an error keeps what was written.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard } from '../types.js';
import { VERBS } from '../verbs.js';
import { codeChoices } from './choices.js';
import type { ConsultationView } from './consultation-view.js';
import { errorBlock, type FieldState } from './form-fields.js';

export interface AnswerFormView extends FieldState {
  messages: Messages;
  consultation: Pick<ConsultationView, 'id' | 'rcId' | 'reference' | 'question'>;
  maxAnswerLength: number;
}

export function answerFormCard(view: AnswerFormView): AdaptiveCard {
  const { messages: m, consultation: r, values: v } = view;
  const c = m.consultation.channel;
  const warned = (view.privacy.answer?.warnings.length ?? 0) > 0 && (view.privacy.answer?.blocking.length ?? 0) === 0;
  return adaptiveCard(
    [
      heading(fill(c.answerTitle, { reference: r.reference })),
      ...(r.question ? [{ type: 'Container' as const, style: 'emphasis' as const, items: [paragraph(r.question, { size: 'small' })] }] : []),
      { type: 'Input.Text', id: 'answer', label: c.answerText, isMultiline: true, isRequired: true, errorMessage: m.consultation.errors.required, maxLength: view.maxAnswerLength, ...(v.answer ? { value: v.answer } : {}) },
      ...errorBlock(m, view, 'answer'),
      ...(warned ? [{ type: 'Input.Toggle' as const, id: 'confirmWarnings', label: m.consultation.form.confirmWarningsLabel, title: m.consultation.form.confirmWarnings, value: 'false' as const, wrap: true }] : []),
      { type: 'Input.ChoiceSet', id: 'outcomes', label: c.outcomes, isMultiSelect: true, style: 'expanded', choices: codeChoices(m, 'outcomes', view.codes.outcomes), ...(v.outcomes ? { value: v.outcomes } : {}) },
      ...errorBlock(m, view, 'outcomes'),
    ],
    [
      executeAction(c.sendAnswer, VERBS.consultationAnswerSubmit, { rcId: r.rcId, id: r.id }, { style: 'positive', associatedInputs: 'auto' }),
      executeAction(m.common.backToMenu, VERBS.consultationView, { rcId: r.rcId, id: r.id }, { associatedInputs: 'none' }),
    ],
    { fallbackText: fill(c.answerTitle, { reference: r.reference }) },
  );
}
