import type { ExecuteAction } from './types.js';
import type { Verb } from './verbs.js';

/** The data with the verb, as `{ ...data, verb }` would make it, without a leading spread (see services/consultation/record-draft.ts): two per button, on every card. */
function withVerb(data: Record<string, unknown>, verb: Verb): Record<string, unknown> {
  return Object.assign({}, data, { verb });
}

/**
 * An Action.Execute with an Action.Submit fallback carrying the same verb in `data.verb`,
 * so Teams clients without Universal Actions still reach the same handler.
 * Card data carries routing only (verb, ids); authoritative state is reloaded by the bot.
 */
export function executeAction(
  title: string,
  verb: Verb,
  data: Record<string, unknown> = {},
  options: Pick<ExecuteAction, 'style' | 'associatedInputs'> = {},
): ExecuteAction {
  return {
    type: 'Action.Execute',
    title,
    verb,
    data: withVerb(data, verb),
    ...options,
    fallback: {
      type: 'Action.Submit',
      title,
      data: withVerb(data, verb),
      ...(options.associatedInputs ? { associatedInputs: options.associatedInputs } : {}),
    },
  };
}
