// The menu (hej, installing the app, "Till menyn"), `hjälp` and the answer to free text: the
// bot works out who the person is here and offers that role's actions (menu-table.ts).
import { z } from 'zod';
import { suggestionCard, welcomeCard } from '../../cards/welcome.card.js';
import { VERBS } from '../../cards/verbs.js';
import type { CoordinatorRoster } from '../../services/consultation/coordinator-roster.js';
import type { NetworkService } from '../../services/sessions/network-service.js';
import { route, type ActionContext, type Route } from '../actions/action-request.js';
import type { MenuRole, MenuScope } from './menu-table.js';
import { likeliestActions, menuGroups, type MenuFacts } from './menu-view.js';

export interface MenuDeps {
  roster: Pick<CoordinatorRoster, 'rcsOf'>;
  networks: Pick<NetworkService, 'networksLedBy'>;
}

/** Longer than any question worth matching against the table's cues. */
const MAX_TEXT = 2000;

export function menuRoutes({ roster, networks }: MenuDeps): Record<'menu.show' | 'menu.help' | 'menu.suggest', Route> {
  async function facts(a: ActionContext): Promise<MenuFacts> {
    // A conversation Teams did not type (the Playground's default) is treated as personal chat.
    const scope: MenuScope = a.conversation.type === 'unknown' ? 'personal' : a.conversation.type;
    const coordinatorChannel = scope === 'channel' && a.actor.coordinatorOf.length > 0;
    // In personal chat a coordinator is known from the channels they acted in (their taken cases, statistics).
    const coordinator = coordinatorChannel || (scope === 'personal' && (await roster.rcsOf(a.actor.aadObjectId)).length > 0);
    const ledNetworks = (await networks.networksLedBy(a.actor)).map((n) => ({ id: n.networkId, name: n.name }));
    const roles = new Set<MenuRole>();
    // The coordinators' own channel is a workroom, not where professionals ask for help.
    if (!coordinatorChannel) roles.add('requester');
    if (coordinator) roles.add('coordinator');
    if (ledNetworks.length > 0) roles.add('lead');
    if (a.actor.isAdmin) roles.add('admin');
    return { roles, scope, locale: a.locale, ledNetworks };
  }

  const menu = async (a: ActionContext, showCommands: boolean) => {
    const f = await facts(a);
    return welcomeCard({ messages: a.messages, greeting: f.roles.has('requester') ? 'requester' : 'staff', groups: menuGroups(a.messages, f), showCommands });
  };

  return {
    [VERBS.menuShow]: route({ schema: z.object({}), handle: async (_input, a) => menu(a, false) }),
    [VERBS.menuHelp]: route({ schema: z.object({}), handle: async (_input, a) => menu(a, true) }),
    [VERBS.menuSuggest]: route({
      schema: z.object({ text: z.string().max(MAX_TEXT).catch('') }),
      handle: async ({ text }, a) => suggestionCard({ messages: a.messages, actions: likeliestActions(text, a.messages, await facts(a)) }),
    }),
  };
}
