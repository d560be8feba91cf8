// The RC's side, in its team channel: claim, answer, close, reopen, log a phone consultation,
// and (administrators) bind the channel. Teams membership is the access control: an action on
// a request counts only when it comes from the team bound to that request's RC.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { answerFormCard } from '../../cards/consultation/answer-form.card.js';
import { bindChannelCard } from '../../cards/consultation/bind-channel.card.js';
import { logFormCard } from '../../cards/consultation/log-form.card.js';
import { fill } from '../../cards/i18n/catalogue.js';
import { noticeCard } from '../../cards/notice.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { VERBS } from '../../cards/verbs.js';
import type { ChannelBindings } from '../../services/consultation/channel-binding.js';
import { MAX_FREE_TEXT } from '../../services/consultation/codes.js';
import type { ConsultationService } from '../../services/consultation/consultation-service.js';
import type { CoordinatorRoster } from '../../services/consultation/coordinator-roster.js';
import type { ConsultationRecord } from '../../services/consultation/record.js';
import type { DirectoryService } from '../../services/directory/directory-service.js';
import type { ActionHandler, ActionRequest } from '../actions/action-request.js';
import { placeChoices } from '../actions/centre.handlers.js';
import type { ConsultationNotifier } from './notifier.js';
import { CHANNEL_MESSAGES, channelCard, fieldState } from './views.js';

const recordRef = z.object({ rcId: z.string().min(1), id: z.string().min(1) });

export interface CoordinatorDeps {
  consultations: ConsultationService;
  roster: CoordinatorRoster;
  bindings: ChannelBindings;
  notifier: ConsultationNotifier;
  directory: DirectoryService;
}

type Verbs =
  | 'consultation.claim'
  | 'consultation.answer'
  | 'consultation.close'
  | 'consultation.reopen'
  | 'consultation.view'
  | 'consultation.log'
  | 'centre.bindChannel';

export function coordinatorActions({ consultations, bindings, notifier, directory, roster }: CoordinatorDeps): Record<Verbs, ActionHandler> {
  const index = () => directory.current();
  const person = (r: ActionRequest) => ({ id: r.user.id, aadObjectId: r.user.aadObjectId, name: r.user.name });
  const refused = (r: ActionRequest) => noticeCard({ messages: r.messages, text: r.messages.consultation.channel.notCoordinator, tone: 'attention' });

  /** The RCs whose bound team this action came from. */
  const centresOfTeam = async (r: ActionRequest): Promise<string[]> =>
    r.team ? (await bindings.forTeam(r.team.id)).map((b) => b.rcId) : [];

  /** Runs `act` only for a coordinator of the request's RC; answers with the card everyone should see. */
  const onRequest = (act: (r: ActionRequest, rcId: string, id: string) => Promise<AdaptiveCard>): ActionHandler => async (r) => {
    const ref = recordRef.safeParse(r.data);
    if (!ref.success) return noticeCard({ messages: r.messages, text: r.messages.common.unknownAction });
    if (!(await centresOfTeam(r)).includes(ref.data.rcId)) return refused(r);
    await roster.remember(r.user.aadObjectId, ref.data.rcId);
    return act(r, ref.data.rcId, ref.data.id);
  };

  /**
   * After a change: update the posted card for everyone and answer the clicker with the very
   * same card, notice included, so whichever of the two Teams shows last, nothing is lost.
   */
  const changed = async (record: ConsultationRecord, notice?: { text: string; tone: 'good' | 'attention' }) => {
    await notifier.refreshChannelCard(record, notice);
    return channelCard(index(), record, notice);
  };

  const current = async (r: ActionRequest, rcId: string, id: string, notice?: { text: string; tone: 'good' | 'attention' }) => {
    const found = await consultations.get(rcId, id);
    return found ? channelCard(index(), found.record, notice) : noticeCard({ messages: r.messages, text: r.messages.common.unknownAction });
  };

  return {
    [VERBS.consultationView]: onRequest((r, rcId, id) => current(r, rcId, id)),

    [VERBS.consultationClaim]: onRequest(async (r, rcId, id) => {
      const result = await consultations.claim(person(r), rcId, id);
      if (result.ok) return changed(result.record);
      if (result.reason === 'already_claimed') {
        const text = fill(CHANNEL_MESSAGES.consultation.channel.alreadyClaimed, { name: result.by.name ?? '–' });
        return current(r, rcId, id, { text, tone: 'attention' });
      }
      return current(r, rcId, id);
    }),

    [VERBS.consultationAnswer]: onRequest(async (r, rcId, id) => {
      const found = await consultations.get(rcId, id);
      if (!found) return noticeCard({ messages: r.messages, text: r.messages.common.unknownAction });
      const answerForm = (errors = {}, privacy = {}) =>
        answerFormCard({ messages: CHANNEL_MESSAGES, ...fieldState(r.data, errors, privacy), record: found.record, maxAnswerLength: MAX_FREE_TEXT });
      if (r.data.step !== 'submit') return answerForm();
      const result = await consultations.answer(person(r), rcId, id, r.data);
      if (!result.ok) {
        if (result.reason === 'invalid') return answerForm(result.errors, result.privacy);
        return current(r, rcId, id);
      }
      const delivered = await notifier.deliverAnswer(result.record);
      const c = CHANNEL_MESSAGES.consultation.channel;
      return changed(result.record, { text: delivered ? c.answerSent : c.answerKept, tone: delivered ? 'good' : 'attention' });
    }),

    [VERBS.consultationClose]: onRequest(async (r, rcId, id) => {
      const result = await consultations.close(person(r), rcId, id);
      return result.ok ? changed(result.record) : current(r, rcId, id);
    }),

    [VERBS.consultationReopen]: onRequest(async (r, rcId, id) => {
      const result = await consultations.reopen(person(r), rcId, id);
      return result.ok ? changed(result.record) : current(r, rcId, id);
    }),

    [VERBS.consultationLog]: async (r) => {
      const [rcId] = await centresOfTeam(r);
      if (!rcId) return refused(r);
      await roster.remember(r.user.aadObjectId, rcId);
      const form = (data: Record<string, unknown>, errors = {}, privacy = {}, notice?: { text: string; tone: 'good' | 'attention' }) =>
        logFormCard({
          messages: CHANNEL_MESSAGES,
          ...fieldState(data, errors, privacy),
          municipalities: placeChoices(index(), { counties: false }),
          submissionKey: typeof data.submissionKey === 'string' ? data.submissionKey : randomUUID(),
          maxTextLength: MAX_FREE_TEXT,
          notice,
        });
      if (r.data.step !== 'submit') return form({});
      const result = await consultations.logConsultation(person(r), rcId, r.data);
      if (result.ok) return form({}, {}, {}, { text: fill(CHANNEL_MESSAGES.consultation.log.saved, { reference: result.record.reference }), tone: 'good' });
      if (result.reason === 'invalid') return form(r.data, result.errors, result.privacy);
      return form({ ...r.data, submissionKey: undefined });
    },

    [VERBS.centreBindChannel]: async (r) => {
      if (!directory.isAdmin(r.user.aadObjectId)) return noticeCard({ messages: r.messages, text: r.messages.centreEdit.onlyAdmins, tone: 'attention' });
      if (r.conversation.type !== 'channel' || !r.team) return noticeCard({ messages: r.messages, text: r.messages.consultation.binding.onlyInChannel, tone: 'attention' });
      const centres = index().centres.filter((c) => c.services.includes('consultation')).map((c) => ({ id: c.id, name: c.name }));
      const rcId = typeof r.data.centreId === 'string' ? r.data.centreId : '';
      if (r.data.step !== 'bind' || !rcId) return bindChannelCard({ messages: r.messages, centres });
      const result = await bindings.bind({ rcId, teamId: r.team.id, channelId: r.team.channelId ?? r.conversation.id, conversationReference: r.reference, boundBy: person(r) });
      if (!result.ok) return bindChannelCard({ messages: r.messages, centres, notice: { text: r.messages.centreEdit.unknownCentre, tone: 'attention' } });
      const name = index().centre(rcId)?.name ?? rcId;
      return noticeCard({ messages: r.messages, text: fill(r.messages.consultation.binding.bound, { centre: name }) });
    },
  };
}
