// What a typed message asks for. Card actions carry verbs; this covers what people write.

import { VERBS, type Verb } from '../cards/verbs.js';

export type Intent =
  | { kind: 'menu' }
  /** A word from the manifest's command list that opens the same card as a menu button. */
  | { kind: 'action'; verb: Verb }
  | { kind: 'findCentre'; place?: string }
  | { kind: 'unknown' };

const MENU_WORDS = new Set(['hej', 'hejsan', 'hallå', 'hjälp', 'meny', 'menyn', 'menu', 'help', 'hello', 'hi', 'start']);
const COMMAND_WORDS: Record<string, Verb> = {
  konsultation: VERBS.consultationStart,
  'begär konsultation': VERBS.consultationStart,
  consultation: VERBS.consultationStart,
  'mina konsultationer': VERBS.consultationMine,
  'my consultations': VERBS.consultationMine,
  'logga konsultation': VERBS.consultationLogOpen,
  'log consultation': VERBS.consultationLogOpen,
  'koppla kanalen': VERBS.channelBindOpen,
  'koppla kanal': VERBS.channelBindOpen,
  'bind channel': VERBS.channelBindOpen,
  katalogstatus: VERBS.catalogueStatus,
  svarsmål: VERBS.targetsOpen,
  'response targets': VERBS.targetsOpen,
  'directory status': VERBS.catalogueStatus,
  'koppla nationell kanal': VERBS.nationalBindOpen,
  'koppla nationella kanalen': VERBS.nationalBindOpen,
  'bind national channel': VERBS.nationalBindOpen,
  'öppna ärenden': VERBS.consultationQueue,
  'mina ärenden': VERBS.consultationQueue,
  'open cases': VERBS.consultationQueue,
  'skapa nätverk': VERBS.networkCreateOpen,
  'create network': VERBS.networkCreateOpen,
  'lägg till organisation': VERBS.networkAddOrganisationOpen,
  'lägg till medledare': VERBS.networkAddCoLeadOpen,
  'koppla nätverkskanal': VERBS.networkBindChannelOpen,
  'koppla kanalen till nätverket': VERBS.networkBindChannelOpen,
  'add co-lead': VERBS.networkAddCoLeadOpen,
  'add organisation': VERBS.networkAddOrganisationOpen,
  'byt ersättare': VERBS.networkDeputyOpen,
  'change deputy': VERBS.networkDeputyOpen,
  statistik: VERBS.statsShow,
  statistics: VERBS.statsShow,
  nätverksträffar: VERBS.sessionList,
  nätverksträff: VERBS.sessionList,
  'network sessions': VERBS.sessionList,
  'beställ utbildning': VERBS.trainingRequestOpen,
  'order training': VERBS.trainingRequestOpen,
  utbildningar: VERBS.trainingList,
  utbildning: VERBS.trainingList,
  trainings: VERBS.trainingList,
};
const FIND_CENTRE = /^(?:hitta|sök|find)(?:\s+(?:rc|resurscentrum|resurscentra|närmaste|nearest|centre|center))*(?:\s+(?:i|för|in|for))?(?:\s+(?<place>.+))?$/iu;

export function parseIntent(text: string): Intent {
  const cleaned = text.trim().replace(/[!?.,]+$/u, '').replace(/\s+/gu, ' ');
  const lower = cleaned.toLowerCase();
  if (MENU_WORDS.has(lower)) return { kind: 'menu' };
  const verb = COMMAND_WORDS[lower];
  if (verb) return { kind: 'action', verb };
  const find = FIND_CENTRE.exec(cleaned);
  if (find) {
    const place = find.groups?.place?.trim();
    return place ? { kind: 'findCentre', place } : { kind: 'findCentre' };
  }
  return { kind: 'unknown' };
}
