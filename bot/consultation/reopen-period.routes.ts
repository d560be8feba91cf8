// "ny kontakt-period" in the RC's channel: its coordinators set how many days after closing a
// professional may reopen a case. CaseThread refuses anyone outside the RC's bound channel.
import { z } from 'zod';
import { reopenPeriodCard, type ReopenPeriodView } from '../../cards/consultation/reopen-period.card.js';
import { fill } from '../../cards/i18n/catalogue.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { VERBS } from '../../cards/verbs.js';
import { REOPEN_FIELDS, REOPEN_LIMITS } from '../../services/consultation/reopen-periods.js';
import { coordinates } from '../../services/rights/actor.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { cardId, formSchema } from '../actions/form-input.js';
import { refusalCard } from '../refusals.js';
import type { ThreadDeps } from './thread.routes.js';
import { CHANNEL_MESSAGES } from './views.js';

type Verbs = 'consultation.reopenPeriod.open' | 'consultation.reopenPeriod.submit';

export function reopenPeriodRoutes({ caseThread, directory }: Pick<ThreadDeps, 'caseThread' | 'directory'>): Record<Verbs, Route> {
  // Set in the RC's channel, a shared room: Swedish, like every card posted there.
  const form = (rcId: string, days: string, extra: Pick<ReopenPeriodView, 'error' | 'notice'> = {}): AdaptiveCard =>
    reopenPeriodCard({ messages: CHANNEL_MESSAGES, rcId, centreName: directory().centre(rcId)?.name ?? rcId, days, limits: REOPEN_LIMITS, ...extra });

  const current = async (a: ActionContext, rcId: string | undefined): Promise<AdaptiveCard> => {
    const centreId = rcId ?? a.actor.coordinatorOf[0];
    if (!centreId || !coordinates(a.actor, centreId)) return refusalCard(a.messages, { reason: 'not_coordinator' });
    return form(centreId, String(await caseThread.reopenDays(centreId)));
  };

  return {
    [VERBS.consultationReopenPeriodOpen]: route({
      schema: z.object({ rcId: cardId.optional() }),
      handle: async ({ rcId }, a) => current(a, rcId),
    }),

    [VERBS.consultationReopenPeriodSubmit]: route({
      schema: formSchema(REOPEN_FIELDS).extend({ rcId: cardId }),
      invalid: async (_errors, a, typed) => (typed.rcId ? form(typed.rcId, '', { error: 'out_of_range' }) : refusalCard(a.messages, { reason: 'invalid_input' })),
      handle: async ({ rcId, days }, a) => {
        const result = await caseThread.setReopenDays(a.actor, rcId, { days });
        if (result.ok) {
          const text = fill(CHANNEL_MESSAGES.caseThread.period.saved, { centre: directory().centre(rcId)?.name ?? rcId, days: result.days });
          return form(rcId, String(result.days), { notice: { text, tone: 'good' } });
        }
        if (result.reason === 'invalid') return form(rcId, days ?? '', { error: result.errors.days ?? 'out_of_range' });
        return refusalCard(a.messages, result);
      },
    }),
  };
}
