import { executeAction } from './actions.js';
import { adaptiveCard, heading, paragraph } from './card.js';
import type { Messages } from './i18n/catalogue.js';
import type { AdaptiveCard, CardElement, ExecuteAction } from './types.js';
import { VERBS, type Verb } from './verbs.js';

export interface MenuAction {
  title: string;
  verb: Verb;
  data?: Record<string, string>;
  /** One sentence saying what the job is, for the requester's jobs. */
  hint?: string;
}

/** One role's actions (bot/menu/menu-table.ts), with what `hjälp` shows: the typed commands. */
export interface MenuGroup {
  title: string;
  actions: MenuAction[];
  commands: Array<{ command: string; title: string }>;
}

export interface WelcomeView {
  messages: Messages;
  /** `requester`: the welcome for professionals (who the bot is for, what never to write). */
  greeting: 'requester' | 'staff';
  groups: MenuGroup[];
  /** `hjälp`: each group lists what can be typed. */
  showCommands?: boolean;
}

const button = (a: MenuAction, primary: boolean): ExecuteAction =>
  executeAction(a.title, a.verb, a.data ?? {}, { associatedInputs: 'none', ...(primary ? { style: 'positive' as const } : {}) });

function group(g: MenuGroup, titled: boolean, first: boolean, showCommands: boolean, m: Messages): CardElement[] {
  const hints = g.actions.filter((a) => a.hint);
  return [
    ...(titled ? [paragraph(g.title, { weight: 'bolder', spacing: 'large' })] : []),
    ...(hints.length > 0 ? [{ type: 'FactSet' as const, facts: hints.map((a) => ({ title: a.title, value: a.hint ?? '' })) }] : []),
    // In the body, not the card's actions, since groups need headings; Teams draws at most five
    // buttons in a row, so a longer group takes several rows.
    ...rowsOf(g.actions.map((a, i) => button(a, first && i === 0))).map((actions) => ({ type: 'ActionSet' as const, actions })),
    ...(showCommands && g.commands.length > 0
      ? [
          paragraph(m.menu.commandsTitle, { size: 'small', weight: 'bolder', spacing: 'small' }),
          { type: 'FactSet' as const, facts: g.commands.map((c) => ({ title: c.command, value: c.title })) },
        ]
      : []),
  ];
}

/** The menu: each role's actions the person has, here. */
export function welcomeCard({ messages: m, greeting, groups, showCommands = false }: WelcomeView): AdaptiveCard {
  const intro: CardElement[] =
    greeting === 'requester'
      ? [paragraph(m.welcome.intro), { type: 'Container', style: 'emphasis', items: [paragraph(m.welcome.privacy, { size: 'small' })] }]
      : [paragraph(m.menu.staffIntro)];
  // One group needs no heading of its own: "Vad vill du göra?" says it.
  const titled = groups.length > 1;
  return adaptiveCard(
    [
      heading(m.welcome.title),
      ...intro,
      ...(titled ? [] : [paragraph(m.welcome.chooseJob, { weight: 'bolder', spacing: 'medium' })]),
      ...groups.flatMap((g, i) => group(g, titled, i === 0, showCommands, m)),
      paragraph(m.common.emergency, { size: 'small', isSubtle: true, spacing: 'medium' }),
    ],
    [],
    { fallbackText: `${m.welcome.title}. ${m.welcome.chooseJob}` },
  );
}

export interface SuggestionView {
  messages: Messages;
  /** The likeliest few actions for what was written, best first. */
  actions: MenuAction[];
}

/** The short answer to free text the bot cannot read: a few likely actions, and the way to all of them. */
export function suggestionCard({ messages: m, actions }: SuggestionView): AdaptiveCard {
  return adaptiveCard(
    [
      heading(m.menu.suggestTitle),
      paragraph(m.help.notUnderstood),
      { type: 'ActionSet', actions: [...actions.map((a, i) => button(a, i === 0)), executeAction(m.menu.showAll, VERBS.menuHelp, {}, { associatedInputs: 'none' })] },
      paragraph(m.common.emergency, { size: 'small', isSubtle: true, spacing: 'medium' }),
    ],
    [],
    { fallbackText: `${m.menu.suggestTitle}. ${m.help.notUnderstood}` },
  );
}

const MAX_BUTTONS_IN_A_ROW = 5;

function rowsOf<T>(buttons: readonly T[]): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < buttons.length; i += MAX_BUTTONS_IN_A_ROW) rows.push(buttons.slice(i, i + MAX_BUTTONS_IN_A_ROW));
  return rows;
}
