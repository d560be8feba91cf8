// Proactive messages: the answer to the professional's personal chat, new requests to the
// RC's channel, and in-place updates of a channel card. Knows nothing of consultations.
import { TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Logger } from '../services/logging.js';

export type Delivery = { delivered: true; activityId: string } | { delivered: false; reason: 'unreachable' | 'failed' };

/** A channel's own conversation (a new post), not the thread a card happened to be in. */
export function channelRoot(reference: Partial<ConversationReference>): Partial<ConversationReference> {
  const id = reference.conversation?.id ?? '';
  return { ...reference, activityId: undefined, conversation: { ...reference.conversation!, id: id.split(';messageid=')[0] ?? id } };
}

function isUnreachable(error: unknown): boolean {
  const status = (error as { statusCode?: number }).statusCode;
  const code = (error as { code?: string }).code ?? '';
  // 403: blocked or uninstalled; 404: the conversation is gone.
  return status === 403 || status === 404 || /BotNotInConversationRoster|ConversationNotFound|ConversationBlockedByUser/.test(code);
}

export class Messenger {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly logger: Logger,
  ) {}

  async send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<Delivery> {
    let activityId = '';
    const error = await this.proactively(reference, async (context) => {
      activityId = (await context.sendActivity(activity))?.id ?? '';
    });
    if (error === undefined) return { delivered: true, activityId };
    this.logger.warn({ err: error }, 'proactive message not delivered');
    return { delivered: false, reason: isUnreachable(error) ? 'unreachable' : 'failed' };
  }

  async update(reference: Partial<ConversationReference>, activityId: string, activity: Partial<Activity>): Promise<boolean> {
    const error = await this.proactively(reference, async (context) => {
      await context.updateActivity({ ...activity, id: activityId, conversation: context.activity.conversation } as Partial<Activity>);
    });
    if (error !== undefined) this.logger.warn({ err: error }, 'card update not delivered');
    return error === undefined;
  }

  /**
   * CloudAdapter hands errors thrown in a proactive turn to onTurnError instead of rethrowing,
   * so the outcome is caught inside the turn. Returns the error, or undefined on success.
   */
  private async proactively(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<unknown> {
    let failure: unknown;
    try {
      await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
        try {
          await logic(context);
        } catch (error) {
          failure = error ?? new Error('proactive turn failed');
        }
      });
    } catch (error) {
      failure = error;
    }
    return failure;
  }
}
