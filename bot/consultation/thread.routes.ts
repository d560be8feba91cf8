// A case's thread from both sides: the RC asks or informs from its channel card, the
// professional replies or informs from personal chat, opens a case from "Mina konsultationer"
// and starts a new contact on a closed one. CaseThread decides who may write what, when.
import { z } from 'zod';
import { threadFormCard, type ThreadPurpose } from '../../cards/consultation/thread.card.js';
import { fill } from '../../cards/i18n/catalogue.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { VERBS } from '../../cards/verbs.js';
import { CaseThread, THREAD_FIELDS } from '../../services/consultation/case-thread.js';
import { MAX_FREE_TEXT } from '../../services/consultation/codes.js';
import type { PrivacyKinds } from '../../services/consultation/fields.js';
import type { ConsultationRecord } from '../../services/consultation/record.js';
import { COORDINATOR_KINDS } from '../../services/consultation/thread-message.js';
import { awaitsReply } from '../../services/consultation/thread-rules.js';
import type { Refusal } from '../../services/refusal.js';
import { coordinates } from '../../services/rights/actor.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { formSchema } from '../actions/form-input.js';
import { refusalCard, refusalNotice } from '../refusals.js';
import { recordRef, requestOutcome, type CoordinatorDeps } from './coordinator.routes.js';
import type { ThreadNotifier } from './thread-notifier.js';
import { caseCardFor } from './thread-views.js';
import { CHANNEL_MESSAGES, consultationView, fieldState } from './views.js';

export interface ThreadDeps extends CoordinatorDeps {
  caseThread: CaseThread;
  threadNotifier: ThreadNotifier;
}

type Verbs = 'consultation.thread.open' | 'consultation.thread.submit' | 'consultation.case.show' | 'consultation.newContact.open' | 'consultation.newContact.submit';

const openSchema = recordRef.extend({ kind: z.enum(COORDINATOR_KINDS).optional() });
const submitSchema = recordRef.extend(formSchema(THREAD_FIELDS).shape);
type Typed = Readonly<Record<string, string | undefined>>;
type Notice = { text: string; tone: 'good' | 'attention' };

export function threadRoutes(deps: ThreadDeps): Record<Verbs, Route> {
  const { consultations, caseThread, threadNotifier, directory } = deps;
  const { changed, refused } = requestOutcome(deps);

  /** The professional's case as it is now, with a notice on it; a refusal card when it is not theirs. */
  const showCase = async (a: ActionContext, rcId: string, id: string, notice?: Notice): Promise<AdaptiveCard> => {
    const found = await caseThread.viewAsRequester(a.actor, rcId, id);
    if (!found.ok) return refusalCard(a.messages, found);
    return caseCardFor(directory(), found.record, a.messages, a.locale, found.mayStartNewContact, notice);
  };

  /** The form for the case as stored now, with what was typed and what was wrong. */
  const form = async (a: ActionContext, rcId: string, id: string, kind: string | undefined, typed: Typed = {}, errors = {}, privacy: Partial<Record<string, PrivacyKinds>> = {}): Promise<AdaptiveCard> => {
    const fromChannel = coordinates(a.actor, rcId);
    const found = fromChannel ? await consultations.viewAsCoordinator(a.actor, rcId, id) : await caseThread.viewAsRequester(a.actor, rcId, id);
    if (!found.ok) return refusalCard(a.messages, found);
    const purpose: ThreadPurpose = fromChannel ? (kind === 'question' ? 'question' : 'info') : kind === 'new_contact' ? 'new_contact' : awaitsReply(found.record) ? 'reply' : 'requester_info';
    // Channels are shared rooms: their forms are Swedish, like the case's card.
    const messages = fromChannel ? CHANNEL_MESSAGES : a.messages;
    const consultation = consultationView(directory(), found.record, fromChannel ? 'sv' : a.locale);
    return threadFormCard({ messages, ...fieldState(typed, errors, privacy), purpose, consultation, maxLength: MAX_FREE_TEXT });
  };

  /** After the RC wrote: the professional gets it in personal chat, the channel card shows it. */
  const coordinatorWrote = async (record: ConsultationRecord): Promise<AdaptiveCard> => {
    const delivered = await threadNotifier.toRequester(record);
    const t = CHANNEL_MESSAGES.caseThread;
    return changed(record, { text: delivered ? t.sentToRequester : t.keptForRequester, tone: delivered ? 'good' : 'attention' });
  };

  const centreName = (rcId: string) => directory().centre(rcId)?.name ?? rcId;

  /** A refusal shown on the case the person is looking at: the channel card, or the professional's case. */
  const refusedHere = async (a: ActionContext, rcId: string, id: string, refusal: Refusal): Promise<AdaptiveCard> =>
    coordinates(a.actor, rcId) ? refused(a, rcId, id, refusal) : refusal.reason === 'not_yours' || refusal.reason === 'not_found' ? refusalCard(a.messages, refusal) : showCase(a, rcId, id, refusalNotice(a.messages, refusal));

  return {
    [VERBS.consultationThreadOpen]: route({
      schema: openSchema,
      handle: async ({ rcId, id, kind }, a) => form(a, rcId, id, kind),
    }),

    [VERBS.consultationThreadSubmit]: route({
      schema: submitSchema,
      invalid: async (errors, a, typed) => (typed.rcId && typed.id ? form(a, typed.rcId, typed.id, typed.kind, typed, errors) : refusalCard(a.messages, { reason: 'invalid_input' })),
      handle: async ({ rcId, id, ...input }, a) => {
        const result = await caseThread.write(a.actor, rcId, id, input);
        if (result.ok) {
          if (result.record.thread.at(-1)?.from === 'coordinator') return coordinatorWrote(result.record);
          await threadNotifier.toCentre(result.record);
          return showCase(a, rcId, id, { text: fill(a.messages.caseThread.sentToCentre, { centre: centreName(rcId) }), tone: 'good' });
        }
        if (result.reason === 'invalid') return form(a, rcId, id, input.kind, input, result.errors, result.privacy);
        return refusedHere(a, rcId, id, result);
      },
    }),

    [VERBS.consultationCaseShow]: route({
      schema: recordRef,
      handle: async ({ rcId, id }, a) => showCase(a, rcId, id),
    }),

    [VERBS.consultationNewContactOpen]: route({
      schema: recordRef,
      handle: async ({ rcId, id }, a) => {
        const found = await caseThread.viewAsRequester(a.actor, rcId, id);
        if (!found.ok) return refusalCard(a.messages, found);
        if (found.mayStartNewContact) return form(a, rcId, id, 'new_contact');
        // An old card's button after the period: the case as it is, and why it cannot be reopened.
        const refusal: Refusal = found.record.status === 'closed' ? { ok: false, reason: 'reopen_period_over', max: await caseThread.reopenDays(rcId) } : { ok: false, reason: 'not_closed' };
        return showCase(a, rcId, id, refusalNotice(a.messages, refusal));
      },
    }),

    [VERBS.consultationNewContactSubmit]: route({
      schema: submitSchema,
      invalid: async (errors, a, typed) => (typed.rcId && typed.id ? form(a, typed.rcId, typed.id, 'new_contact', typed, errors) : refusalCard(a.messages, { reason: 'invalid_input' })),
      handle: async ({ rcId, id, ...input }, a) => {
        const result = await caseThread.startNewContact(a.actor, rcId, id, input);
        if (result.ok) {
          await threadNotifier.toCentre(result.record);
          return showCase(a, rcId, id, { text: fill(a.messages.caseThread.reopened, { centre: centreName(rcId) }), tone: 'good' });
        }
        if (result.reason === 'invalid') return form(a, rcId, id, 'new_contact', input, result.errors, result.privacy);
        return refusedHere(a, rcId, id, result);
      },
    }),
  };
}
