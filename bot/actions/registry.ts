// One typed table from verb to handler. Action.Execute invokes and Action.Submit
// fallbacks both dispatch through it, so the two paths cannot drift apart.
import { noticeCard } from '../../cards/notice.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { isVerb, VERBS, type Verb } from '../../cards/verbs.js';
import { welcomeCard } from '../../cards/welcome.card.js';
import type { DirectoryService } from '../../services/directory/directory-service.js';
import { coordinatorActions, type CoordinatorDeps } from '../consultation/coordinator.handlers.js';
import { requesterActions } from '../consultation/requester.handlers.js';
import { networkActions } from '../sessions/network.handlers.js';
import { statsActions, type StatsDeps } from '../statistics/stats.handlers.js';
import { sessionActions, type SessionDeps } from '../sessions/session.handlers.js';
import type { ActionHandler, ActionRequest } from './action-request.js';
import { centreActions } from './centre.handlers.js';

export type ActionTable = Record<Verb, ActionHandler>;

export type ActionServices = CoordinatorDeps & SessionDeps & StatsDeps & { directory: DirectoryService };

export function buildActions(services: ActionServices): ActionTable {
  const { directory } = services;
  return {
    [VERBS.menuShow]: async (r) => {
      const isAdmin = directory.isAdmin(r.user.aadObjectId);
      return welcomeCard({ messages: r.messages, isAdmin, showStatistics: isAdmin || (await services.roster.rcsOf(r.user.aadObjectId)).length > 0 });
    },
    ...centreActions(directory),
    ...requesterActions({ ...services, directory: () => directory.current() }),
    ...coordinatorActions(services),
    ...sessionActions(services),
    ...networkActions(services),
    ...statsActions(services),
  };
}

export async function dispatchAction(
  table: ActionTable,
  verb: unknown,
  request: Omit<ActionRequest, 'verb'>,
): Promise<AdaptiveCard> {
  if (!isVerb(verb)) return noticeCard({ messages: request.messages, text: request.messages.common.unknownAction });
  return table[verb]({ ...request, verb });
}
