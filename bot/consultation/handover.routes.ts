// Handing a case on from its channel card: the "Lämna över" form, release, pass to a
// colleague of the team, transfer to another RC. CaseHandover refuses anyone who is not a
// coordinator of the case's RC, and a click on a card that no longer shows who holds the case.
import { z } from 'zod';
import { handoverCard } from '../../cards/consultation/handover.card.js';
import { fill } from '../../cards/i18n/catalogue.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { VERBS } from '../../cards/verbs.js';
import type { CaseHandover } from '../../services/consultation/case-handover.js';
import { TRANSFER_REASONS } from '../../services/consultation/codes.js';
import type { ConsultationRecord } from '../../services/consultation/record.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { refusalCard } from '../refusals.js';
import { recordRef, requestOutcome, type CoordinatorDeps } from './coordinator.routes.js';
import { CHANNEL_MESSAGES } from './views.js';

export interface HandoverDeps extends CoordinatorDeps {
  handover: CaseHandover;
}

type Verbs = 'consultation.handover.open' | 'consultation.release' | 'consultation.pass' | 'consultation.transfer';
type Field = 'to' | 'toRcId' | 'reason';

/** Every handing-on button carries the holder its card showed ('' for an untaken case). */
const seen = recordRef.extend({ holder: z.string().max(255) });
const choice = z.string().max(255).optional();

const HANDED_ON_STATUSES: ReadonlySet<ConsultationRecord['status']> = new Set(['new', 'claimed']);

export function handoverRoutes(deps: HandoverDeps): Record<Verbs, Route> {
  const { consultations, handover, notifier, directory } = deps;
  const { changed, refused } = requestOutcome(deps);
  const m = CHANNEL_MESSAGES;

  const colleaguesOf = async (a: ActionContext) =>
    (await a.teamMembers()).filter((p) => p.id !== '').map((p) => ({ id: p.id, ...(p.aadObjectId ? { aadObjectId: p.aadObjectId } : {}), name: p.name ?? p.id }));

  /** The form for the case as it is now; a case past handing on shows its card with the reason. */
  const form = async (a: ActionContext, rcId: string, id: string, values: Partial<Record<Field, string>> = {}, errors: Partial<Record<Field, string>> = {}): Promise<AdaptiveCard> => {
    const view = await consultations.viewAsCoordinator(a.actor, rcId, id);
    if (!view.ok) return refusalCard(a.messages, view);
    const record = view.record;
    if (!HANDED_ON_STATUSES.has(record.status)) {
      const reason = record.status === 'transferred' ? 'transferred' : record.status === 'withdrawn' ? 'withdrawn' : 'already_answered';
      return refused(a, rcId, id, { ok: false, reason });
    }
    const centres = directory()
      .centres.filter((c) => c.id !== rcId)
      .map((c) => ({ id: c.id, name: c.name }))
      .sort((x, y) => x.name.localeCompare(y.name, 'sv'));
    return handoverCard({
      messages: m,
      rcId,
      id,
      reference: record.reference,
      ...(record.claimedBy ? { holder: { id: record.claimedBy.id, name: record.claimedBy.name ?? '–' } } : {}),
      colleagues: await colleaguesOf(a),
      centres,
      reasons: TRANSFER_REASONS,
      values,
      errors: Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v ? m.caseWork.handover.required : undefined])),
    });
  };
  const holderOf = (holder: string) => (holder === '' ? null : holder);

  return {
    [VERBS.consultationHandoverOpen]: route({
      schema: recordRef,
      handle: async ({ rcId, id }, a) => form(a, rcId, id),
    }),

    [VERBS.consultationRelease]: route({
      schema: seen,
      handle: async ({ rcId, id, holder }, a) => {
        const result = await handover.release(a.actor, rcId, id, holderOf(holder));
        return result.ok ? changed(result.record, { text: m.caseWork.handover.released, tone: 'good' }) : refused(a, rcId, id, result);
      },
    }),

    [VERBS.consultationPass]: route({
      schema: seen.extend({ to: choice }),
      handle: async ({ rcId, id, holder, to }, a) => {
        if (!to) return form(a, rcId, id, {}, { to: 'required' });
        const result = await handover.pass(a.actor, rcId, id, to, holderOf(holder), await colleaguesOf(a));
        if (!result.ok) return refused(a, rcId, id, result);
        // Told once, by the click that passed it; passing a case to oneself tells no one.
        if (result.newlyPassed && to !== a.actor.id) await notifier.tellPassedTo(result.record, a.actor.name ?? a.actor.id);
        return changed(result.record, { text: fill(m.caseWork.handover.passed, { name: result.record.claimedBy?.name ?? '–' }), tone: 'good' });
      },
    }),

    [VERBS.consultationTransfer]: route({
      schema: seen.extend({ toRcId: choice, reason: choice }),
      handle: async ({ rcId, id, holder, toRcId, reason }, a) => {
        if (!toRcId || !reason) return form(a, rcId, id, { ...(toRcId ? { toRcId } : {}), ...(reason ? { reason } : {}) }, { ...(toRcId ? {} : { toRcId: 'required' }), ...(reason ? {} : { reason: 'required' }) });
        const result = await handover.transfer(a.actor, rcId, id, { toRcId, reason }, holderOf(holder));
        if (!result.ok) return refused(a, rcId, id, result);
        // Only the call that made the copy posts it and tells the requester: a second click posts nothing twice.
        if (result.created) {
          await notifier.announce(result.copy);
          await notifier.tellTransferred(result.copy);
        }
        const centre = directory().centre(result.copy.rcId)?.name ?? result.copy.rcId;
        return changed(result.record, { text: fill(m.caseWork.handover.transferred, { centre, reference: result.copy.reference }), tone: 'good' });
      },
    }),
  };
}

