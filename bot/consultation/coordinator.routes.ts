// The RC's side, in its team channel: the request's card (refreshed in place), claim, close,
// reopen. ConsultationService refuses anyone who is not a coordinator of the request's RC.
import { z } from 'zod';
import type { AdaptiveCard } from '../../cards/types.js';
import { VERBS } from '../../cards/verbs.js';
import type { ConsultationService } from '../../services/consultation/consultation-service.js';
import type { ConsultationRecord } from '../../services/consultation/record.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import type { Refusal } from '../../services/refusal.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { cardId } from '../actions/form-input.js';
import { refusalCard, refusalNotice } from '../refusals.js';
import type { ConsultationNotifier } from './notifier.js';
import { queueView } from './queue.routes.js';
import { channelCard, CHANNEL_MESSAGES } from './views.js';

export interface CoordinatorDeps {
  consultations: ConsultationService;
  notifier: ConsultationNotifier;
  directory: () => DirectoryIndex;
}

export const recordRef = z.object({ rcId: cardId, id: cardId });
type Notice = { text: string; tone: 'good' | 'attention' };

type Verbs = 'consultation.view' | 'consultation.claim' | 'consultation.close' | 'consultation.reopen';

/** What a coordinator sees after acting on a request: its card, kept the same for everyone. */
export function requestOutcome({ consultations, notifier, directory }: CoordinatorDeps) {
  /** After a change: the posted card is updated for everyone, and the clicker gets the same card. */
  const changed = async (record: ConsultationRecord, notice?: Notice): Promise<AdaptiveCard> => {
    // One card for both: it (and its working-hours timing) was built twice, once for each.
    const card = channelCard(directory(), record, notice, { timing: await consultations.timing(record) });
    await notifier.refreshChannelCard(record, notice, card);
    return card;
  };
  /** Refused: the request's current card with the reason on it, so the clicker sees why and what is. */
  const refused = async (a: ActionContext, rcId: string, id: string, refusal: Refusal): Promise<AdaptiveCard> => {
    const view = refusal.reason === 'not_coordinator' ? undefined : await consultations.viewAsCoordinator(a.actor, rcId, id);
    return view?.ok ? channelCard(directory(), view.record, refusalNotice(CHANNEL_MESSAGES, refusal), { timing: await consultations.timing(view.record) }) : refusalCard(a.messages, refusal);
  };
  return { changed, refused };
}

export function coordinatorRoutes(deps: CoordinatorDeps): Record<Verbs, Route> {
  const { consultations, directory, notifier } = deps;
  const { changed, refused } = requestOutcome(deps);
  const showQueue = queueView(deps);

  return {
    [VERBS.consultationView]: route({
      schema: recordRef,
      handle: async ({ rcId, id }, a) => {
        const result = await consultations.viewAsCoordinator(a.actor, rcId, id);
        return result.ok ? channelCard(directory(), result.record, undefined, { timing: await consultations.timing(result.record) }) : refusalCard(a.messages, result);
      },
    }),

    [VERBS.consultationClaim]: route({
      // From the queue ("Öppna ärenden"), the clicker gets the queue back, updated.
      schema: recordRef.extend({ from: z.enum(['queue']).optional() }),
      handle: async ({ rcId, id, from }, a) => {
        const result = await consultations.claim(a.actor, rcId, id);
        if (!result.ok) return from === 'queue' ? showQueue(a, rcId, refusalNotice(CHANNEL_MESSAGES, result)) : refused(a, rcId, id, result);
        // The professional's notice and the channel's card reach different people and wait for
        // nothing of each other's: sent side by side, not one connector call after the other.
        const told = result.newlyClaimed ? notifier.tellClaimed(result.record) : undefined;
        if (from !== 'queue') return (await Promise.all([changed(result.record), told]))[0];
        await Promise.all([notifier.refreshChannelCard(result.record), told]);
        return showQueue(a, rcId);
      },
    }),

    [VERBS.consultationClose]: route({
      schema: recordRef,
      handle: async ({ rcId, id }, a) => {
        const result = await consultations.close(a.actor, rcId, id);
        return result.ok ? changed(result.record) : refused(a, rcId, id, result);
      },
    }),

    [VERBS.consultationReopen]: route({
      schema: recordRef,
      handle: async ({ rcId, id }, a) => {
        const result = await consultations.reopen(a.actor, rcId, id);
        return result.ok ? changed(result.record) : refused(a, rcId, id, result);
      },
    }),
  };
}
