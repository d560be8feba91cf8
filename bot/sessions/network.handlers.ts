// Creating a network (administrators) and adding its member organisations (leads), in a team
// channel where the bot can list the team's members to choose people from.
import { coLeadCard, networkChannelCard, networkCreateCard, organisationAddCard } from '../../cards/sessions/network-form.card.js';
import { fill, type Messages } from '../../cards/i18n/catalogue.js';
import { noticeCard } from '../../cards/notice.card.js';
import { VERBS } from '../../cards/verbs.js';
import type { DirectoryService } from '../../services/directory/directory-service.js';
import { ORGANISATION_TYPES } from '../../services/sessions/codes.js';
import type { NetworkService } from '../../services/sessions/network-service.js';
import type { ActionHandler, ActionRequest } from '../actions/action-request.js';
import { placeChoices } from '../actions/centre.handlers.js';
import { typedValues } from '../consultation/views.js';

export interface NetworkAdminDeps {
  networks: NetworkService;
  directory: DirectoryService;
}

function errorTexts(m: Messages, errors: Record<string, string | undefined>): Record<string, string> {
  const e = m.consultation.errors;
  const text: Record<string, string> = { required: e.required, invalid: e.invalid, unknown_centre: e.invalid, already_in_network: e.invalid, out_of_range: e.invalid };
  return Object.fromEntries(Object.entries(errors).map(([field, code]) => [field, text[code ?? ''] ?? e.invalid]));
}

export function networkActions({ networks, directory }: NetworkAdminDeps): Record<'network.create' | 'network.addOrganisation' | 'network.addCoLead' | 'network.bindChannel', ActionHandler> {
  const person = (r: ActionRequest) => ({ id: r.user.id, aadObjectId: r.user.aadObjectId, name: r.user.name });
  const inChannel = (r: ActionRequest) => r.conversation.type === 'channel' || r.conversation.type === 'groupChat';

  const people = async (r: ActionRequest) => {
    const members = await r.teamMembers();
    return { members, choices: members.map((p) => ({ title: p.name ?? p.id, value: p.id })) };
  };

  return {
    [VERBS.networkCreate]: async (r) => {
      if (!directory.isAdmin(r.user.aadObjectId)) return noticeCard({ messages: r.messages, text: r.messages.centreEdit.onlyAdmins, tone: 'attention' });
      if (!inChannel(r)) return noticeCard({ messages: r.messages, text: r.messages.sessions.network.onlyInChannel, tone: 'attention' });
      const { members, choices } = await people(r);
      const centres = directory.current().centres.filter((c) => c.services.includes('network_sessions') || c.services.includes('consultation')).map((c) => ({ title: c.name, value: c.id }));
      const form = (errors: Record<string, string | undefined> = {}, notice?: { text: string; tone: 'good' | 'attention' }) =>
        networkCreateCard({ messages: r.messages, values: notice ? {} : typedValues(r.data), errors, people: choices, centres, notice });
      if (r.data.step !== 'submit') return form();
      const leadIds = String(r.data.leads ?? '').split(',').filter(Boolean);
      const leads = members.filter((p) => leadIds.includes(p.id));
      const result = await networks.createNetwork(person(r), true, { rcId: String(r.data.rcId ?? ''), name: String(r.data.name ?? ''), leads, meetingUrl: String(r.data.meetingUrl ?? '') });
      if (result.ok) return form({}, { text: fill(r.messages.sessions.network.created, { name: result.network.name }), tone: 'good' });
      if (result.reason === 'invalid') return form(errorTexts(r.messages, result.errors));
      return noticeCard({ messages: r.messages, text: r.messages.centreEdit.onlyAdmins, tone: 'attention' });
    },

    [VERBS.networkBindChannel]: async (r) => {
      if (r.conversation.type !== 'channel') return noticeCard({ messages: r.messages, text: r.messages.sessions.network.onlyInChannel, tone: 'attention' });
      const led = (await networks.networksOf(r.user.id)).filter((n) => networks.roleOf(n, r.user.id) === 'lead');
      if (led.length === 0) return noticeCard({ messages: r.messages, text: r.messages.sessions.network.noNetworks, tone: 'attention' });
      const choices = led.map((n) => ({ title: n.name, value: n.networkId }));
      if (r.data.step !== 'submit') return networkChannelCard({ messages: r.messages, networks: choices });
      const result = await networks.setChannel(person(r), String(r.data.networkId ?? ''), r.reference);
      if (!result.ok) return noticeCard({ messages: r.messages, text: r.messages.sessions.errors.notLead, tone: 'attention' });
      return networkChannelCard({ messages: r.messages, networks: choices, notice: { text: fill(r.messages.sessions.network.channelBound, { network: result.network.name }), tone: 'good' } });
    },

    [VERBS.networkAddCoLead]: async (r) => {
      if (!inChannel(r)) return noticeCard({ messages: r.messages, text: r.messages.sessions.network.onlyInChannel, tone: 'attention' });
      const led = (await networks.networksOf(r.user.id)).filter((n) => networks.roleOf(n, r.user.id) === 'lead');
      if (led.length === 0) return noticeCard({ messages: r.messages, text: r.messages.sessions.network.noNetworks, tone: 'attention' });
      const { members, choices } = await people(r);
      const form = (errors: Record<string, string | undefined> = {}, notice?: { text: string; tone: 'good' | 'attention' }) =>
        coLeadCard({ messages: r.messages, values: typedValues(r.data), errors, people: choices, networks: led.map((n) => ({ title: n.name, value: n.networkId })), notice });
      if (r.data.step !== 'submit') return form();
      const chosen = members.find((p) => p.id === r.data.person);
      if (!chosen) return form({ person: r.messages.consultation.errors.required });
      const networkId = String(r.data.networkId ?? '');
      const result = await networks.addCoLead(person(r), networkId, chosen);
      if (!result.ok && result.reason === 'invalid') return form(errorTexts(r.messages, result.errors));
      if (!result.ok) return noticeCard({ messages: r.messages, text: r.messages.sessions.errors.notLead, tone: 'attention' });
      return form({}, { text: fill(r.messages.sessions.network.coLeadAdded, { name: chosen.name ?? chosen.id, network: result.network.name }), tone: 'good' });
    },

    [VERBS.networkAddOrganisation]: async (r) => {
      if (!inChannel(r)) return noticeCard({ messages: r.messages, text: r.messages.sessions.network.onlyInChannel, tone: 'attention' });
      const led = (await networks.networksOf(r.user.id)).filter((n) => networks.roleOf(n, r.user.id) === 'lead');
      if (led.length === 0) return noticeCard({ messages: r.messages, text: r.messages.sessions.network.noNetworks, tone: 'attention' });
      const { members, choices } = await people(r);
      const form = (errors: Record<string, string | undefined> = {}, notice?: { text: string; tone: 'good' | 'attention' }) =>
        organisationAddCard({
          messages: r.messages,
          values: notice ? { networkId: String(r.data.networkId ?? '') } : typedValues(r.data),
          errors,
          people: choices,
          networks: led.map((n) => ({ title: n.name, value: n.networkId })),
          municipalities: placeChoices(directory.current(), { counties: false }),
          orgTypes: ORGANISATION_TYPES,
          notice,
        });
      if (r.data.step !== 'submit') return form();
      const byId = (id: unknown) => members.find((p) => p.id === id);
      const member = byId(r.data.member);
      const deputy = byId(r.data.deputy);
      if (!member) return form({ member: r.messages.consultation.errors.required });
      const networkId = String(r.data.networkId ?? '');
      const result = await networks.addOrganisation(person(r), networkId, {
        name: String(r.data.name ?? ''),
        type: String(r.data.type ?? '') as (typeof ORGANISATION_TYPES)[number],
        municipality: String(r.data.municipality ?? ''),
        member,
        deputy: deputy && deputy.id !== member.id ? deputy : null,
      });
      if (result.ok) {
        const network = led.find((n) => n.networkId === networkId)?.name ?? '';
        return form({}, { text: fill(r.messages.sessions.network.added, { org: result.organisation.name, network }), tone: 'good' });
      }
      if (result.reason === 'invalid') return form(errorTexts(r.messages, result.errors));
      return noticeCard({ messages: r.messages, text: r.messages.sessions.errors.notLead, tone: 'attention' });
    },
  };
}
