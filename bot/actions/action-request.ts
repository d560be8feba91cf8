import type { z } from 'zod';
import type { AdaptiveCard } from '../../cards/types.js';
import type { Actor } from '../../services/rights/actor.js';
import type { TurnLanguage } from '../card-reply.js';

export interface TeamMember {
  id: string;
  aadObjectId?: string;
  name?: string;
}

/** What a card action's handler gets besides its parsed input: facts of the turn, never a TurnContext. */
export interface ActionContext extends TurnLanguage {
  /** Who acts, with the roles resolved for this turn (administrator list, bound channel). */
  actor: Actor;
  conversation: { id: string; type: 'personal' | 'groupChat' | 'channel' | 'unknown'; tenantId?: string };
  /** The Teams team and channel the action came from, when it came from a channel. */
  team?: { id: string; channelId?: string };
  /** Where this turn came from (opaque): kept to write there later, proactively. */
  reference: unknown;
  /** The people of the team or group chat the action came from (empty in personal chat). */
  teamMembers: () => Promise<TeamMember[]>;
  /**
   * For work too slow for a turn (statistics over many records): the card the handler returns
   * now is replaced in place by the card `work` makes once the turn has been answered, or, if it
   * throws, by `failed` (the generic failure card without it). Absent where nothing can be sent
   * later: do the work in the turn.
   */
  later?: (work: () => Promise<AdaptiveCard>, failed?: AdaptiveCard) => void;
}

/**
 * One verb's route: the schema its card data must match, and the handler that gets the
 * parsed input. Data that does not match never reaches the handler: a form verb answers with
 * its form and a message next to each field (`invalid`), any other with a refusal card.
 */
export interface Route<S extends z.ZodType = z.ZodType> {
  schema: S;
  handle: (input: z.output<S>, action: ActionContext) => Promise<AdaptiveCard>;
  invalid?: (fields: Readonly<Record<string, string>>, action: ActionContext, typed: Readonly<Record<string, string>>) => Promise<AdaptiveCard>;
}

/** Keeps the schema's output type tied to the handler's input when routes are put in a table. */
export function route<S extends z.ZodType>(definition: Route<S>): Route {
  return definition as unknown as Route;
}
