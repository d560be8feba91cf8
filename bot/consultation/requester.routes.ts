// The professional after asking: withdraw while nobody has taken it, "my consultations", and
// the two light follow-up answers (was it helpful, was the advice followed).
import { z } from 'zod';
import { adviceFollowedCard } from '../../cards/consultation/answer-delivery.card.js';
import { mineCard } from '../../cards/consultation/mine.card.js';
import { fill } from '../../cards/i18n/catalogue.js';
import { noticeCard } from '../../cards/notice.card.js';
import { VERBS } from '../../cards/verbs.js';
import { ADVICE_FOLLOWED } from '../../services/consultation/codes.js';
import type { CaseThread } from '../../services/consultation/case-thread.js';
import type { ConsultationService } from '../../services/consultation/consultation-service.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import { route, type Route } from '../actions/action-request.js';
import { cardId } from '../actions/form-input.js';
import { refusalCard, refusalText } from '../refusals.js';
import type { ConsultationNotifier } from './notifier.js';
import { currentCases } from '../../services/consultation/case-lineage.js';
import { mineEntry } from './thread-views.js';
import { answerCard, consultationView } from './views.js';

export interface RequesterDeps {
  consultations: ConsultationService;
  notifier: ConsultationNotifier;
  directory: () => DirectoryIndex;
  caseThread: CaseThread;
}

const recordRef = z.object({ rcId: cardId, id: cardId });

type Verbs = 'consultation.withdraw' | 'consultation.mine' | 'consultation.rate' | 'consultation.followed';

export function requesterRoutes({ consultations, notifier, directory, caseThread }: RequesterDeps): Record<Verbs, Route> {
  return {
    [VERBS.consultationWithdraw]: route({
      schema: recordRef,
      handle: async ({ rcId, id }, a) => {
        const result = await consultations.withdraw(a.actor, rcId, id);
        if (!result.ok) return noticeCard({ messages: a.messages, text: refusalText(a.messages, result, { withdrawing: true }), tone: 'attention' });
        await notifier.refreshChannelCard(result.record);
        return noticeCard({ messages: a.messages, text: fill(a.messages.consultation.receipt.withdrawn, { reference: result.record.reference }) });
      },
    }),

    [VERBS.consultationMine]: route({
      schema: z.object({}),
      handle: async (_input, a) => {
        // A case handed on to another RC shows once, where it is now.
        const cases = currentCases(await consultations.listMine(a.actor.id));
        const entries = await Promise.all(cases.map((c) => mineEntry(directory(), c.record, a.locale, caseThread, c.handedOnFrom)));
        return mineCard({ messages: a.messages, consultations: entries });
      },
    }),

    [VERBS.consultationRate]: route({
      schema: recordRef.extend({ rating: z.coerce.number() }),
      handle: async ({ rcId, id, rating }, a) => {
        const result = await consultations.rateHelpfulness(a.actor, rcId, id, rating);
        return result.ok ? answerCard(directory(), result.record, a.messages, a.locale) : refusalCard(a.messages, result);
      },
    }),

    [VERBS.consultationFollowed]: route({
      schema: recordRef.extend({ followed: z.string() }),
      handle: async ({ rcId, id, followed }, a) => {
        const result = await consultations.recordAdviceFollowed(a.actor, rcId, id, followed);
        if (!result.ok) return refusalCard(a.messages, result);
        return adviceFollowedCard({ messages: a.messages, consultation: consultationView(directory(), result.record, a.locale), codes: ADVICE_FOLLOWED });
      },
    }),
  };
}
