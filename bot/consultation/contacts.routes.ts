// Further contacts on a case and its stage at first contact, from the channel card's
// "Kontakter och skede" form. CaseContacts checks the coordinator, the codes and the date.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { contactsCard, type ContactsError, type ContactsField } from '../../cards/consultation/contacts.card.js';
import { fill } from '../../cards/i18n/catalogue.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { VERBS } from '../../cards/verbs.js';
import type { CaseContacts } from '../../services/consultation/case-contacts.js';
import { CONTACT_CHANNELS, STAGES } from '../../services/consultation/codes.js';
import type { ConsultationRecord } from '../../services/consultation/record.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { refusalCard, refusalNotice } from '../refusals.js';
import { recordRef, requestOutcome, type CoordinatorDeps } from './coordinator.routes.js';
import { CHANNEL_MESSAGES } from './views.js';

export interface ContactsDeps extends CoordinatorDeps {
  contacts: CaseContacts;
}

type Verbs = 'consultation.contacts.open' | 'consultation.contact.add' | 'consultation.stage.set';
type Notice = { text: string; tone: 'good' | 'attention' };

const text = z.string().max(255).optional();

export function contactsRoutes(deps: ContactsDeps): Record<Verbs, Route> {
  const { consultations, contacts } = deps;
  const { refused } = requestOutcome(deps);
  const m = CHANNEL_MESSAGES;

  const card = (record: ConsultationRecord, values: Partial<Record<ContactsField, string>> = {}, errors: Partial<Record<ContactsField, ContactsError>> = {}, notice?: Notice, contactKey: string = randomUUID()): AdaptiveCard =>
    contactsCard({
      messages: m,
      rcId: record.rcId,
      id: record.id,
      reference: record.reference,
      contacts: record.contacts,
      channels: CONTACT_CHANNELS,
      stages: STAGES,
      contactKey,
      values: { ...(record.stage ? { stage: record.stage } : {}), ...values },
      errors,
      ...(notice ? { notice } : {}),
    });

  /** The form as the case is now, with what was typed kept; a refusal on the same form. */
  const current = async (a: ActionContext, rcId: string, id: string, values: Partial<Record<ContactsField, string>> = {}, errors: Partial<Record<ContactsField, ContactsError>> = {}, notice?: Notice, contactKey?: string) => {
    const view = await consultations.viewAsCoordinator(a.actor, rcId, id);
    return view.ok ? card(view.record, values, errors, notice, contactKey) : refusalCard(a.messages, view);
  };

  return {
    [VERBS.consultationContactsOpen]: route({
      schema: recordRef,
      handle: async ({ rcId, id }, a) => current(a, rcId, id),
    }),

    [VERBS.consultationContactAdd]: route({
      schema: recordRef.extend({ channel: text, on: text, contactKey: text }),
      handle: async ({ rcId, id, channel, on, contactKey }, a) => {
        const result = await contacts.addContact(a.actor, rcId, id, { channel, on, contactKey });
        if (result.ok) {
          await deps.notifier.refreshChannelCard(result.record);
          return card(result.record, {}, {}, { text: fill(m.caseWork.contacts.added, { count: result.record.contacts }), tone: 'good' });
        }
        const typed = { ...(channel ? { channel } : {}), ...(on ? { on } : {}) };
        // The same key again: a retry after a fix is still the one contact.
        if (result.reason === 'invalid') return current(a, rcId, id, typed, result.errors, undefined, contactKey);
        if (result.reason === 'not_coordinator') return refusalCard(a.messages, result);
        if (result.reason === 'transferred' || result.reason === 'withdrawn') return refused(a, rcId, id, result);
        return current(a, rcId, id, typed, {}, refusalNotice(m, result), contactKey);
      },
    }),

    [VERBS.consultationStageSet]: route({
      schema: recordRef.extend({ stage: text }),
      handle: async ({ rcId, id, stage }, a) => {
        if (!stage) return current(a, rcId, id, {}, { stage: 'required' });
        const result = await contacts.setStage(a.actor, rcId, id, stage);
        if (result.ok) {
          await deps.notifier.refreshChannelCard(result.record);
          return card(result.record, {}, {}, { text: m.caseWork.contacts.stageSaved, tone: 'good' });
        }
        if (result.reason === 'invalid_code') return current(a, rcId, id, {}, { stage: 'invalid' });
        if (result.reason === 'not_coordinator') return refusalCard(a.messages, result);
        return refused(a, rcId, id, result);
      },
    }),
  };
}
