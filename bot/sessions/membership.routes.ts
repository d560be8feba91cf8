// A lead names the people of a network, in a channel where the team's members can be chosen:
// member organisations (a member and a deputy each), co-leads, and a new deputy.
import { z } from 'zod';
import { fill } from '../../cards/i18n/catalogue.js';
import { noticeCard } from '../../cards/notice.card.js';
import { coLeadCard, organisationAddCard } from '../../cards/sessions/network-form.card.js';
import { deputyCard } from '../../cards/sessions/network-settings.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { VERBS } from '../../cards/verbs.js';
import { ORGANISATION_TYPES } from '../../services/sessions/codes.js';
import type { Network } from '../../services/sessions/model.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import { formSchema } from '../actions/form-input.js';
import { placeChoices } from '../directory/place-choices.js';
import { fieldErrorTexts, refusalNotice } from '../refusals.js';
import { inTeam, onlyInChannel, peopleChoices, type NetworkDeps } from './network.routes.js';

type Notice = { text: string; tone: 'good' | 'attention' };
type Values = Readonly<Record<string, string | undefined>>;

const organisationSchema = formSchema(['networkId', 'name', 'type', 'municipality', 'member', 'deputy'] as const);
const coLeadSchema = formSchema(['networkId', 'person'] as const);
const deputySchema = formSchema(['organisation', 'deputy'] as const);

type Verbs = 'network.addOrganisation.open' | 'network.addOrganisation.submit' | 'network.addCoLead.open' | 'network.addCoLead.submit' | 'network.deputy.open' | 'network.deputy.submit';

export function membershipRoutes(deps: NetworkDeps): Record<Verbs, Route> {
  const { networks, directory } = deps;

  /** The lead's networks and the team's people, or why the form cannot be shown here. */
  const context = async (a: ActionContext): Promise<{ led: Network[]; members: Awaited<ReturnType<ActionContext['teamMembers']>> } | AdaptiveCard> => {
    if (!inTeam(a)) return onlyInChannel(a);
    const led = await networks.networksLedBy(a.actor);
    if (led.length === 0) return noticeCard({ messages: a.messages, text: a.messages.sessions.network.noNetworks, tone: 'attention' });
    return { led, members: await a.teamMembers() };
  };
  const networkChoices = (led: Network[]) => led.map((n) => ({ title: n.name, value: n.networkId }));

  const organisationForm = async (a: ActionContext, values: Values = {}, errors: Record<string, string> = {}, notice?: Notice) => {
    const c = await context(a);
    if (!('led' in c)) return c;
    const municipalities = placeChoices(directory(), { counties: false });
    return organisationAddCard({ messages: a.messages, values, errors, people: peopleChoices(c.members), networks: networkChoices(c.led), municipalities, orgTypes: ORGANISATION_TYPES, notice });
  };
  const coLeadForm = async (a: ActionContext, values: Values = {}, errors: Record<string, string> = {}, notice?: Notice) => {
    const c = await context(a);
    if (!('led' in c)) return c;
    return coLeadCard({ messages: a.messages, values, errors, people: peopleChoices(c.members), networks: networkChoices(c.led), notice });
  };
  const deputyForm = async (a: ActionContext, values: Values = {}, errors: Record<string, string> = {}, notice?: Notice) => {
    const c = await context(a);
    if (!('led' in c)) return c;
    const organisations = c.led.flatMap((n) => n.organisations.map((o) => ({ title: `${n.name}: ${o.name}`, value: o.id })));
    return deputyCard({ messages: a.messages, organisations, people: peopleChoices(c.members), values, errors, notice });
  };
  const member = async (a: ActionContext, id: string | undefined) => (await a.teamMembers()).find((p) => p.id === id);

  return {
    [VERBS.networkAddOrganisationOpen]: route({ schema: z.object({}), handle: async (_input, a) => organisationForm(a) }),

    [VERBS.networkAddOrganisationSubmit]: route({
      schema: organisationSchema,
      invalid: async (errors, a, typed) => organisationForm(a, typed, fieldErrorTexts(a.messages, errors)),
      handle: async (input, a) => {
        const [chosen, deputy] = [await member(a, input.member), await member(a, input.deputy)];
        if (!chosen) return organisationForm(a, input, fieldErrorTexts(a.messages, { member: 'required' }));
        const org = { name: input.name ?? '', type: input.type ?? '', municipality: input.municipality ?? '', member: chosen, deputy: deputy && deputy.id !== chosen.id ? deputy : null };
        const result = await networks.addOrganisation(a.actor, input.networkId ?? '', org);
        if (result.ok) {
          const text = fill(a.messages.sessions.network.added, { org: result.organisation.name, network: result.network.name });
          return organisationForm(a, { networkId: input.networkId }, {}, { text, tone: 'good' });
        }
        if (result.reason === 'invalid') return organisationForm(a, input, fieldErrorTexts(a.messages, result.errors));
        return organisationForm(a, input, {}, refusalNotice(a.messages, result));
      },
    }),

    [VERBS.networkAddCoLeadOpen]: route({ schema: z.object({}), handle: async (_input, a) => coLeadForm(a) }),

    [VERBS.networkAddCoLeadSubmit]: route({
      schema: coLeadSchema,
      invalid: async (errors, a, typed) => coLeadForm(a, typed, fieldErrorTexts(a.messages, errors)),
      handle: async (input, a) => {
        const chosen = await member(a, input.person);
        if (!chosen) return coLeadForm(a, input, fieldErrorTexts(a.messages, { person: 'required' }));
        const result = await networks.addCoLead(a.actor, input.networkId ?? '', chosen);
        if (result.ok) return coLeadForm(a, input, {}, { text: fill(a.messages.sessions.network.coLeadAdded, { name: chosen.name ?? chosen.id, network: result.network.name }), tone: 'good' });
        if (result.reason === 'invalid') return coLeadForm(a, input, fieldErrorTexts(a.messages, result.errors));
        return coLeadForm(a, input, {}, refusalNotice(a.messages, result));
      },
    }),

    [VERBS.networkDeputyOpen]: route({ schema: z.object({}), handle: async (_input, a) => deputyForm(a) }),

    [VERBS.networkDeputySubmit]: route({
      schema: deputySchema,
      invalid: async (errors, a, typed) => deputyForm(a, typed, fieldErrorTexts(a.messages, errors)),
      handle: async (input, a) => {
        const network = (await networks.networksLedBy(a.actor)).find((n) => n.organisations.some((o) => o.id === input.organisation));
        if (!network) return deputyForm(a, input, fieldErrorTexts(a.messages, { organisation: 'unknown_organisation' }));
        const deputy = input.deputy && input.deputy !== 'none' ? await member(a, input.deputy) : null;
        if (deputy === undefined) return deputyForm(a, input, fieldErrorTexts(a.messages, { deputy: 'invalid' }));
        const result = await networks.setDeputy(a.actor, network.networkId, input.organisation ?? '', deputy);
        if (result.ok) {
          const org = result.network.organisations.find((o) => o.id === input.organisation)?.name ?? '';
          return deputyForm(a, input, {}, { text: fill(a.messages.sessions.network.deputySaved, { org }), tone: 'good' });
        }
        if (result.reason === 'invalid') return deputyForm(a, input, fieldErrorTexts(a.messages, result.errors));
        return deputyForm(a, input, {}, refusalNotice(a.messages, result));
      },
    }),
  };
}
