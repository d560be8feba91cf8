// Keeps the RC channel and the professional informed: posts new requests, updates a request's
// card in place after every change, delivers answers and the one-week follow-up question.
import { cardMessage } from '../card-reply.js';
import { adviceFollowedCard } from '../../cards/consultation/answer-delivery.card.js';
import { messagesFor, resolveLocale } from '../../cards/i18n/catalogue.js';
import { ADVICE_FOLLOWED } from '../../services/consultation/codes.js';
import type { ChannelBindings } from '../../services/consultation/channel-binding.js';
import type { ConsultationService } from '../../services/consultation/consultation-service.js';
import type { ConsultationRecord } from '../../services/consultation/record.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import type { Logger } from '../../services/logging.js';
import { channelRoot, type Messenger } from '../messenger.js';
import type { ConversationReference } from 'botbuilder';
import { answerCard, channelCard, consultationView } from './views.js';

type Reference = Partial<ConversationReference>;

// "No channel bound" is for an administrator to act on, not news on every submit: said once per
// RC per this period by each instance (it was a pretty-printed warning on every request).
const UNBOUND_WARNING_EVERY_MS = 60 * 60_000;

export class ConsultationNotifier {
  private readonly unboundWarned = new Map<string, number>();

  constructor(
    private readonly messenger: Messenger,
    private readonly bindings: ChannelBindings,
    private readonly consultations: ConsultationService,
    private readonly directory: () => DirectoryIndex,
    private readonly logger: Logger,
  ) {}

  /** Posts the request to its RC's channel and remembers the card, so it can be updated in place. */
  async announce(record: ConsultationRecord): Promise<boolean> {
    const binding = await this.bindings.forCentre(record.rcId);
    if (!binding) {
      const now = Date.now();
      if (now - (this.unboundWarned.get(record.rcId) ?? -Infinity) >= UNBOUND_WARNING_EVERY_MS) {
        this.unboundWarned.set(record.rcId, now);
        this.logger.warn({ rcId: record.rcId, reference: record.reference }, 'no channel bound for this RC: its requests wait in storage until one is bound');
      }
      return false;
    }
    const sent = await this.messenger.send(channelRoot(binding.conversationReference as Reference), cardMessage(channelCard(this.directory(), record)));
    if (sent.delivered) await this.consultations.setChannelActivity(record.rcId, record.id, sent.activityId);
    return sent.delivered;
  }

  /** Everyone in the channel sees the current state and only the buttons it allows. */
  async refreshChannelCard(record: ConsultationRecord, notice?: { text: string; tone: 'good' | 'attention' }): Promise<void> {
    if (!record.channelActivityId) return;
    const binding = await this.bindings.forCentre(record.rcId);
    if (!binding) return;
    await this.messenger.update(channelRoot(binding.conversationReference as Reference), record.channelActivityId, cardMessage(channelCard(this.directory(), record, notice)));
  }

  /** False when the professional can no longer be reached: the answer stays in "Mina konsultationer". */
  async deliverAnswer(record: ConsultationRecord): Promise<boolean> {
    if (!record.requesterConversation) return false;
    const reference = record.requesterConversation as Reference;
    const locale = resolveLocale(reference.locale);
    const sent = await this.messenger.send(reference, cardMessage(answerCard(this.directory(), record, messagesFor(locale), locale)));
    return sent.delivered;
  }

  async askFollowUp(record: ConsultationRecord): Promise<boolean> {
    if (!record.requesterConversation) return false;
    const reference = record.requesterConversation as Reference;
    const locale = resolveLocale(reference.locale);
    const consultation = consultationView(this.directory(), record, locale);
    const sent = await this.messenger.send(reference, cardMessage(adviceFollowedCard({ messages: messagesFor(locale), consultation, codes: ADVICE_FOLLOWED })));
    return sent.delivered;
  }
}
