// Tells people about their network sessions in their personal chat: a cancelled or moved
// session, a place freed from the waiting list, the rating question, and reminders.
import { cardMessage } from '../card-reply.js';
import { sessionRatingCard } from '../../cards/sessions/attendance.card.js';
import { fill, messagesFor, type Messages } from '../../cards/i18n/catalogue.js';
import type { Booking, Session } from '../../services/sessions/model.js';
import type { Notify } from '../../services/sessions/series.js';
import type { UserConversations } from '../../services/notify/user-conversations.js';
import type { ConversationReference } from 'botbuilder';
import { channelRoot, type Messenger } from '../messenger.js';
import type { Network } from '../../services/sessions/model.js';
import { formatLocalDate, listDateFormat } from '../format.js';

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

  /** Everyone booked or waiting, and the network's channel, learn of the cancellation at once. */
  async sessionCancelled(network: Network | undefined, session: Session, notify: Notify, reason: string): Promise<void> {
    const text = (m: Messages) => fill(m.sessions.cancel.notice, { date: formatLocalDate(session.date, 'sv'), start: session.start, reason });
    for (const userId of [...notify.booked.map((b) => b.person.id), ...notify.waiting.map((w) => w.person.id)]) await this.tell(userId, text);
    await this.toChannel(network, text);
  }

  /** The booked and the channel learn the new time or link; nothing is sent when nothing changed. */
  async sessionRescheduled(network: Network | undefined, session: Session, notify: Notify): Promise<void> {
    const values = { network: network?.name ?? '', date: formatLocalDate(session.date, 'sv'), start: session.start, url: session.meetingUrl ?? network?.meetingUrl ?? '' };
    const text = (m: Messages) => fill(m.sessions.reschedule.notice, values);
    for (const booking of notify.booked) await this.tell(booking.person.id, text);
    await this.toChannel(network, text);
  }

  /** Whoever moved up from the waiting list when a place was freed. */
  async promoted(network: Network | undefined, session: Session, promoted: readonly Booking[]): Promise<void> {
    for (const booking of promoted) {
      const org = network?.organisations.find((o) => o.id === booking.orgId)?.name ?? '';
      await this.tell(booking.person.id, (m) => fill(m.sessions.booking.promoted, { org, date: formatLocalDate(session.date, 'sv'), start: session.start }));
    }
  }

  async seriesPlanned(network: Network, sessions: readonly Session[]): Promise<void> {
    const date = listDateFormat(sessions.map((s) => s.date), 'sv');
    // A Markdown list, one date a line, as Teams shows it in the channel.
    const dates = sessions.map((s) => `\n- ${date(s.date)} ${s.start}`).join('');
    await this.toChannel(network, (m) => fill(m.sessions.network.channelSeries, { network: network.name, dates }));
  }

  /** After attendance: each participant is asked for a 1–5 rating. */
  async attendanceRecorded(networkId: string, session: Session, participants: ReadonlyArray<{ person: { id: string } }>): Promise<void> {
    for (const participant of participants) await this.askRating(participant.person.id, networkId, session);
  }
}
