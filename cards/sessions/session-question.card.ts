// A member's de-identified question for a chosen session, through the identifier check like
// every free text, with the consultation codes so questions count in the same statistics.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { choiceField, errorBlock, type FieldState } from '../consultation/form-fields.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard } from '../types.js';
import { VERBS } from '../verbs.js';

export interface SessionQuestionView extends FieldState {
  messages: Messages;
  networkId: string;
  sessionId: string;
  date: string;
  maxLength: number;
  notice?: { text: string; tone: 'good' | 'attention' };
}

export function sessionQuestionCard(view: SessionQuestionView): AdaptiveCard {
  const { messages: m, values: v } = view;
  const q = m.sessions.question;
  const warned = (view.privacy.question?.warnings.length ?? 0) > 0 && (view.privacy.question?.blocking.length ?? 0) === 0;
  return adaptiveCard(
    [
      heading(fill(q.title, { date: view.date })),
      ...(view.notice ? [paragraph(view.notice.text, { color: view.notice.tone })] : []),
      paragraph(q.intro, { size: 'small' }),
      ...choiceField(m, view, 'questionType', m.consultation.form.questionType),
      ...choiceField(m, view, 'ageBand', m.consultation.form.ageBand),
      ...choiceField(m, view, 'violence', m.consultation.form.violence, { multi: true, required: false }),
      { type: 'Input.Text', id: 'question', label: q.text, isMultiline: true, isRequired: true, errorMessage: m.consultation.errors.required, maxLength: view.maxLength, ...(v.question ? { value: v.question } : {}) },
      ...errorBlock(m, view, 'question'),
      ...(warned ? [{ type: 'Input.Toggle' as const, id: 'confirmWarnings', label: m.consultation.form.confirmWarningsLabel, title: m.consultation.form.confirmWarnings, value: 'false' as const, wrap: true }] : []),
      {
        type: 'Input.Toggle',
        id: 'deidentified',
        label: m.consultation.form.deidentifiedLabel,
        title: m.consultation.form.deidentified,
        value: v.deidentified === 'true' ? 'true' : 'false',
        isRequired: true,
        errorMessage: m.consultation.errors.not_deidentified,
        wrap: true,
      },
      ...errorBlock(m, view, 'deidentified'),
    ],
    [
      executeAction(q.send, VERBS.sessionQuestionSend, { networkId: view.networkId, sessionId: view.sessionId }, { style: 'positive', associatedInputs: 'auto' }),
      executeAction(m.sessions.list.title, VERBS.sessionList, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: fill(q.title, { date: view.date }) },
  );
}

export interface QuestionSentView {
  messages: Messages;
  networkId: string;
  questionId: string;
  date: string;
}

/** After sending: the confirmation, and a way to take the question back before the session. */
export function questionSentCard({ messages: m, networkId, questionId, date }: QuestionSentView): AdaptiveCard {
  const q = m.sessions.question;
  const text = fill(q.sent, { date });
  return adaptiveCard(
    [heading(fill(q.title, { date })), paragraph(text, { color: 'good' })],
    [
      executeAction(q.withdraw, VERBS.sessionQuestionWithdraw, { networkId, questionId }, { style: 'destructive', associatedInputs: 'none' }),
      executeAction(q.toList, VERBS.sessionList, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: text },
  );
}
