// Routes Teams activities: typed messages to intents and dialogs, card actions to the
// verb table. Thin on purpose: the work happens in services, the looks in cards.
import {
  TeamsActivityHandler,
  TeamsInfo,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type ConversationState,
  type InvokeResponse,
  type SearchInvokeResponse,
  type SearchInvokeValue,
  type StatePropertyAccessor,
  type UserState,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { VERBS } from '../cards/verbs.js';
import type { Logger } from '../services/logging.js';
import type { AdaptiveCard } from '../cards/types.js';
import type { Actor } from '../services/rights/actor.js';
import type { ActionContext, TeamMember } from './actions/action-request.js';
import { dispatchAction, type RouteTable } from './actions/registry.js';
import { cardInvokeResponse, cardMessage, turnLanguage } from './card-reply.js';
import type { CardFollowUps } from './card-followup.js';
import { failureCard, refusalCard } from './refusals.js';
import type { AnswerPlace } from './dialogs/find-centre.dialog.js';
import { FindCentreDialogs } from './dialogs/lazy-dialogs.js';
import { parseIntent } from './intents.js';
import { BoundedSet } from '../services/bounded.js';

const MAX_WELCOMED = 20_000;
/** As UserState keys a person's profile. */
const userKey = (context: TurnContext) => `${context.activity.channelId}/${context.activity.from.id}`;

interface UserProfile {
  welcomedAt?: string;
}

export interface RcBotDeps {
  conversationState: ConversationState;
  userState: UserState;
  routes: RouteTable;
  /** Who acts, with the roles Teams vouches for this turn (administrators' list, bound channel). */
  resolveActor: (user: { id: string; aadObjectId?: string; name?: string }, team: { id: string } | undefined) => Promise<Actor>;
  answerPlace: AnswerPlace;
  /** Typeahead choices for a Data.Query dataset; empty for unknown datasets. */
  searchChoices: (dataset: string, query: string) => Array<{ title: string; value: string }>;
  /** Keeps where each person can be reached in personal chat, for notices later. */
  rememberConversation: (userId: string, reference: unknown) => Promise<void>;
  /** Keeps a bound channel's posts going to the connector it was last seen through. */
  refreshChannel?: (teamId: string, channelId: string, serviceUrl: string) => Promise<unknown>;
  logger: Logger;
  now?: () => Date;
  /** Cards finished after the turn (ActionContext.later); without it slow work is done in the turn. */
  followUps?: CardFollowUps;
}

export class RcBot extends TeamsActivityHandler {
  private readonly profile: StatePropertyAccessor<UserProfile>;
  private readonly dialogs: FindCentreDialogs;
  private readonly now: () => Date;
  /**
   * People this process has seen welcomed: nothing un-welcomes anyone, so their profile need not
   * be read again (it was a store round trip on every "hej"). Bounded; past it, it starts over.
   */
  private readonly welcomed = new BoundedSet<string>(MAX_WELCOMED);

  constructor(private readonly deps: RcBotDeps) {
    super();
    this.now = deps.now ?? (() => new Date());
    this.profile = deps.userState.createProperty<UserProfile>('profile');
    this.dialogs = new FindCentreDialogs(deps.conversationState.createProperty<DialogState>('dialogState'), deps.answerPlace);

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botWasAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient.id);
      if (botWasAdded) await this.sendWelcome(context);
      await next();
    });
  }

  /** State is saved once, after the whole turn (as in BotBuilder's core-bot). */
  override async run(context: TurnContext): Promise<void> {
    const { activity } = context;
    if (activity.conversation?.conversationType === 'personal' && activity.from?.id && (activity.type === 'message' || activity.type === 'invoke')) {
      await this.deps.rememberConversation(activity.from.id, TurnContext.getConversationReference(activity));
    }
    const channelData = (activity.channelData ?? {}) as { team?: { id?: string }; channel?: { id?: string } };
    if (activity.conversation?.conversationType === 'channel' && channelData.team?.id && channelData.channel?.id && activity.serviceUrl) {
      await this.deps.refreshChannel?.(channelData.team.id, channelData.channel.id, activity.serviceUrl);
    }
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
    this.deps.followUps?.afterTurn(context);
  }

  /**
   * A card action Bot Framework cannot read (no value, no Action.Execute) would get a bare 400
   * or a generic failure, and Teams would show its own error: answer the invalid-input card.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'adaptiveCard/action' && !isExecuteAction(context.activity.value)) {
      return { status: 200, body: cardInvokeResponse(refusalCard(turnLanguage(context).messages, { reason: 'invalid_input' })) };
    }
    return super.onInvokeActivity(context);
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const data = invokeValue.action?.data;
    return cardInvokeResponse(await this.answerAction(context, invokeValue.action?.verb, data));
  }

  /** Dynamic typeahead (Input.ChoiceSet with Data.Query) asks here as the user types. */
  protected override async onSearchInvoke(_context: TurnContext, invokeValue: SearchInvokeValue): Promise<SearchInvokeResponse> {
    const results = this.deps.searchChoices(invokeValue.dataset, invokeValue.queryText ?? '');
    return { statusCode: 200, type: 'application/vnd.microsoft.search.searchResponse', value: { results } } as SearchInvokeResponse;
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const value = context.activity.value as Record<string, unknown> | undefined;
    if (value && typeof value === 'object' && 'verb' in value) {
      // An Action.Submit fallback from a client without Universal Actions.
      await context.sendActivity(cardMessage(await this.answerAction(context, value.verb, value)));
      return;
    }

    const text = TurnContext.removeRecipientMention(context.activity)?.trim() ?? '';
    const intent = parseIntent(text);
    // Undefined when no dialog is under way: then there is nothing to cancel or continue.
    const dialogContext = await this.dialogs.underWay(context);

    if (intent.kind === 'menu') {
      await dialogContext?.cancelAllDialogs();
      await this.sendWelcome(context);
      return;
    }
    if (intent.kind === 'help') {
      await dialogContext?.cancelAllDialogs();
      await context.sendActivity(cardMessage(await this.answerAction(context, VERBS.menuHelp, {})));
      return;
    }
    if (intent.kind === 'action') {
      await dialogContext?.cancelAllDialogs();
      await context.sendActivity(cardMessage(await this.answerAction(context, intent.verb, {})));
      return;
    }
    if (intent.kind === 'findCentre') {
      await this.dialogs.begin(context, intent.place, dialogContext);
      return;
    }
    if (dialogContext && (await dialogContext.continueDialog()).status !== 'empty') return;

    if (!(await this.wasWelcomed(context))) {
      await this.sendWelcome(context);
      return;
    }
    // A few likely actions for what was written, not the whole menu again.
    await context.sendActivity(cardMessage(await this.answerAction(context, VERBS.menuSuggest, { text })));
  }

  private async sendWelcome(context: TurnContext): Promise<void> {
    await context.sendActivity(cardMessage(await this.answerAction(context, VERBS.menuShow, {})));
    if (await this.wasWelcomed(context)) return;
    const profile = await this.profile.get(context, {});
    profile.welcomedAt ??= this.now().toISOString();
    await this.profile.set(context, profile);
    this.remember(userKey(context));
  }

  private async wasWelcomed(context: TurnContext): Promise<boolean> {
    const id = userKey(context);
    if (this.welcomed.has(id)) return true;
    if (!(await this.profile.get(context, {})).welcomedAt) return false;
    this.remember(id);
    return true;
  }

  private remember(userId: string): void {
    this.welcomed.add(userId);
  }

  /**
   * Every card action, command and menu ends here and always answers with a card: what the
   * verb's handler made, or the refusal or failure in the catalogue's words. Nothing a card
   * sends, and no failure of the store, leaves the person without an answer.
   */
  private async answerAction(context: TurnContext, verb: unknown, data: unknown): Promise<AdaptiveCard> {
    const language = turnLanguage(context);
    try {
      const cardData = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
      return await dispatchAction(this.deps.routes, verb, cardData, await this.actionContext(context));
    } catch (error) {
      this.deps.logger.error({ err: error, verb: typeof verb === 'string' ? verb.slice(0, 80) : typeof verb }, 'card action failed');
      return failureCard(language.messages, error);
    }
  }

  private async actionContext(context: TurnContext): Promise<ActionContext> {
    const { activity } = context;
    const type = activity.conversation?.conversationType;
    const channelData = (activity.channelData ?? {}) as { team?: { id?: string }; channel?: { id?: string } };
    const team = channelData.team?.id ? { id: channelData.team.id, channelId: channelData.channel?.id } : undefined;
    const user = { id: activity.from.id, aadObjectId: activity.from.aadObjectId, name: activity.from.name };
    let roster: Promise<TeamMember[]> | undefined;
    const { locale, messages } = turnLanguage(context);
    // Named rather than spread first: see services/consultation/record-draft.ts.
    return {
      locale,
      messages,
      actor: await this.deps.resolveActor(user, team),
      conversation: {
        id: activity.conversation.id,
        type: type === 'personal' || type === 'groupChat' || type === 'channel' ? type : 'unknown',
        tenantId: activity.conversation.tenantId,
      },
      team,
      reference: TurnContext.getConversationReference(activity),
      // Asked once per turn however often a handler needs the roster: each ask is a call to Teams.
      teamMembers: () => (roster ??= rosterOf(context)),
      ...(this.deps.followUps?.hasRoom() ? { later: this.deps.followUps.laterFor(context) } : {}),
    };
  }
}

/** The people of the team or group chat the turn came from (none in personal chat), every page of them. */
async function rosterOf(context: TurnContext): Promise<TeamMember[]> {
  const type = context.activity.conversation?.conversationType;
  if (type !== 'channel' && type !== 'groupChat') return [];
  const members: TeamMember[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await TeamsInfo.getPagedMembers(context, 500, continuationToken);
    members.push(...page.members.map((m) => ({ id: m.id, aadObjectId: m.aadObjectId, name: m.name })));
    continuationToken = page.continuationToken;
  } while (continuationToken);
  return members;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The shape of an Action.Execute invoke's value that Bot Framework reads without failing. */
function isExecuteAction(value: unknown): boolean {
  return isObject(value) && isObject(value.action) && value.action.type === 'Action.Execute';
}
