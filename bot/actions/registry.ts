// One typed table from verb to handler. Action.Execute invokes and Action.Submit
// fallbacks both dispatch through it, so the two paths cannot drift apart.
import { comingSoonCard } from '../../cards/coming-soon.card.js';
import { noticeCard } from '../../cards/notice.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { isVerb, VERBS, type Verb } from '../../cards/verbs.js';
import { welcomeCard } from '../../cards/welcome.card.js';
import type { ActionHandler, ActionRequest } from './action-request.js';

export type ActionTable = Record<Verb, ActionHandler>;

/** The handlers that exist before the features do: the menu and honest placeholders. */
export function baseActions(): ActionTable {
  return {
    [VERBS.menuShow]: async (r) => welcomeCard(r),
    [VERBS.consultationStart]: async (r) => comingSoonCard({ messages: r.messages, title: r.messages.welcome.consultation }),
    [VERBS.centreFind]: async (r) => comingSoonCard({ messages: r.messages, title: r.messages.welcome.findCentre }),
    [VERBS.sessionList]: async (r) => comingSoonCard({ messages: r.messages, title: r.messages.welcome.sessions }),
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
