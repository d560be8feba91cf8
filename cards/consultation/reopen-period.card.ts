// The RC's coordinators set, in their channel, how many days after closing a professional may
// reopen a case with "Ny kontakt i samma ärende".
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';

export interface ReopenPeriodView {
  messages: Messages;
  rcId: string;
  centreName: string;
  /** What the field shows: the stored period, or what was typed when it was refused. */
  days: string;
  error?: 'required' | 'out_of_range';
  limits: { min: number; max: number };
  notice?: { text: string; tone: 'good' | 'attention' };
}

export function reopenPeriodCard(view: ReopenPeriodView): AdaptiveCard {
  const { messages: m } = view;
  const p = m.caseThread.period;
  const title = fill(p.title, { centre: view.centreName });
  const body: CardElement[] = [heading(title), paragraph(p.intro, { isSubtle: true, size: 'small' })];
  if (view.notice) body.push(paragraph(view.notice.text, { color: view.notice.tone }));
  body.push({ type: 'Input.Number', id: 'days', label: fill(p.days, view.limits), isRequired: true, min: view.limits.min, max: view.limits.max, errorMessage: p.errors.out_of_range, ...(/^\d{1,4}$/.test(view.days) ? { value: Number(view.days) } : {}) });
  if (view.error) body.push(paragraph(p.errors[view.error], { color: 'attention', size: 'small', spacing: 'none' }));
  return adaptiveCard(body, [executeAction(p.save, VERBS.consultationReopenPeriodSubmit, { rcId: view.rcId }, { style: 'positive', associatedInputs: 'auto' })], { fallbackText: title });
}
