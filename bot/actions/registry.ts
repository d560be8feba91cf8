// One typed table from verb to handler. Action.Execute invokes and Action.Submit
// fallbacks both dispatch through it, so the two paths cannot drift apart.
import { comingSoonCard } from '../../cards/coming-soon.card.js';
import { noticeCard } from '../../cards/notice.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { isVerb, VERBS, type Verb } from '../../cards/verbs.js';
import { welcomeCard } from '../../cards/welcome.card.js';
import type { DirectoryService } from '../../services/directory/directory-service.js';
import type { ActionHandler, ActionRequest } from './action-request.js';
import { centreActions } from './centre.handlers.js';

export type ActionTable = Record<Verb, ActionHandler>;

export interface ActionServices {
  directory: DirectoryService;
}

export function buildActions({ directory }: ActionServices): ActionTable {
  return {
    [VERBS.menuShow]: async (r) => welcomeCard({ messages: r.messages, isAdmin: directory.isAdmin(r.user.aadObjectId) }),
    // Honest placeholders until the features land in their own issues.
    [VERBS.consultationStart]: async (r) => comingSoonCard({ messages: r.messages, title: r.messages.welcome.consultation }),
    [VERBS.sessionList]: async (r) => comingSoonCard({ messages: r.messages, title: r.messages.welcome.sessions }),
    ...centreActions(directory),
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
