// "Öppna ärenden": in the RC's bound channel its open requests, claimable from the list; in
// personal chat the cases the coordinator has taken. ConsultationService decides who may see them.
import { z } from 'zod';
import { queueCard, type QueueView } from '../../cards/consultation/queue.card.js';
import type { Messages } from '../../cards/i18n/catalogue.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { VERBS } from '../../cards/verbs.js';
import type { QueueItem } from '../../services/consultation/consultation-service.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { cardId } from '../actions/form-input.js';
import { refusalCard } from '../refusals.js';
import type { CoordinatorDeps } from './coordinator.routes.js';
import { CHANNEL_MESSAGES, consultationView } from './views.js';

function queueItems(directory: DirectoryIndex, items: QueueItem[], locale: 'sv' | 'en'): QueueView['items'] {
  return items.map(({ record, timing }) => ({ consultation: consultationView(directory, record, locale), timing }));
}

/** The queue as the person sees it now; also what the claim button on it brings back. */
export function queueView({ consultations, directory }: Pick<CoordinatorDeps, 'consultations' | 'directory'>) {
  return async (a: ActionContext, rcId?: string, notice?: QueueView['notice']): Promise<AdaptiveCard> => {
    if (a.conversation.type === 'personal') {
      const mine = await consultations.myClaimed(a.actor);
      return queueCard({ messages: a.messages, scope: { kind: 'mine' }, items: queueItems(directory(), mine, a.locale), notice });
    }
    const centreId = rcId ?? a.actor.coordinatorOf[0];
    if (!centreId) return refusalCard(a.messages, { reason: 'not_coordinator' });
    const result = await consultations.openQueue(a.actor, centreId);
    if (!result.ok) return refusalCard(a.messages, result);
    // Channels are shared rooms: Swedish, as every card posted there.
    const messages: Messages = CHANNEL_MESSAGES;
    const centreName = directory().centre(centreId)?.name ?? centreId;
    return queueCard({ messages, scope: { kind: 'centre', centreName }, items: queueItems(directory(), result.items, 'sv'), notice });
  };
}

export function queueRoutes(deps: CoordinatorDeps): Record<'consultation.queue', Route> {
  const show = queueView(deps);
  return {
    [VERBS.consultationQueue]: route({
      schema: z.object({ rcId: cardId.optional() }),
      handle: async ({ rcId }, a) => show(a, rcId),
    }),
  };
}
