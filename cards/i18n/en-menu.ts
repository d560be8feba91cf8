// English for cards/i18n/sv-menu.ts: the same keys.
import type { Messages } from './sv.js';

export const enMenu: Messages['menu'] = {
  groups: {
    requester: 'For professionals',
    coordinator: "For the resource centre's coordinators",
    lead: 'For network leads',
    admin: 'For administrators',
  },
  staffIntro: 'This is what you can do here.',
  actions: {
    mine: 'My consultations',
    mineHint: 'See your questions, the answers and what happens with them.',
    queue: 'Open cases',
    log: 'Log a consultation',
    plan: 'Plan sessions',
    planFor: 'Plan sessions: {network}',
    agenda: 'Agenda and attendance',
    bindChannel: 'Bind this channel',
    bindNational: 'Bind the national channel',
    createNetwork: 'Create a network',
    catalogueStatus: 'Directory status',
    targets: 'Response targets',
    closedPeriods: 'Closed periods',
    reopenPeriod: 'New-contact period',
    addOrganisation: 'Add an organisation',
    addCoLead: 'Add a co-lead',
    networkChannel: "Bind the network's channel",
    deputy: 'Change deputy',
  },
  commandsTitle: 'What you can write to the bot',
  findCommand: 'find rc <municipality>',
  suggestTitle: 'I cannot answer that here',
  showAll: 'Show all choices',
};
