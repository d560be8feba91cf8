import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AppConfig } from '../services/config.js';
import type { Logger } from '../services/logging.js';
import { createAuthentication, refusalFor } from './bot-auth.js';
import { turnLanguage } from './card-reply.js';

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
    if (context.activity.type === 'message') {
      try {
        await context.sendActivity(turnLanguage(context).messages.common.genericError);
      } catch (sendError) {
        logger.warn({ err: sendError }, 'could not tell the user about the failed turn');
      }
    }
  };
  return adapter;
}
