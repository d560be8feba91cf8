import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { AppConfig } from '../services/config.js';
import type { Logger } from '../services/logging.js';
import { turnLanguage } from './card-reply.js';

/** Empty credentials (local mode) make Bot Framework skip authentication: config.ts guards that. */
export function createAdapter(config: AppConfig, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppType: config.bot.appType,
    MicrosoftAppTenantId: config.bot.tenantId,
  });
  const adapter = new CloudAdapter(auth);
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
