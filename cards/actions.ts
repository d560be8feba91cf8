import type { ExecuteAction } from './types.js';
import type { Verb } from './verbs.js';

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
    data: { ...data, verb },
    ...options,
    fallback: {
      type: 'Action.Submit',
      title,
      data: { ...data, verb },
      ...(options.associatedInputs ? { associatedInputs: options.associatedInputs } : {}),
    },
  };
}
