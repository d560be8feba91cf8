// Administrators set the days an RC is closed (summer): its requests go to the national channel
// meanwhile, and the response-target clock stands still (services/consultation/closed-periods.ts).
import { z } from 'zod';
import { closedPeriodsCard, type ClosedPeriodsView } from '../../cards/consultation/closed-periods.card.js';
import { fill } from '../../cards/i18n/catalogue.js';
import { VERBS } from '../../cards/verbs.js';
import type { ChannelBindings } from '../../services/consultation/channel-binding.js';
import { CLOSED_FIELDS, type ClosedPeriod } from '../../services/consultation/closed-periods.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import { administers } from '../../services/rights/actor.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { cardId, formSchema } from '../actions/form-input.js';
import { formatLongDate } from '../format.js';
import { refusalCard, refusalNotice } from '../refusals.js';

export interface ClosedDeps {
  bindings: ChannelBindings;
  directory: () => DirectoryIndex;
}

type Verbs = 'centre.closed.open' | 'centre.closed.add' | 'centre.closed.remove';

const addSchema = formSchema(CLOSED_FIELDS).extend({ centreId: cardId });
const removeSchema = z.object({ centreId: cardId, from: z.string().min(1) });

export function closedRoutes({ bindings, directory }: ClosedDeps): Record<Verbs, Route> {
  const centres = () => directory().centres.filter((c) => c.services.includes('consultation')).map((c) => ({ id: c.id, name: c.name }));
  const nameOf = (id: string) => directory().centre(id)?.name ?? id;
  const periodsView = (a: ActionContext, centreId: string, periods: readonly ClosedPeriod[]): ClosedPeriodsView['periods'] => ({
    centreName: nameOf(centreId),
    rows: periods.map((p) => ({ from: p.from, fromText: formatLongDate(p.from, a.locale), toText: formatLongDate(p.to, a.locale) })),
  });
  const card = (a: ActionContext, view: Omit<ClosedPeriodsView, 'messages' | 'centres'>) => closedPeriodsCard({ messages: a.messages, centres: centres(), ...view });

  return {
    [VERBS.closedOpen]: route({
      schema: z.object({}),
      handle: async (_input, a) => (administers(a.actor) ? card(a, { values: {}, errors: {} }) : refusalCard(a.messages, { reason: 'not_admin' })),
    }),

    [VERBS.closedAdd]: route({
      schema: addSchema,
      invalid: async (_errors, a, typed) => card(a, { values: typed, errors: {}, notice: refusalNotice(a.messages, { reason: 'unknown_centre' }) }),
      handle: async ({ centreId, ...input }, a) => {
        const result = await bindings.addClosedPeriod(a.actor, centreId, input);
        const typed = { centreId, closedFrom: input.closedFrom ?? '', closedTo: input.closedTo ?? '' };
        if (result.ok) {
          const added = result.added;
          const text = added ? fill(a.messages.consultation.closed.added, { centre: nameOf(centreId), from: formatLongDate(added.from, a.locale), to: formatLongDate(added.to, a.locale) }) : '';
          return card(a, { values: { centreId }, errors: {}, notice: { text, tone: 'good' }, periods: periodsView(a, centreId, result.periods) });
        }
        if (result.reason === 'not_admin') return refusalCard(a.messages, result);
        if (result.reason === 'invalid') return card(a, { values: typed, errors: result.errors, periods: periodsView(a, centreId, await bindings.closedPeriods(centreId)) });
        return card(a, { values: typed, errors: {}, notice: refusalNotice(a.messages, result) });
      },
    }),

    [VERBS.closedRemove]: route({
      schema: removeSchema,
      handle: async ({ centreId, from }, a) => {
        const result = await bindings.removeClosedPeriod(a.actor, centreId, from);
        if (result.ok) {
          const text = fill(a.messages.consultation.closed.removed, { centre: nameOf(centreId) });
          return card(a, { values: { centreId }, errors: {}, notice: { text, tone: 'good' }, periods: periodsView(a, centreId, result.periods) });
        }
        if (result.reason === 'not_admin') return refusalCard(a.messages, result);
        return card(a, { values: {}, errors: {}, notice: refusalNotice(a.messages, result) });
      },
    }),
  };
}
