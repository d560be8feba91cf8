// A coordinator logs a consultation that came by phone, e-mail or meeting: the same case
// core, so it counts in the statistics like any other.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import type { PlaceChoice } from '../centre/centre-search.card.js';
import type { Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard } from '../types.js';
import { VERBS } from '../verbs.js';
import { codeChoices } from './choices.js';
import { caseFields, choiceField, errorBlock, municipalityField, type FieldState } from './form-fields.js';

export interface LogFormView extends FieldState {
  messages: Messages;
  municipalities: PlaceChoice[];
  submissionKey: string;
  maxTextLength: number;
  notice?: { text: string; tone: 'good' | 'attention' };
}

export function logFormCard(view: LogFormView): AdaptiveCard {
  const { messages: m, values: v } = view;
  const l = m.consultation.log;
  return adaptiveCard(
    [
      heading(l.title),
      ...(view.notice ? [paragraph(view.notice.text, { color: view.notice.tone })] : []),
      paragraph(l.intro, { size: 'small' }),
      ...choiceField(m, view, 'channel', l.channel),
      ...municipalityField(m, view, view.municipalities),
      ...caseFields(m, view, 'someone else'),
      { type: 'Input.Toggle', id: 'urgent', label: m.consultation.form.urgentLabel, title: m.consultation.form.urgent, value: v.urgent === 'true' ? 'true' : 'false', wrap: true },
      { type: 'Input.Text', id: 'question', label: m.consultation.about.question, isMultiline: true, maxLength: view.maxTextLength, ...(v.question ? { value: v.question } : {}) },
      ...errorBlock(m, view, 'question'),
      { type: 'Input.Text', id: 'answer', label: m.consultation.channel.answerText, isMultiline: true, maxLength: view.maxTextLength, ...(v.answer ? { value: v.answer } : {}) },
      ...errorBlock(m, view, 'answer'),
      { type: 'Input.ChoiceSet', id: 'outcomes', label: m.consultation.channel.outcomes, isMultiSelect: true, style: 'compact', choices: codeChoices(m, 'outcomes', view.codes.outcomes), ...(v.outcomes ? { value: v.outcomes } : {}) },
    ],
    [executeAction(l.save, VERBS.consultationLogSubmit, { submissionKey: view.submissionKey }, { style: 'positive', associatedInputs: 'auto' })],
    { fallbackText: l.title },
  );
}
