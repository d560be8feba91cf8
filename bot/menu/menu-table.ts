// Who is offered what, where: one row per action of a role. The menu, `hjälp` and the answer to
// free text all read this table, so a new capability is one row here (and its catalogue text).
// Rights are still the services' to decide: a row only says whom the button is useful to.
import type { Messages } from '../../cards/i18n/catalogue.js';
import { VERBS, type Verb } from '../../cards/verbs.js';

export type MenuRole = 'requester' | 'coordinator' | 'lead' | 'admin';
export type MenuScope = 'personal' | 'channel' | 'groupChat';

export interface MenuRow {
  role: MenuRole;
  verb: Verb;
  /** The button's text (and the line in `hjälp`), from the catalogue. */
  label: (m: Messages) => string;
  /** One sentence under the requester's jobs, where a first-time user needs it. */
  hint?: (m: Messages) => string;
  /** Where the action works; elsewhere it is not offered. */
  scopes: readonly MenuScope[];
  /** Listed by `hjälp` as a typed command only: kept off the buttons so the menu stays short. */
  commandOnly?: true;
  /** One button per network the person leads, its id in the card data. */
  perLedNetwork?: true;
  /** Word stems in a free-text question that make this the likely action (lower case, both languages). */
  cues?: readonly string[];
}

const ANYWHERE: readonly MenuScope[] = ['personal', 'channel', 'groupChat'];
const TEAM: readonly MenuScope[] = ['channel', 'groupChat'];

export const MENU_ROWS: readonly MenuRow[] = [
  {
    role: 'requester', verb: VERBS.consultationStart, scopes: ['personal'],
    label: (m) => m.welcome.consultation, hint: (m) => m.welcome.consultationHint,
    cues: ['konsult', 'orosanmäl', 'anmäl', 'fråga', 'ärende', 'råd', 'stöd', 'oro', 'consult', 'advice', 'question', 'case', 'concern', 'report'],
  },
  {
    role: 'requester', verb: VERBS.centreFind, scopes: ANYWHERE,
    label: (m) => m.welcome.findCentre, hint: (m) => m.welcome.findCentreHint,
    cues: ['resurscentr', 'kommun', 'närmaste', 'kontakt', 'telefon', 'ring', 'hitta', 'centre', 'center', 'nearest', 'contact', 'phone', 'find'],
  },
  {
    role: 'requester', verb: VERBS.sessionList, scopes: ANYWHERE,
    label: (m) => m.welcome.sessions, hint: (m) => m.welcome.sessionsHint,
    cues: ['nätverk', 'träff', 'boka', 'network', 'session', 'book'],
  },
  {
    role: 'requester', verb: VERBS.consultationMine, scopes: ['personal'],
    label: (m) => m.menu.actions.mine, hint: (m) => m.menu.actions.mineHint,
    cues: ['mina', 'svar', 'status', 'återkalla', 'my ', 'answer', 'withdraw'],
  },

  {
    role: 'requester', verb: VERBS.trainingRequestOpen, scopes: ['personal'],
    label: (m) => m.training.order, hint: (m) => m.training.orderHint,
    cues: ['utbildning', 'föreläsning', 'informationsträff', 'beställ', 'training', 'lecture', 'order'],
  },
  { role: 'requester', verb: VERBS.trainingList, scopes: ['personal'], label: (m) => m.training.menu, cues: ['utbildningar', 'anmäl', 'kurs', 'trainings', 'register', 'course'] },

  { role: 'coordinator', verb: VERBS.consultationQueue, scopes: ['channel', 'personal'], label: (m) => m.menu.actions.queue, cues: ['ärenden', 'kö', 'obesvar', 'queue', 'open', 'waiting'] },
  { role: 'coordinator', verb: VERBS.consultationLogOpen, scopes: ['channel'], label: (m) => m.menu.actions.log, cues: ['logga', 'registrera', 'samtal', 'log', 'record', 'call'] },
  { role: 'coordinator', verb: VERBS.statsShow, scopes: ['channel', 'personal'], label: (m) => m.welcome.statistics, cues: ['statistik', 'siffror', 'antal', 'rapport', 'statistic', 'figures', 'numbers'] },
  { role: 'coordinator', verb: VERBS.trainingList, scopes: ['channel'], label: (m) => m.training.menu, cues: ['utbildning', 'beställning', 'training', 'order'] },
  { role: 'coordinator', verb: VERBS.consultationReopenPeriodOpen, scopes: ['channel'], commandOnly: true, label: (m) => m.menu.actions.reopenPeriod },

  { role: 'lead', verb: VERBS.sessionSeriesOpen, scopes: ANYWHERE, perLedNetwork: true, label: (m) => m.menu.actions.plan, cues: ['planera', 'serie', 'datum', 'plan', 'schedule', 'series'] },
  { role: 'lead', verb: VERBS.sessionList, scopes: ANYWHERE, label: (m) => m.menu.actions.agenda, cues: ['dagordning', 'närvaro', 'agenda', 'attendance'] },
  { role: 'lead', verb: VERBS.networkAddOrganisationOpen, scopes: TEAM, commandOnly: true, label: (m) => m.menu.actions.addOrganisation },
  { role: 'lead', verb: VERBS.networkAddCoLeadOpen, scopes: TEAM, commandOnly: true, label: (m) => m.menu.actions.addCoLead },
  { role: 'lead', verb: VERBS.networkDeputyOpen, scopes: TEAM, commandOnly: true, label: (m) => m.menu.actions.deputy },
  { role: 'lead', verb: VERBS.networkBindChannelOpen, scopes: ['channel'], commandOnly: true, label: (m) => m.menu.actions.networkChannel },

  { role: 'admin', verb: VERBS.channelBindOpen, scopes: ['channel'], label: (m) => m.menu.actions.bindChannel, cues: ['koppla', 'kanal', 'bind', 'channel'] },
  { role: 'admin', verb: VERBS.networkCreateOpen, scopes: TEAM, label: (m) => m.menu.actions.createNetwork, cues: ['skapa', 'nytt nätverk', 'create', 'new network'] },
  { role: 'admin', verb: VERBS.catalogueStatus, scopes: ANYWHERE, label: (m) => m.menu.actions.catalogueStatus, cues: ['katalog', 'saknas', 'directory', 'missing'] },
  { role: 'admin', verb: VERBS.centrePick, scopes: ANYWHERE, label: (m) => m.welcome.editDirectory, cues: ['rätta', 'ändra', 'uppgift', 'correct', 'edit'] },
  { role: 'admin', verb: VERBS.statsShow, scopes: ANYWHERE, label: (m) => m.welcome.statistics, cues: ['statistik', 'siffror', 'antal', 'statistic', 'figures'] },
  { role: 'admin', verb: VERBS.nationalBindOpen, scopes: ['channel'], commandOnly: true, label: (m) => m.menu.actions.bindNational },
  { role: 'admin', verb: VERBS.targetsOpen, scopes: ANYWHERE, commandOnly: true, label: (m) => m.menu.actions.targets },
  { role: 'admin', verb: VERBS.closedOpen, scopes: ANYWHERE, commandOnly: true, label: (m) => m.menu.actions.closedPeriods },
];

export const MENU_ROLES: readonly MenuRole[] = ['requester', 'coordinator', 'lead', 'admin'];
