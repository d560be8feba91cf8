// Delivers a case's thread proactively: the RC's message to the professional's personal chat
// (the conversation kept at submit, as the answer is delivered), and the professional's to the
// RC's channel: the case's card updated in place and a short message under it.
import { fill, messagesFor, resolveLocale } from '../../cards/i18n/catalogue.js';
import { noticeCard } from '../../cards/notice.card.js';
import { threadMessageCard } from '../../cards/consultation/thread.card.js';
import type { ChannelBindings } from '../../services/consultation/channel-binding.js';
import type { ConsultationRecord } from '../../services/consultation/record.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import { cardMessage } from '../card-reply.js';
import { channelRoot, type Messenger } from '../messenger.js';
import type { ConversationReference } from 'botbuilder';
import type { ConsultationNotifier } from './notifier.js';
import { CHANNEL_MESSAGES, consultationView } from './views.js';

type Reference = Partial<ConversationReference>;

export class ThreadNotifier {
  constructor(
    private readonly messenger: Messenger,
    private readonly bindings: ChannelBindings,
    private readonly notifier: ConsultationNotifier,
    private readonly directory: () => DirectoryIndex,
  ) {}

  /** The RC's latest message to the professional; false when they cannot be reached (it waits in "Mina konsultationer"). */
  async toRequester(record: ConsultationRecord): Promise<boolean> {
    const last = record.thread.at(-1);
    if (!record.requesterConversation || !last || last.from !== 'coordinator' || last.text === null) return false;
    const reference = record.requesterConversation as Reference;
    const locale = resolveLocale(reference.locale);
    const kind = last.kind === 'question' ? 'question' : 'info';
    const card = threadMessageCard({ messages: messagesFor(locale), consultation: consultationView(this.directory(), record, locale), kind, text: last.text });
    return (await this.messenger.send(reference, cardMessage(card))).delivered;
  }

  /** The professional wrote: the channel card shows it, and a short message under the card says so. */
  async toCentre(record: ConsultationRecord): Promise<void> {
    await this.notifier.refreshChannelCard(record);
    const last = record.thread.at(-1);
    const binding = await this.bindings.forCentre(record.rcId);
    if (!binding || !record.channelActivityId || !last) return;
    const t = CHANNEL_MESSAGES.caseThread;
    const template = last.kind === 'new_contact' ? t.channelNewContact : last.kind === 'reply' ? t.channelReply : t.channelInfo;
    const root = channelRoot(binding.conversationReference as Reference);
    // Under the case's card, so the channel's conversation about the case stays in one place.
    const underCard = { ...root, conversation: { ...root.conversation!, id: `${root.conversation?.id};messageid=${record.channelActivityId}` } };
    await this.messenger.send(underCard, cardMessage(noticeCard({ messages: CHANNEL_MESSAGES, text: fill(template, { reference: record.reference }) })));
  }
}
