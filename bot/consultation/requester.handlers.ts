// The professional's side: the request form, the receipt, withdrawing, "my consultations",
// and the two light follow-up answers.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { adviceFollowedCard } from '../../cards/consultation/answer-delivery.card.js';
import { consultationFormCard } from '../../cards/consultation/consultation-form.card.js';
import { mineCard } from '../../cards/consultation/mine.card.js';
import { receiptCard } from '../../cards/consultation/receipt.card.js';
import { fill } from '../../cards/i18n/catalogue.js';
import { noticeCard } from '../../cards/notice.card.js';
import { VERBS } from '../../cards/verbs.js';
import { ADVICE_FOLLOWED, concernsChild, MAX_FREE_TEXT } from '../../services/consultation/codes.js';
import { consultingCentresFor } from '../../services/consultation/case-fields.js';
import type { ConsultationService } from '../../services/consultation/consultation-service.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import type { ActionHandler, ActionRequest } from '../actions/action-request.js';
import { placeChoices } from '../actions/centre.handlers.js';
import { formatInstant } from '../format.js';
import type { ConsultationNotifier } from './notifier.js';
import { answerCard, centrePhone, fieldState, nchPhone } from './views.js';

const recordRef = z.object({ rcId: z.string().min(1), id: z.string().min(1) });

export interface RequesterDeps {
  consultations: ConsultationService;
  notifier: ConsultationNotifier;
  directory: () => DirectoryIndex;
}

type Verbs = 'consultation.start' | 'consultation.submit' | 'consultation.withdraw' | 'consultation.mine' | 'consultation.rate' | 'consultation.followed';

export function requesterActions({ consultations, notifier, directory }: RequesterDeps): Record<Verbs, ActionHandler> {
  const person = (r: ActionRequest) => ({ id: r.user.id, aadObjectId: r.user.aadObjectId, name: r.user.name });

  const form = (r: ActionRequest, data: Record<string, unknown>, errors = {}, privacy = {}) => {
    const index = directory();
    const municipality = typeof data.municipality === 'string' ? data.municipality : '';
    const centres = (consultingCentresFor(index, municipality) ?? []).map((c) => ({ id: c.id, name: c.name }));
    const submissionKey = typeof data.submissionKey === 'string' ? data.submissionKey : randomUUID();
    // The centre card's "Begär konsultation" carries centreId; the form calls it rcId.
    const values = { ...data, ...(typeof data.centreId === 'string' && !data.rcId ? { rcId: data.centreId } : {}) };
    return consultationFormCard({
      messages: r.messages,
      ...fieldState(values, errors, privacy),
      municipalities: placeChoices(index, { counties: false }),
      centres,
      submissionKey,
      maxQuestionLength: MAX_FREE_TEXT,
    });
  };

  return {
    [VERBS.consultationStart]: async (r) => form(r, r.data),

    [VERBS.consultationSubmit]: async (r) => {
      const result = await consultations.submit(person(r), r.data, r.reference);
      if (!result.ok) {
        if (result.reason === 'in_progress') return noticeCard({ messages: r.messages, text: r.messages.consultation.receipt.duplicate });
        // The card's key was used for a different request: keep what was typed, under a new key.
        if (result.reason === 'key_conflict') return form(r, { ...r.data, submissionKey: undefined });
        return form(r, r.data, result.errors, result.privacy);
      }
      if (!result.duplicate) await notifier.announce(result.record);
      const index = directory();
      return receiptCard({
        messages: r.messages,
        record: result.record,
        centreName: index.centre(result.record.rcId)?.name ?? result.record.rcId,
        centrePhone: centrePhone(index, result.record.rcId),
        nchPhone: nchPhone(index),
        concernsChild: concernsChild(result.record.ageBand),
        duplicate: result.duplicate,
      });
    },

    [VERBS.consultationWithdraw]: async (r) => {
      const ref = recordRef.safeParse(r.data);
      if (!ref.success) return noticeCard({ messages: r.messages, text: r.messages.common.unknownAction });
      const result = await consultations.withdraw(r.user.id, ref.data.rcId, ref.data.id);
      if (!result.ok) {
        const text = result.reason === 'already_claimed' ? r.messages.consultation.receipt.next : r.messages.common.unknownAction;
        return noticeCard({ messages: r.messages, text, tone: 'attention' });
      }
      await notifier.refreshChannelCard(result.record);
      return noticeCard({ messages: r.messages, text: fill(r.messages.consultation.receipt.withdrawn, { reference: result.record.reference }) });
    },

    [VERBS.consultationMine]: async (r) => {
      const index = directory();
      const records = await consultations.listMine(r.user.id);
      return mineCard({
        messages: r.messages,
        records: records.map((rec) => ({ ...rec, centreName: index.centre(rec.rcId)?.name ?? rec.rcId, receivedAt: formatInstant(rec.times.created, r.locale) })),
      });
    },

    [VERBS.consultationRate]: async (r) => {
      const input = recordRef.extend({ rating: z.coerce.number() }).safeParse(r.data);
      if (!input.success) return noticeCard({ messages: r.messages, text: r.messages.common.unknownAction });
      const result = await consultations.rateHelpfulness(r.user.id, input.data.rcId, input.data.id, input.data.rating);
      if (!result.ok) return noticeCard({ messages: r.messages, text: r.messages.common.unknownAction });
      return answerCard(directory(), result.record, r.messages);
    },

    [VERBS.consultationFollowed]: async (r) => {
      const input = recordRef.extend({ followed: z.string() }).safeParse(r.data);
      if (!input.success) return noticeCard({ messages: r.messages, text: r.messages.common.unknownAction });
      const result = await consultations.recordAdviceFollowed(r.user.id, input.data.rcId, input.data.id, input.data.followed);
      if (!result.ok) return noticeCard({ messages: r.messages, text: r.messages.common.unknownAction });
      return adviceFollowedCard({ messages: r.messages, record: result.record, codes: ADVICE_FOLLOWED });
    },
  };
}
