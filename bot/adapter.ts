import { ActivityTypes, CloudAdapter, INVOKE_RESPONSE_KEY, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AppConfig } from '../services/config.js';
import type { Logger } from '../services/logging.js';
import { createAuthentication, refusalFor } from './bot-auth.js';
import { cardInvokeResponse, turnLanguage } from './card-reply.js';
import { failureCard, failureText } from './refusals.js';

/**
 * CloudAdapter.process answers a refused or uncheckable token with the error's own text (key URLs,
 * DNS errors); the front door checks the token here instead, where it can tell the two apart.
 */
export class RcAdapter extends CloudAdapter {
  /** Throws RequestRefused (401 or 503) when the request is not let in; otherwise runs the turn. */
  async handle(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    let authenticated;
    try {
      authenticated = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    } catch (error) {
      throw refusalFor(error);
    }
    return this.processActivity(authenticated, activity, logic);
  }
}

/** Empty credentials (local mode) make Bot Framework skip authentication: config.ts guards that. */
export function createAdapter(config: AppConfig, logger: Logger): RcAdapter {
  const adapter = new RcAdapter(createAuthentication(config));
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    // Log what failed and where, never what the user wrote (the logger redacts it too).
    logger.error({ err: error, activity: context.activity }, 'turn failed');
    await tellAboutFailure(context, error).catch((sendError: unknown) => logger.warn({ err: sendError }, 'could not tell the user about the failed turn'));
  };
  return adapter;
}

/**
 * A failed message gets a sentence; a failed invoke (a card button) gets a card with HTTP 200,
 * since Teams shows only a generic failure for anything else. Once an invoke has been answered,
 * nothing more can be said on that turn.
 */
async function tellAboutFailure(context: TurnContext, error: unknown): Promise<void> {
  const { messages } = turnLanguage(context);
  if (context.activity.type === ActivityTypes.Message) {
    await context.sendActivity(failureText(messages, error));
  } else if (context.activity.type === ActivityTypes.Invoke && !context.turnState.get(INVOKE_RESPONSE_KEY)) {
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: cardInvokeResponse(failureCard(messages, error)) } });
  }
}
