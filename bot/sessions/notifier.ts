// Tells people about their network sessions in their personal chat: a cancelled or moved
// session, a place freed from the waiting list, the rating question, and reminders.
import { cardMessage } from '../card-reply.js';
import { sessionRatingCard } from '../../cards/sessions/attendance.card.js';
import { fill, messagesFor } from '../../cards/i18n/catalogue.js';
import type { Session } from '../../services/sessions/model.js';
import type { UserConversations } from '../../services/notify/user-conversations.js';
import type { ConversationReference } from 'botbuilder';
import { channelRoot, type Messenger } from '../messenger.js';
import type { Network } from '../../services/sessions/model.js';
import { formatLocalDate } from '../format.js';

/** Reminders and notices in Swedish, the product's first language, unless the chat was English. */
function languageOf(reference: unknown) {
  return messagesFor((reference as Partial<ConversationReference>).locale?.startsWith('en') ? 'en' : 'sv');
}

export class SessionNotifier {
  constructor(
    private readonly messenger: Messenger,
    private readonly people: UserConversations,
  ) {}

  /** False when the person has never talked to the bot in personal chat, or blocked it. */
  async tell(userId: string, text: (m: ReturnType<typeof messagesFor>) => string): Promise<boolean> {
    const reference = await this.people.referenceFor(userId);
    if (!reference) return false;
    const sent = await this.messenger.send(reference as Partial<ConversationReference>, { type: 'message', text: text(languageOf(reference)) });
    return sent.delivered;
  }

  /** Session news in the network's own channel, when its lead bound one. In Swedish: a shared room. */
  async toChannel(network: Network | undefined, text: (m: ReturnType<typeof messagesFor>) => string): Promise<boolean> {
    if (!network?.conversationReference) return false;
    const reference = channelRoot(network.conversationReference as Partial<ConversationReference>);
    return (await this.messenger.send(reference, { type: 'message', text: text(messagesFor('sv')) })).delivered;
  }

  async askRating(userId: string, networkId: string, session: Session): Promise<boolean> {
    const reference = await this.people.referenceFor(userId);
    if (!reference) return false;
    const messages = languageOf(reference);
    const card = sessionRatingCard({ messages, networkId, sessionId: session.id, date: formatLocalDate(session.date, 'sv'), rated: false });
    return (await this.messenger.send(reference as Partial<ConversationReference>, cardMessage(card))).delivered;
  }

  cancelled(userId: string, session: Session, reason: string) {
    return this.tell(userId, (m) => fill(m.sessions.cancel.notice, { date: formatLocalDate(session.date, 'sv'), start: session.start, reason }));
  }

  promoted(userId: string, session: Session, orgName: string) {
    return this.tell(userId, (m) => fill(m.sessions.booking.promoted, { org: orgName, date: formatLocalDate(session.date, 'sv'), start: session.start }));
  }
}
