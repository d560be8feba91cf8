// The professional's request: one card, the de-identified case core plus the question. On an
// error it comes back with every value still in place and the reason next to the field.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import type { PlaceChoice } from '../centre/centre-search.card.js';
import type { Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';
import { caseFields, errorBlock, municipalityField, type FieldState } from './form-fields.js';

export interface ConsultationFormView extends FieldState {
  messages: Messages;
  municipalities: PlaceChoice[];
  /** Offered when several centres cover the chosen municipality. */
  centres: Array<{ id: string; name: string }>;
  /** Carried in the card so a double click or a resubmitted card stores one record. */
  submissionKey: string;
  maxQuestionLength: number;
}

export function consultationFormCard(view: ConsultationFormView): AdaptiveCard {
  const m = view.messages;
  const f = m.consultation.form;
  const v = view.values;
  const warned = (view.privacy.question?.warnings.length ?? 0) > 0 && (view.privacy.question?.blocking.length ?? 0) === 0;
  const body: CardElement[] = [
    heading(f.title),
    paragraph(f.intro, { size: 'small' }),
    ...municipalityField(m, view, view.municipalities),
  ];
  if (view.centres.length > 1) {
    body.push(
      paragraph(f.centreHint, { size: 'small', isSubtle: true }),
      {
        type: 'Input.ChoiceSet',
        id: 'rcId',
        label: f.centre,
        style: 'expanded',
        isRequired: true,
        errorMessage: m.consultation.errors.choose_centre,
        choices: view.centres.map((c) => ({ title: c.name, value: c.id })),
        ...(v.rcId ? { value: v.rcId } : {}),
      },
      ...errorBlock(m, view, 'rcId'),
    );
  }
  body.push(
    ...caseFields(m, view),
    { type: 'Input.Toggle', id: 'urgent', label: f.urgentLabel, title: f.urgent, value: v.urgent === 'true' ? 'true' : 'false', wrap: true },
    {
      type: 'Input.Text',
      id: 'question',
      label: f.question,
      placeholder: f.questionPlaceholder,
      isMultiline: true,
      isRequired: true,
      errorMessage: m.consultation.errors.required,
      maxLength: view.maxQuestionLength,
      ...(v.question ? { value: v.question } : {}),
    },
    ...errorBlock(m, view, 'question'),
    ...(warned ? [{ type: 'Input.Toggle' as const, id: 'confirmWarnings', label: f.confirmWarningsLabel, title: f.confirmWarnings, value: 'false' as const, wrap: true }] : []),
    {
      type: 'Input.Toggle',
      id: 'deidentified',
      label: f.deidentifiedLabel,
      title: f.deidentified,
      value: v.deidentified === 'true' ? 'true' : 'false',
      isRequired: true,
      errorMessage: m.consultation.errors.not_deidentified,
      valueOn: 'true',
      valueOff: 'false',
      wrap: true,
    },
    ...errorBlock(m, view, 'deidentified'),
    paragraph(m.common.emergency, { size: 'small', isSubtle: true }),
  );
  return adaptiveCard(
    body,
    [
      executeAction(f.submit, VERBS.consultationSubmit, { submissionKey: view.submissionKey }, { style: 'positive', associatedInputs: 'auto' }),
      executeAction(m.common.backToMenu, VERBS.menuShow, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: f.title },
  );
}
