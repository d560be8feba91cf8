import type { AdaptiveCard } from '../../cards/types.js';
import type { Verb } from '../../cards/verbs.js';
import type { TurnLanguage } from '../card-reply.js';

/** What a card action handler gets: parsed routing facts, never a TurnContext. */
export interface ActionRequest extends TurnLanguage {
  verb: Verb;
  /** The card's data merged with its inputs, as the client sent them; handlers parse it with zod. */
  data: Record<string, unknown>;
  user: { id: string; aadObjectId?: string; name?: string };
  conversation: { id: string; type: 'personal' | 'groupChat' | 'channel' | 'unknown'; tenantId?: string };
  /** The Teams team and channel the action came from, when it came from a channel. */
  team?: { id: string; channelId?: string };
  /** Where this turn came from (opaque): kept to write there later, proactively. */
  reference: unknown;
  /** The people of the team or group chat the action came from (empty in personal chat). */
  teamMembers: () => Promise<Array<{ id: string; aadObjectId?: string; name?: string }>>;
}

export type ActionHandler = (request: ActionRequest) => Promise<AdaptiveCard>;
