// A network's own settings: administrators create it (leads chosen from the team); its leads
// bind a channel for session news, set the meeting link, and renew the calendar link.
import { z } from 'zod';
import { fill } from '../../cards/i18n/catalogue.js';
import { noticeCard } from '../../cards/notice.card.js';
import { networkChannelCard, networkCreateCard, networkCreatedCard } from '../../cards/sessions/network-form.card.js';
import { meetingLinkCard } from '../../cards/sessions/network-settings.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { VERBS } from '../../cards/verbs.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import { administers } from '../../services/rights/actor.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { cardId, formSchema } from '../actions/form-input.js';
import { fieldErrorTexts, refusalCard, refusalNotice } from '../refusals.js';
import { sessionList, type Notice, type SessionDeps } from './session-list.js';

export interface NetworkDeps extends SessionDeps {
  directory: () => DirectoryIndex;
}

const createSchema = formSchema(['rcId', 'name', 'meetingUrl', 'leads'] as const);
const networkRef = z.object({ networkId: cardId });

type Verbs =
  | 'network.create.open' | 'network.create.submit' | 'network.bindChannel.open' | 'network.bindChannel.submit'
  | 'network.meetingLink.open' | 'network.meetingLink.submit' | 'network.feed.renew';

/** Choosing people needs the team's roster, which Teams gives only in a channel or group chat. */
export const inTeam = (a: ActionContext) => a.conversation.type === 'channel' || a.conversation.type === 'groupChat';
export const onlyInChannel = (a: ActionContext) => noticeCard({ messages: a.messages, text: a.messages.sessions.network.onlyInChannel, tone: 'attention' });
export const peopleChoices = (members: ReadonlyArray<{ id: string; name?: string }>) => members.map((p) => ({ title: p.name ?? p.id, value: p.id }));

export function networkRoutes(deps: NetworkDeps): Record<Verbs, Route> {
  const { networks, directory } = deps;
  const list = sessionList(deps);

  const createForm = async (a: ActionContext, values: Readonly<Record<string, string | undefined>> = {}, errors: Record<string, string> = {}, notice?: Notice): Promise<AdaptiveCard> => {
    const centres = directory().centres.filter((c) => c.services.includes('network_sessions') || c.services.includes('consultation')).map((c) => ({ title: c.name, value: c.id }));
    return networkCreateCard({ messages: a.messages, values, errors, people: peopleChoices(await a.teamMembers()), centres, notice });
  };
  const channelForm = async (a: ActionContext, notice?: Notice): Promise<AdaptiveCard> => {
    const led = await networks.networksLedBy(a.actor);
    if (led.length === 0) return noticeCard({ messages: a.messages, text: a.messages.sessions.network.noNetworks, tone: 'attention' });
    return networkChannelCard({ messages: a.messages, networks: led.map((n) => ({ title: n.name, value: n.networkId })), notice });
  };

  return {
    [VERBS.networkCreateOpen]: route({
      schema: z.object({}),
      handle: async (_input, a) => (!administers(a.actor) ? refusalCard(a.messages, { reason: 'not_admin' }) : inTeam(a) ? createForm(a) : onlyInChannel(a)),
    }),

    [VERBS.networkCreateSubmit]: route({
      schema: createSchema,
      invalid: async (errors, a, typed) => createForm(a, typed, fieldErrorTexts(a.messages, errors)),
      handle: async (input, a) => {
        if (!inTeam(a)) return onlyInChannel(a);
        const leadIds = (input.leads ?? '').split(',').filter(Boolean);
        const leads = (await a.teamMembers()).filter((p) => leadIds.includes(p.id));
        const result = await networks.createNetwork(a.actor, { rcId: input.rcId ?? '', name: input.name ?? '', leads, meetingUrl: input.meetingUrl ?? '' });
        if (result.ok) return networkCreatedCard({ messages: a.messages, text: fill(a.messages.sessions.network.created, { name: result.network.name }) });
        if (result.reason === 'invalid') return createForm(a, input, fieldErrorTexts(a.messages, result.errors));
        return refusalCard(a.messages, result);
      },
    }),

    [VERBS.networkBindChannelOpen]: route({
      schema: z.object({}),
      handle: async (_input, a) => (a.conversation.type === 'channel' ? channelForm(a) : onlyInChannel(a)),
    }),

    [VERBS.networkBindChannelSubmit]: route({
      schema: networkRef,
      invalid: async (_errors, a) => channelForm(a, refusalNotice(a.messages, { reason: 'invalid' })),
      handle: async ({ networkId }, a) => {
        if (a.conversation.type !== 'channel') return onlyInChannel(a);
        const result = await networks.setChannel(a.actor, networkId, a.reference);
        if (!result.ok) return channelForm(a, refusalNotice(a.messages, result));
        return channelForm(a, { text: fill(a.messages.sessions.network.channelBound, { network: result.network.name }), tone: 'good' });
      },
    }),

    [VERBS.networkMeetingLinkOpen]: route({
      schema: networkRef,
      handle: async ({ networkId }, a) => {
        const led = await networks.ledNetwork(a.actor, networkId);
        if (!led.ok) return list(a, refusalNotice(a.messages, led));
        return meetingLinkCard({ messages: a.messages, networkId, networkName: led.network.name, meetingUrl: led.network.meetingUrl });
      },
    }),

    [VERBS.networkMeetingLinkSubmit]: route({
      schema: networkRef.extend({ meetingUrl: z.string().optional() }),
      invalid: async (errors, a, typed) => {
        const network = typed.networkId ? await networks.network(typed.networkId) : undefined;
        if (!network || !typed.networkId) return list(a, refusalNotice(a.messages, { reason: 'invalid_input' }));
        return meetingLinkCard({ messages: a.messages, networkId: typed.networkId, networkName: network.name, meetingUrl: '', error: fieldErrorTexts(a.messages, errors).meetingUrl });
      },
      handle: async ({ networkId, meetingUrl = '' }, a) => {
        const result = await networks.setMeetingLink(a.actor, networkId, meetingUrl);
        if (result.ok) return list(a, { text: fill(a.messages.sessions.network.meetingLinkSaved, { network: result.network.name }), tone: 'good' });
        if (result.reason !== 'invalid') return list(a, refusalNotice(a.messages, result));
        const network = await networks.network(networkId);
        const error = fieldErrorTexts(a.messages, result.errors).meetingUrl;
        return meetingLinkCard({ messages: a.messages, networkId, networkName: network?.name ?? '', meetingUrl, error });
      },
    }),

    [VERBS.networkFeedRenew]: route({
      schema: networkRef,
      handle: async ({ networkId }, a) => {
        const result = await networks.rotateFeedToken(a.actor, networkId);
        if (!result.ok) return list(a, refusalNotice(a.messages, result));
        const network = await networks.network(networkId);
        return list(a, { text: fill(a.messages.sessions.network.feedRenewed, { network: network?.name ?? '' }), tone: 'good' });
      },
    }),
  };
}
