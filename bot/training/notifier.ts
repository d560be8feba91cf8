// Keeps the RC's channel and the people concerned informed about trainings: posts a new order
// to the RC's channel (or the national one, as consultations do) and updates that card in
// place; tells the requester each step in their personal chat; tells those registered of a
// cancellation, a move or a freed place; asks each registered person once for an evaluation.
import type { ConversationReference } from 'botbuilder';
import { fill, messagesFor, resolveLocale, type Messages } from '../../cards/i18n/catalogue.js';
import { noticeCard } from '../../cards/notice.card.js';
import { trainingRequestChannelCard } from '../../cards/training/request-channel.card.js';
import { trainingEvaluationCard } from '../../cards/training/after.card.js';
import { landingOf, type ChannelBindings, type Landing } from '../../services/consultation/channel-binding.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import type { OnceLedger } from '../../services/jobs/once-ledger.js';
import type { Booking } from '../../services/sessions/model.js';
import { evaluationKey } from '../../services/training/after.js';
import type { Notify } from '../../services/training/events.js';
import type { TrainingEvent, TrainingRequest } from '../../services/training/model.js';
import type { TrainingService } from '../../services/training/training-service.js';
import { cardMessage } from '../card-reply.js';
import { CHANNEL_MESSAGES } from '../consultation/views.js';
import { formatLocalDate } from '../format.js';
import { channelRoot, type Messenger } from '../messenger.js';
import type { SessionNotifier } from '../sessions/notifier.js';
import { proposalTexts, requestView, whereOf } from './views.js';

type Reference = Partial<ConversationReference>;

export class TrainingNotifier {
  constructor(
    private readonly messenger: Messenger,
    private readonly bindings: ChannelBindings,
    private readonly trainings: TrainingService,
    private readonly directory: () => DirectoryIndex,
    /** Reaches a person by id in their personal chat (the sessions' notifier does this already). */
    private readonly people: Pick<SessionNotifier, 'tell'> & { referenceFor(userId: string): Promise<unknown> },
    private readonly once: Pick<OnceLedger, 'claimOnce'>,
  ) {}

  /** Posts the order to its RC's channel, else the national one; says where it went. */
  async announce(request: TrainingRequest): Promise<Landing> {
    const destination = await this.bindings.destinationFor(request.rcId);
    if (destination.kind === 'none') return landingOf(destination);
    const card = this.channelCard(request, undefined, destination.kind === 'national');
    const sent = await this.messenger.send(channelRoot(destination.binding.conversationReference as Reference), cardMessage(card));
    if (sent.delivered && destination.kind === 'centre') await this.trainings.setChannelActivity(request.rcId, request.id, sent.activityId);
    return landingOf(destination);
  }

  /** Everyone in the channel sees the order's current state and only the buttons it allows. */
  async refresh(request: TrainingRequest, notice?: { text: string; tone: 'good' | 'attention' }): Promise<void> {
    if (!request.channelActivityId) return;
    const binding = await this.bindings.forCentre(request.rcId);
    if (!binding) return;
    await this.messenger.update(channelRoot(binding.conversationReference as Reference), request.channelActivityId, cardMessage(this.channelCard(request, notice)));
  }

  channelCard(request: TrainingRequest, notice?: { text: string; tone: 'good' | 'attention' }, national = false) {
    return trainingRequestChannelCard({ messages: CHANNEL_MESSAGES, request: requestView(this.directory(), request, CHANNEL_MESSAGES, 'sv'), ...(notice ? { notice } : {}), national });
  }

  /** The requester learns of each step: taken, dates proposed, declined, planned. False when unreachable. */
  async tellRequester(request: TrainingRequest, event?: TrainingEvent): Promise<boolean> {
    if (!request.requesterConversation) return false;
    const reference = request.requesterConversation as Reference;
    const locale = resolveLocale(reference.locale);
    const m = messagesFor(locale);
    const centre = this.directory().centre(request.rcId)?.name ?? request.rcId;
    const values = { centre, topic: m.training.topics[request.topic] };
    const n = m.training.notices;
    const text =
      request.status === 'planned' && event
        ? fill(n.planned, { title: event.title, date: formatLocalDate(event.date, locale), start: event.start })
        : request.status === 'proposed'
          ? fill(n.proposed, { ...values, dates: proposalTexts(request, locale).join(', ') })
          : request.status === 'declined'
            ? fill(n.declined, { ...values, reason: request.declineReason ?? '' })
            : fill(n.taken, values);
    return (await this.messenger.send(reference, cardMessage(noticeCard({ messages: m, text })))).delivered;
  }

  async cancelled(event: TrainingEvent, notify: Notify): Promise<void> {
    const text = (m: Messages) => fill(m.training.notices.cancelled, { title: event.title, date: formatLocalDate(event.date, 'sv'), start: event.start, reason: event.cancelReason ?? '' });
    for (const userId of [...notify.booked.map((b) => b.person.id), ...notify.waiting.map((w) => w.person.id)]) await this.people.tell(userId, text);
  }

  async rescheduled(event: TrainingEvent, notify: Notify): Promise<void> {
    const values = { title: event.title, date: formatLocalDate(event.date, 'sv'), start: event.start, end: event.end, where: whereOf(event) };
    for (const booking of notify.booked) await this.people.tell(booking.person.id, (m) => fill(m.training.notices.rescheduled, values));
  }

  async promoted(event: TrainingEvent, promoted: readonly Booking[]): Promise<void> {
    const values = { title: event.title, date: formatLocalDate(event.date, 'sv'), start: event.start };
    for (const booking of promoted) await this.people.tell(booking.person.id, (m) => fill(m.training.notices.promoted, values));
  }

  /** Each registered person once, across instances and repeated saves of the counts. */
  async askEvaluations(event: TrainingEvent): Promise<number> {
    let asked = 0;
    for (const booking of event.bookings) {
      if (!(await this.once.claimOnce(evaluationKey(event.id, booking.person.id)))) continue;
      const reference = (await this.people.referenceFor(booking.person.id)) as Reference | undefined;
      if (!reference) continue;
      const m = messagesFor(resolveLocale(reference.locale));
      const card = trainingEvaluationCard({ messages: m, rcId: event.rcId, eventId: event.id, title: event.title, values: {}, errors: {}, done: false, warned: false });
      if ((await this.messenger.send(reference, cardMessage(card))).delivered) asked++;
    }
    return asked;
  }
}
