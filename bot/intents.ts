// What a typed message asks for. Card actions carry verbs; this covers what people write.

import { VERBS, type Verb } from '../cards/verbs.js';

export type Intent =
  | { kind: 'menu' }
  /** `hjälp`: the menu with the typed commands of the person's roles. */
  | { kind: 'help' }
  /** A word from the manifest's command list that opens the same card as a menu button. */
  | { kind: 'action'; verb: Verb }
  | { kind: 'findCentre'; place?: string }
  | { kind: 'unknown' };

const MENU_WORDS = new Set(['hej', 'hejsan', 'hallå', 'meny', 'menyn', 'menu', 'hello', 'hi', 'start']);
const HELP_WORDS = new Set(['hjälp', 'help', 'kommandon', 'commands']);

/**
 * What people write for each verb, Swedish and English: the one list the bot understands and
 * `hjälp` shows (the first word of the person's language; bot/menu/menu-table.ts says whose).
 */
export const COMMANDS: ReadonlyArray<{ verb: Verb; sv: readonly string[]; en: readonly string[] }> = [
  { verb: VERBS.consultationStart, sv: ['konsultation', 'begär konsultation'], en: ['consultation'] },
  { verb: VERBS.consultationMine, sv: ['mina konsultationer'], en: ['my consultations'] },
  { verb: VERBS.consultationLogOpen, sv: ['logga konsultation'], en: ['log consultation'] },
  { verb: VERBS.channelBindOpen, sv: ['koppla kanalen', 'koppla kanal'], en: ['bind channel'] },
  { verb: VERBS.catalogueStatus, sv: ['katalogstatus'], en: ['directory status'] },
  { verb: VERBS.targetsOpen, sv: ['svarsmål'], en: ['response targets'] },
  { verb: VERBS.nationalBindOpen, sv: ['koppla nationella kanalen', 'koppla nationell kanal'], en: ['bind national channel'] },
  { verb: VERBS.consultationQueue, sv: ['öppna ärenden', 'mina ärenden'], en: ['open cases'] },
  { verb: VERBS.networkCreateOpen, sv: ['skapa nätverk'], en: ['create network'] },
  { verb: VERBS.networkAddOrganisationOpen, sv: ['lägg till organisation'], en: ['add organisation'] },
  { verb: VERBS.networkAddCoLeadOpen, sv: ['lägg till medledare'], en: ['add co-lead'] },
  { verb: VERBS.networkBindChannelOpen, sv: ['koppla nätverkskanal', 'koppla kanalen till nätverket'], en: ['bind network channel'] },
  { verb: VERBS.networkDeputyOpen, sv: ['byt ersättare'], en: ['change deputy'] },
  { verb: VERBS.statsShow, sv: ['statistik'], en: ['statistics'] },
  { verb: VERBS.sessionList, sv: ['nätverksträffar', 'nätverksträff'], en: ['network sessions'] },
  { verb: VERBS.closedOpen, sv: ['stängda perioder', 'stängt'], en: ['closed periods'] },
  { verb: VERBS.consultationReopenPeriodOpen, sv: ['ny kontakt-period'], en: ['new contact period'] },
  { verb: VERBS.trainingRequestOpen, sv: ['beställ utbildning'], en: ['order training'] },
  { verb: VERBS.trainingList, sv: ['utbildningar', 'utbildning'], en: ['trainings'] },
];
const COMMAND_WORDS: ReadonlyMap<string, Verb> = new Map(COMMANDS.flatMap((c) => [...c.sv, ...c.en].map((word) => [word, c.verb] as const)));

/** The command `hjälp` shows for a verb in a language, if people can type one. */
export function commandFor(verb: Verb, locale: 'sv' | 'en'): string | undefined {
  return COMMANDS.find((c) => c.verb === verb)?.[locale][0];
}
const FIND_CENTRE = /^(?:hitta|sök|find)(?:\s+(?:rc|resurscentrum|resurscentra|närmaste|nearest|centre|center))*(?:\s+(?:i|för|in|for))?(?:\s+(?<place>.+))?$/iu;

export function parseIntent(text: string): Intent {
  const cleaned = text.trim().replace(/[!?.,]+$/u, '').replace(/\s+/gu, ' ');
  const lower = cleaned.toLowerCase();
  if (MENU_WORDS.has(lower)) return { kind: 'menu' };
  if (HELP_WORDS.has(lower)) return { kind: 'help' };
  const verb = COMMAND_WORDS.get(lower);
  if (verb) return { kind: 'action', verb };
  const find = FIND_CENTRE.exec(cleaned);
  if (find) {
    const place = find.groups?.place?.trim();
    return place ? { kind: 'findCentre', place } : { kind: 'findCentre' };
  }
  return { kind: 'unknown' };
}
