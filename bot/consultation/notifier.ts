// Keeps the RC channel and the professional informed: posts new requests, updates a request's
// card in place after every change, delivers answers and the one-week follow-up question.
import { cardMessage } from '../card-reply.js';
import { adviceFollowedCard } from '../../cards/consultation/answer-delivery.card.js';
import { fill, messagesFor, resolveLocale } from '../../cards/i18n/catalogue.js';
import { noticeCard } from '../../cards/notice.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { passedToYouCard } from '../../cards/consultation/passed-to-you.card.js';
import { waitingDigestCard } from '../../cards/consultation/waiting-digest.card.js';
import { formatInstant, formatLongDate } from '../format.js';
import { ADVICE_FOLLOWED } from '../../services/consultation/codes.js';
import { landingOf, type ChannelBindings, type Landing } from '../../services/consultation/channel-binding.js';
import type { ConsultationService } from '../../services/consultation/consultation-service.js';
import type { ConsultationRecord } from '../../services/consultation/record.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import type { Logger } from '../../services/logging.js';
import type { CoordinatorRoster } from '../../services/consultation/coordinator-roster.js';
import type { UserConversations } from '../../services/notify/user-conversations.js';
import { channelRoot, type Messenger } from '../messenger.js';
import type { ConversationReference } from 'botbuilder';
import { channelMessageUrl } from './case-link.js';
import { answerCard, CHANNEL_MESSAGES, channelCard, consultationView, type ChannelExtras } from './views.js';

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
    /** Who coordinates an RC and where each person can be reached, for notices in personal chat. */
    private readonly people?: { roster: Pick<CoordinatorRoster, 'coordinatorsOf'>; people: Pick<UserConversations, 'referenceFor'> },
  ) {}

  /**
   * A colleague passed the case to this coordinator: told in their personal chat, when the bot
   * has it, with the reference and a link to the case's card in the channel. False when not reached.
   */
  async tellPassedTo(record: ConsultationRecord, by: string): Promise<boolean> {
    const to = record.claimedBy;
    if (!this.people || !to) return false;
    const reference = (await this.people.people.referenceFor(to.id)) as Reference | undefined;
    if (!reference) return false;
    const binding = record.channelActivityId ? await this.bindings.forCentre(record.rcId) : undefined;
    const openUrl = binding && record.channelActivityId ? channelMessageUrl(binding.conversationReference as Reference, record.channelActivityId) : undefined;
    const messages = messagesFor(resolveLocale(reference.locale));
    const card = passedToYouCard({ messages, reference: record.reference, by, ...(openUrl ? { openUrl } : {}) });
    return (await this.messenger.send(reference, cardMessage(card))).delivered;
  }

  /**
   * A request has waited past its target: each of the RC's known coordinators (those who have
   * acted in its channel) is told in their personal chat. Returns how many were reached.
   */
  async tellCoordinatorsOverdue(record: ConsultationRecord): Promise<number> {
    if (!this.people) return 0;
    const centre = this.directory().centre(record.rcId)?.name ?? record.rcId;
    const { targetHours } = await this.consultations.timing(record);
    let reached = 0;
    for (const userId of await this.people.roster.coordinatorsOf(record.rcId)) {
      const reference = (await this.people.people.referenceFor(userId)) as Reference | undefined;
      if (!reference) continue;
      const messages = messagesFor(resolveLocale(reference.locale));
      const text = fill(messages.consultation.queue.overdueNotice, { reference: record.reference, centre, target: targetHours });
      if ((await this.messenger.send(reference, cardMessage(noticeCard({ messages, text, tone: 'attention' })))).delivered) reached++;
    }
    return reached;
  }

  /**
   * Posts the request to its RC's channel and remembers the card, so it can be updated in place;
   * when the RC has no channel (or is not in service), to the national channel, marked so.
   * Says where it went, for the receipt.
   */
  async announce(record: ConsultationRecord, options: { reminder?: boolean; etag?: string } = {}): Promise<Landing> {
    const destination = await this.bindings.destinationFor(record.rcId);
    const log = { rcId: record.rcId, reference: record.reference };
    if (destination.kind === 'none') {
      // A message for an administrator, not a line per submit: once an hour per RC.
      if (this.firstInAnHour(record.rcId)) this.logger.error(log, 'neither the RC nor the national channel is bound: requests wait in storage until one is');
      return landingOf(destination);
    }
    const timing = await this.consultations.timing(record);
    const notice = options.reminder ? { text: fill(CHANNEL_MESSAGES.consultation.channel.reannounced, { target: timing.targetHours }), tone: 'attention' as const } : undefined;
    if (destination.kind === 'national') {
      if (this.firstInAnHour(record.rcId)) this.logger.warn({ ...log, why: destination.why }, 'the RC has no channel (or is closed): its requests go to the national channel');
      const closedUntil = destination.closed ? formatLongDate(destination.closed.to, 'sv') : undefined;
      const card = channelCard(this.directory(), record, notice, { timing, national: destination.why, ...(closedUntil ? { closedUntil } : {}) });
      const sent = await this.messenger.send(channelRoot(destination.binding.conversationReference as Reference), cardMessage(card));
      // Kept so the copy can say where the request went once the RC's own channel takes it.
      if (sent.delivered) await this.consultations.setChannelActivity(record.rcId, record.id, sent.activityId, 'national');
      return landingOf(destination);
    }
    const sent = await this.messenger.send(channelRoot(destination.binding.conversationReference as Reference), cardMessage(channelCard(this.directory(), record, notice, { timing })));
    const known = options.etag === undefined ? undefined : { record, etag: options.etag };
    if (sent.delivered) {
      await this.consultations.setChannelActivity(record.rcId, record.id, sent.activityId, 'centre', known);
      // The national channel's copy now says where it went, and offers nothing more to do there.
      if (record.nationalActivityId) await this.updateNationalCopy({ ...record, channelActivityId: sent.activityId });
    }
    return landingOf(destination);
  }

  /**
   * The national channel's copy of a request shows its current state: while it waits there, why;
   * once the RC's channel has it, that it went there (and who took it, when someone has).
   */
  private async updateNationalCopy(record: ConsultationRecord): Promise<void> {
    if (!record.nationalActivityId) return;
    const national = await this.bindings.national();
    if (!national) return;
    let extras: ChannelExtras = { national: 'handedOver' };
    if (!record.channelActivityId) {
      const destination = await this.bindings.destinationFor(record.rcId);
      const closed = destination.kind === 'centre' ? undefined : destination.closed;
      extras = { national: destination.kind === 'centre' ? 'no_channel' : destination.why, ...(closed ? { closedUntil: formatLongDate(closed.to, 'sv') } : {}) };
    }
    const card = channelCard(this.directory(), record, undefined, { ...extras, timing: await this.consultations.timing(record) });
    await this.messenger.update(channelRoot(national.conversationReference as Reference), record.nationalActivityId, cardMessage(card));
  }

  /** Where a request already stored went (a second click on "send" posts nothing new). */
  async whereItWent(record: ConsultationRecord): Promise<Landing> {
    return record.channelActivityId ? { kind: 'centre' } : landingOf(await this.bindings.destinationFor(record.rcId));
  }

  /**
   * The RC's channel was just bound, or the RC opened again after a closed period: every open
   * request that never reached its channel is posted there once, oldest first. `once` lets a
   * job run on several instances post each request once.
   */
  async postWaiting(rcId: string, once: (record: ConsultationRecord) => Promise<boolean> = async () => true): Promise<number> {
    let posted = 0;
    for (const record of await this.consultations.awaitingChannel(rcId)) {
      if ((await this.bindings.destinationFor(rcId)).kind !== 'centre') break;
      if (!(await once(record))) continue;
      if ((await this.announce(record)).kind === 'centre') posted++;
    }
    return posted;
  }

  /** RCs whose requests wait for their channel though it now takes them (a closed period ended). */
  async rcsReadyForWaiting(): Promise<string[]> {
    const ready: string[] = [];
    for (const row of await this.consultations.waitingForChannels()) {
      if ((await this.bindings.destinationFor(row.rcId)).kind === 'centre') ready.push(row.rcId);
    }
    return ready;
  }

  /**
   * The administrators' daily list in the national channel: RCs without a channel of their own
   * whose requests wait for one. False when there is nothing to list or nowhere to post it.
   */
  async postWaitingDigest(): Promise<boolean> {
    const rows = [];
    for (const row of await this.consultations.waitingForChannels()) {
      const destination = await this.bindings.destinationFor(row.rcId);
      if (destination.kind === 'centre') continue;
      // A closed RC with its own channel needs nothing from an administrator: its requests go there when it opens.
      if (destination.why === 'closed' && (await this.bindings.forCentre(row.rcId))) continue;
      rows.push({ centreName: this.directory().centre(row.rcId)?.name ?? row.rcId, count: row.count, oldestReceivedAt: formatInstant(row.oldest, 'sv') });
    }
    if (rows.length === 0) return false;
    const national = await this.bindings.national();
    if (!national) {
      this.logger.error({ rcs: rows.length }, 'requests wait for RC channels and no national channel is bound to list them in');
      return false;
    }
    const card = waitingDigestCard({ messages: CHANNEL_MESSAGES, rows });
    return (await this.messenger.send(channelRoot(national.conversationReference as Reference), cardMessage(card))).delivered;
  }

  /** An urgent request still untaken after its second period: the national channel is told too. */
  async escalateToNational(record: ConsultationRecord): Promise<boolean> {
    const national = await this.bindings.national();
    if (!national) {
      this.logger.error({ rcId: record.rcId, reference: record.reference }, 'an urgent request is untaken and no national channel is bound');
      return false;
    }
    const card = channelCard(this.directory(), record, undefined, { timing: await this.consultations.timing(record), national: 'escalated' });
    const sent = await this.messenger.send(channelRoot(national.conversationReference as Reference), cardMessage(card));
    if (sent.delivered) await this.consultations.setChannelActivity(record.rcId, record.id, sent.activityId, 'national');
    return sent.delivered;
  }

  /** True at most once an hour per RC: what is logged about an unbound RC, so a busy day logs it once. */
  private firstInAnHour(rcId: string): boolean {
    const now = Date.now();
    if (now - (this.unboundWarned.get(rcId) ?? -Infinity) < UNBOUND_WARNING_EVERY_MS) return false;
    this.unboundWarned.set(rcId, now);
    return true;
  }

  /** Everyone in the channel sees the current state and only the buttons it allows. */
  /** The national channel's copy, if there is one, follows: a claim in the RC's channel or queue shows in both. */
  /** `card`: the channel card already built for this record and notice (the clicker's), so it is not built twice. */
  async refreshChannelCard(record: ConsultationRecord, notice?: { text: string; tone: 'good' | 'attention' }, card?: AdaptiveCard): Promise<void> {
    await this.updateNationalCopy(record);
    if (!record.channelActivityId) return;
    const binding = await this.bindings.forCentre(record.rcId);
    if (!binding) return;
    const posted = card ?? channelCard(this.directory(), record, notice, { timing: await this.consultations.timing(record) });
    await this.messenger.update(channelRoot(binding.conversationReference as Reference), record.channelActivityId, cardMessage(posted));
  }

  /** The professional learns that the case is taken, and by which centre: never by whom. */
  async tellClaimed(record: ConsultationRecord): Promise<boolean> {
    if (!record.requesterConversation) return false;
    const reference = record.requesterConversation as Reference;
    const locale = resolveLocale(reference.locale);
    const messages = messagesFor(locale);
    const centre = this.directory().centre(record.rcId)?.name ?? record.rcId;
    const text = fill(messages.consultation.receipt.claimed, { centre, reference: record.reference });
    return (await this.messenger.send(reference, cardMessage(noticeCard({ messages, text })))).delivered;
  }

  /** The professional learns which centre has the case now, and its new reference: never who handles it. */
  async tellTransferred(copy: ConsultationRecord): Promise<boolean> {
    if (!copy.requesterConversation || !copy.transferredFrom) return false;
    const reference = copy.requesterConversation as Reference;
    const messages = messagesFor(resolveLocale(reference.locale));
    const centre = this.directory().centre(copy.rcId)?.name ?? copy.rcId;
    const text = fill(messages.caseWork.handover.toldRequester, { from: copy.transferredFrom.reference, centre, reference: copy.reference });
    return (await this.messenger.send(reference, cardMessage(noticeCard({ messages, text })))).delivered;
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
