// Cards that finish after the turn: the turn answers at once ("Räknar…") and the finished card
// replaces that card in place when the slow work is done. An invoke must be answered within
// Teams' time limit, and a long synchronous count would hold every other turn meanwhile.
import { TurnContext, type ConversationReference } from 'botbuilder';
import type { Messages } from '../cards/i18n/catalogue.js';
import type { AdaptiveCard } from '../cards/types.js';
import type { Logger } from '../services/logging.js';
import { cardMessage, turnLanguage } from './card-reply.js';
import type { Messenger } from './messenger.js';
import { failureCard } from './refusals.js';

type Work = () => Promise<AdaptiveCard>;
interface Pending {
  work: Work;
  failed?: AdaptiveCard;
  /** The id of the card this turn sent (a typed command); an invoke replaces the card it came from. */
  sentId?: string;
}

const PENDING = Symbol('card follow-up');
/**
 * How many follow-ups work at once; the rest wait their turn in order. Each statistics count holds
 * the period's records while it runs, so a burst of "statistik" (64 at once in bench-turns) held
 * them all together: the process's peak memory. Two keep both cores busy.
 */
const AT_ONCE = 2;

export class CardFollowUps {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly messenger: Pick<Messenger, 'send' | 'update'>,
    private readonly logger: Logger,
  ) {}

  /** The `later` of a turn's ActionContext: keeps the work, and the id of the card the turn sends. */
  laterFor(context: TurnContext): (work: Work, failed?: AdaptiveCard) => void {
    return (work, failed) => {
      const pending: Pending = { work, ...(failed ? { failed } : {}) };
      context.turnState.set(PENDING, pending);
      context.onSendActivities(async (_context, activities, next) => {
        const responses = await next();
        // A message's card; an invoke's answer (type invokeResponse) has no id of its own.
        activities.forEach((activity, i) => {
          if (activity.type === 'message' && responses[i]?.id) pending.sentId = responses[i].id;
        });
        return responses;
      });
    };
  }

  /**
   * Called at the end of the turn. The work starts on the next tick, after the invoke's answer has
   * been written, so the update cannot reach Teams before the card it replaces.
   */
  afterTurn(context: TurnContext): void {
    const pending = context.turnState.get(PENDING) as Pending | undefined;
    if (!pending) return;
    const reference = TurnContext.getConversationReference(context.activity);
    const cardId = pending.sentId ?? context.activity.replyToId;
    const { messages } = turnLanguage(context);
    setImmediate(() => {
      void this.inTurn(() => this.finish(pending, reference, cardId, messages)).catch((error: unknown) => this.logger.error({ err: error }, 'card follow-up failed'));
    });
  }

  private async inTurn(run: () => Promise<void>): Promise<void> {
    // A finishing follow-up hands its place to the next waiting one, so never more than AT_ONCE run.
    if (this.running < AT_ONCE) this.running++;
    else await new Promise<void>((start) => this.waiting.push(start));
    try {
      await run();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  private async finish({ work, failed }: Pending, reference: Partial<ConversationReference>, cardId: string | undefined, messages: Messages): Promise<void> {
    let card: AdaptiveCard;
    try {
      card = await work();
    } catch (error) {
      this.logger.error({ err: error }, 'card follow-up work failed');
      card = failed ?? failureCard(messages, error);
    }
    // No card to replace (or it is gone): the finished card comes as a new message instead.
    if (cardId && (await this.messenger.update(reference, cardId, cardMessage(card)))) return;
    await this.messenger.send(reference, cardMessage(card));
  }
}
