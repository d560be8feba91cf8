// From the table (menu-table.ts) and the facts of the turn to the menu's view model: the groups
// of the roles the person has, where they are; and the likeliest few for a free-text question.
// Pure: who the person is was resolved before (menu.routes.ts).
import { fill, type Messages } from '../../cards/i18n/catalogue.js';
import type { MenuAction, MenuGroup } from '../../cards/welcome.card.js';
import { VERBS } from '../../cards/verbs.js';
import { commandFor } from '../intents.js';
import { MENU_ROLES, MENU_ROWS, type MenuRole, type MenuRow, type MenuScope } from './menu-table.js';

export interface MenuFacts {
  roles: ReadonlySet<MenuRole>;
  scope: MenuScope;
  locale: 'sv' | 'en';
  /** The networks the person leads, for one "plan" button each. */
  ledNetworks: ReadonlyArray<{ id: string; name: string }>;
}

/** More than this many led networks: the rest are planned from the session list. */
const MAX_NETWORK_BUTTONS = 4;

type Offered = { row: MenuRow; action: MenuAction };

function buttonsOf(row: MenuRow, m: Messages, facts: MenuFacts): MenuAction[] {
  const hint = row.hint?.(m);
  const base = { title: row.label(m), verb: row.verb, ...(hint ? { hint } : {}) };
  if (!row.perLedNetwork) return [base];
  const networks = facts.ledNetworks.slice(0, MAX_NETWORK_BUTTONS);
  // The network in the title when there are several: a screen reader's list of buttons tells them apart.
  return networks.map((n) => ({ ...base, data: { networkId: n.id }, ...(networks.length > 1 ? { title: fill(m.menu.actions.planFor, { network: n.name }) } : {}) }));
}

function rowsFor(role: MenuRole, scope: MenuScope): MenuRow[] {
  return MENU_ROWS.filter((r) => r.role === role && r.scopes.includes(scope));
}

/** Each of the person's roles, in the table's order; an action two roles share is shown once. */
export function menuGroups(m: Messages, facts: MenuFacts): MenuGroup[] {
  const seenButtons = new Set<string>();
  const seenCommands = new Set<string>();
  const groups: MenuGroup[] = [];
  for (const role of MENU_ROLES.filter((r) => facts.roles.has(r))) {
    const rows = rowsFor(role, facts.scope);
    const actions = rows
      .filter((r) => !r.commandOnly)
      .flatMap((r) => buttonsOf(r, m, facts))
      .filter((a) => {
        const key = `${a.verb} ${a.title}`;
        return seenButtons.has(key) ? false : (seenButtons.add(key), true);
      });
    const commands = rows.flatMap((r) => {
      const command = r.verb === VERBS.centreFind ? m.menu.findCommand : commandFor(r.verb, facts.locale);
      if (!command || seenCommands.has(command)) return [];
      seenCommands.add(command);
      return [{ command, title: r.label(m) }];
    });
    if (actions.length > 0 || commands.length > 0) groups.push({ title: m.menu.groups[role], actions, commands });
  }
  return groups;
}

const SUGGESTIONS = 3;

/**
 * The person's buttons ranked by how many of each row's cues the text contains, the table's
 * order breaking ties: "hur gör jag en orosanmälan?" puts the consultation first.
 */
export function likeliestActions(text: string, m: Messages, facts: MenuFacts): MenuAction[] {
  const lower = ` ${text.toLowerCase()} `;
  const offered: Offered[] = [];
  const seen = new Set<string>();
  for (const role of MENU_ROLES.filter((r) => facts.roles.has(r))) {
    for (const row of rowsFor(role, facts.scope).filter((r) => !r.commandOnly)) {
      for (const action of buttonsOf(row, m, facts)) {
        const key = `${action.verb} ${action.title}`;
        if (!seen.has(key)) offered.push({ row, action });
        seen.add(key);
      }
    }
  }
  const score = (o: Offered) => (o.row.cues ?? []).filter((cue) => lower.includes(cue)).length;
  return offered
    .map((o, order) => ({ o, order, score: score(o) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, SUGGESTIONS)
    .map(({ o }) => {
      const { hint: _hint, ...action } = o.action;
      return action;
    });
}
