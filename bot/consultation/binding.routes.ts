// An administrator binds the channel they are in to an RC: its requests arrive there (those
// that waited for it first, oldest first), and the team's members become its coordinators.
// The national channel (NCH's support team) is bound the same way, without a centre.
import { z } from 'zod';
import { bindChannelCard } from '../../cards/consultation/bind-channel.card.js';
import { bindNationalCard } from '../../cards/consultation/bind-national.card.js';
import { catalogueStatusCard } from '../../cards/centre/catalogue-status.card.js';
import { fill, fillCount } from '../../cards/i18n/catalogue.js';
import { noticeCard } from '../../cards/notice.card.js';
import { VERBS } from '../../cards/verbs.js';
import type { ChannelBindings } from '../../services/consultation/channel-binding.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { cardId } from '../actions/form-input.js';
import { administers } from '../../services/rights/actor.js';
import { refusalCard, refusalNotice } from '../refusals.js';
import type { ConsultationNotifier } from './notifier.js';

export interface BindingDeps {
  bindings: ChannelBindings;
  notifier: ConsultationNotifier;
  directory: () => DirectoryIndex;
}

type Verbs = 'centre.bindChannel.open' | 'centre.bindChannel.submit' | 'centre.bindNational.open' | 'centre.bindNational.submit' | 'centre.catalogueStatus';

export function bindingRoutes({ bindings, notifier, directory }: BindingDeps): Record<Verbs, Route> {
  const centres = () => directory().centres.filter((c) => c.services.includes('consultation')).map((c) => ({ id: c.id, name: c.name }));
  const inChannel = (a: ActionContext) => a.conversation.type === 'channel' && a.team !== undefined;
  // Binding's own words, not the general "only administrators": the person learns what to ask for.
  const notAdmin = (a: ActionContext) => noticeCard({ messages: a.messages, text: a.messages.consultation.binding.notAdmin, tone: 'attention' });

  return {
    [VERBS.channelBindOpen]: route({
      schema: z.object({}),
      handle: async (_input, a) => {
        if (!administers(a.actor)) return notAdmin(a);
        if (!inChannel(a)) return noticeCard({ messages: a.messages, text: a.messages.consultation.binding.onlyInChannel, tone: 'attention' });
        return bindChannelCard({ messages: a.messages, centres: centres() });
      },
    }),

    [VERBS.channelBindSubmit]: route({
      schema: z.object({ centreId: cardId }),
      invalid: async (_errors, a) => bindChannelCard({ messages: a.messages, centres: centres(), notice: refusalNotice(a.messages, { reason: 'unknown_centre' }) }),
      handle: async ({ centreId }, a) => {
        if (!a.team || a.conversation.type !== 'channel') return noticeCard({ messages: a.messages, text: a.messages.consultation.binding.onlyInChannel, tone: 'attention' });
        const result = await bindings.bind(a.actor, { rcId: centreId, teamId: a.team.id, channelId: a.team.channelId ?? a.conversation.id, conversationReference: a.reference });
        if (result.ok) {
          const b = a.messages.consultation.binding;
          const waiting = await notifier.postWaiting(centreId);
          const bound = fill(b.bound, { centre: directory().centre(centreId)?.name ?? centreId });
          return noticeCard({ messages: a.messages, text: waiting > 0 ? `${bound} ${fillCount(a.messages, b.boundWaiting, waiting)}` : bound });
        }
        if (result.reason === 'not_admin') return notAdmin(a);
        return bindChannelCard({ messages: a.messages, centres: centres(), notice: refusalNotice(a.messages, result) });
      },
    }),

    // What the directory still lacks (contacts, coverage, bound channels): beside the bindings it reports on.
    [VERBS.catalogueStatus]: route({
      schema: z.object({}),
      handle: async (_input, a) => {
        const result = await bindings.catalogueStatus(a.actor);
        return result.ok ? catalogueStatusCard({ messages: a.messages, rows: result.rows }) : refusalCard(a.messages, result);
      },
    }),

    [VERBS.nationalBindOpen]: route({
      schema: z.object({}),
      handle: async (_input, a) => {
        if (!administers(a.actor)) return notAdmin(a);
        if (!inChannel(a)) return noticeCard({ messages: a.messages, text: a.messages.consultation.binding.onlyInChannel, tone: 'attention' });
        return bindNationalCard({ messages: a.messages });
      },
    }),

    [VERBS.nationalBindSubmit]: route({
      schema: z.object({}),
      handle: async (_input, a) => {
        if (!a.team || a.conversation.type !== 'channel') return noticeCard({ messages: a.messages, text: a.messages.consultation.binding.onlyInChannel, tone: 'attention' });
        const result = await bindings.bindNational(a.actor, { teamId: a.team.id, channelId: a.team.channelId ?? a.conversation.id, conversationReference: a.reference });
        if (result.ok) return noticeCard({ messages: a.messages, text: a.messages.consultation.binding.nationalBound });
        if (result.reason === 'not_admin') return notAdmin(a);
        return bindNationalCard({ messages: a.messages, notice: refusalNotice(a.messages, result) });
      },
    }),
  };
}
