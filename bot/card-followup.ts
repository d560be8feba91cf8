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
 * Cards being finished at most. Past it a turn does its slow work itself (ActionContext.later is
 * absent): a flood of requests then waits for its answers instead of piling up work that would
 * hold every other turn long after the flood, and that a stopping process could not finish.
 */
export const MAX_UNFINISHED = 64;

/** A follow-up started and not yet delivered. */
interface Unfinished {
  done: Promise<void>;
  /** Replaces the card with the failure card: for a process that cannot wait any longer. */
  giveUp: () => Promise<void>;
}

export class CardFollowUps {
  private readonly unfinished = new Set<Unfinished>();

  constructor(
    private readonly messenger: Pick<Messenger, 'send' | 'update'>,
    private readonly logger: Logger,
  ) {}

  /** Whether a turn may leave work for later now (see MAX_UNFINISHED). */
  hasRoom(): boolean {
    return this.unfinished.size < MAX_UNFINISHED;
  }

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
    const entry: Unfinished = {
      done: new Promise<void>((resolve) =>
        setImmediate(() => {
          void this.finish(pending, reference, cardId, messages)
            .catch((error: unknown) => this.logger.error({ err: error }, 'card follow-up failed'))
            .finally(() => {
              this.unfinished.delete(entry);
              resolve();
            });
        }),
      ),
      giveUp: () => this.deliver(reference, cardId, pending.failed ?? failureCard(messages, new Error('stopped before the card was finished'))),
    };
    this.unfinished.add(entry);
  }

  /**
   * For a stopping process (after its last turns, before the store closes): waits up to
   * `limitMs` for the cards still being finished, so nobody is left looking at "Räknar…" for
   * ever. Those not finished by then are replaced by their failure card ("try again").
   */
  async settle(limitMs: number): Promise<void> {
    if (this.unfinished.size === 0) return;
    this.logger.info({ unfinished: this.unfinished.size }, 'waiting for cards still being finished');
    const deadline = Date.now() + limitMs;
    // Work finishing may start more (a queue draining): wait until none is left or time is up.
    while (this.unfinished.size > 0 && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all([...this.unfinished].map((u) => u.done)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, deadline - Date.now()))),
      ]);
      clearTimeout(timer);
    }
    const left = [...this.unfinished];
    if (left.length === 0) return;
    this.logger.warn({ unfinished: left.length }, 'cards not finished before stopping: told to try again');
    await Promise.all(left.map((u) => u.giveUp().catch((error: unknown) => this.logger.error({ err: error }, 'card follow-up could not be replaced'))));
  }

  private async finish({ work, failed }: Pending, reference: Partial<ConversationReference>, cardId: string | undefined, messages: Messages): Promise<void> {
    let card: AdaptiveCard;
    try {
      card = await work();
    } catch (error) {
      this.logger.error({ err: error }, 'card follow-up work failed');
      card = failed ?? failureCard(messages, error);
    }
    await this.deliver(reference, cardId, card);
  }

  private async deliver(reference: Partial<ConversationReference>, cardId: string | undefined, card: AdaptiveCard): Promise<void> {
    // No card to replace (or it is gone): the finished card comes as a new message instead.
    if (cardId && (await this.messenger.update(reference, cardId, cardMessage(card)))) return;
    await this.messenger.send(reference, cardMessage(card));
  }
}
