// Loads what the statistics need of each consultation: the codes and times, projected by the
// store per RC partition, never the question or answer text. Rows are checked by hand rather
// than with the record's zod schema: a national report reads every record of a year, and the
// full schema (eight ISO-instant checks per record) would cost more than the reading itself.

import {
  ADVICE_FOLLOWED,
  AGE_BANDS,
  CHANNELS,
  CONTACT_CHANNELS,
  STAGES,
  GENDERS,
  OUTCOMES,
  PERPETRATORS,
  QUESTION_TYPES,
  SECTORS,
  STATUSES,
  VIOLENCE_FORMS,
  type AdviceFollowed,
  type AgeBand,
  type Channel,
  type ContactChannel,
  type Stage,
  type ConsultationStatus,
  type Gender,
  type Outcome,
  type Perpetrator,
  type QuestionType,
  type Sector,
  type ViolenceForm,
} from '../consultation/codes.js';
import type { DocumentStore, Filter, QuerySpec } from '../storage/port.js';
import { STAT_FIELDS, STAT_PATHS } from './stat-fields.js';

export { STAT_FIELDS };

export interface StatRow {
  rcId: string;
  sector: Sector;
  channel: Channel;
  municipality: string;
  gender: Gender;
  ageBand: AgeBand;
  violence: readonly ViolenceForm[];
  perpetrators: readonly Perpetrator[];
  questionType: QuestionType;
  urgent: boolean;
  outcomes: readonly Outcome[];
  status: ConsultationStatus;
  contacts: number;
  adviceFollowed: AdviceFollowed | null;
  helpfulness: number | null;
  /** A professional's request through the bot; false for a consultation a coordinator logged afterwards. */
  requested: boolean;
  created: number;
  claimed: number | null;
  answered: number | null;
  /** Where the case stood at first contact; null when not recorded. */
  stage: Stage | null;
  /** The channel of each further contact after the first (the record's contact log). */
  contactChannels: readonly ContactChannel[];
  /** This RC received the case from another RC. */
  transferredIn: boolean;
}


const DAY_MS = 86_400_000;
/** Cosmos DB's largest page; fewer round trips for the same rows. */
const PAGE_SIZE = 1000;

/**
 * Hands every consultation of these RCs created in [startMs, endMs) to `accept`, a page at
 * a time, so a national year never sits in memory as documents (at 100 000 records the
 * collected documents cost more in garbage collection than the counting). Returns how many
 * records could not be read.
 *
 * Both stores get the kind and time filters, so only the period's documents travel: Cosmos DB
 * answers them from its index, the embedded store from its range index on times.created
 * (containers.ts), so a month of a large partition is read without parsing the rest of it.
 */
export async function forEachStatRow(
  store: DocumentStore,
  rcIds: readonly string[],
  window: { startMs: number; endMs: number },
  accept: (row: StatRow) => void,
  concurrency = 4,
  /** Told of each record in the period that cannot be read, with its creation time when that can. */
  onUnreadable?: (created: number | null) => void,
): Promise<{ unreadable: number }> {
  const collection = store.collection('consultations');
  const spec: QuerySpec = { select: [...STAT_PATHS], where: storeFilters(window.startMs, window.endMs) };
  let unreadable = 0;
  await forEachLimited(rcIds, concurrency, async (rcId) => {
    let continuation: string | undefined;
    do {
      const page = await collection.query<Record<string, unknown>>(spec, { partitionKey: rcId, pageSize: PAGE_SIZE, ...(continuation ? { continuation } : {}) });
      for (const doc of page.items) {
        const row = readStatRow(doc, rcId);
        const created = row?.created ?? createdOf(doc);
        // A record that cannot be read counts as unreadable unless it clearly lies outside the period.
        if (created !== null && (created < window.startMs || created >= window.endMs)) continue;
        if (row !== null) accept(row);
        else {
          unreadable++;
          onUnreadable?.(created);
        }
      }
      continuation = page.continuation;
    } while (continuation);
  });
  return { unreadable };
}

/**
 * Stored instants are written by toISOString() (UTC, "Z"), but the record schema accepts
 * any offset, and text comparison is only right for one format. So the store gets a window
 * a day wider on each side (offsets never exceed 14 hours) and the exact cut is made here,
 * on parsed instants.
 */
function storeFilters(startMs: number, endMs: number): Filter[] {
  return [
    { field: 'kind', op: '=', value: 'consultation' },
    { field: 'times.created', op: '>=', value: new Date(startMs - DAY_MS).toISOString() },
    { field: 'times.created', op: '<', value: new Date(endMs + DAY_MS).toISOString() },
  ];
}

const SECTOR_SET = new Set<string>(SECTORS);
const CHANNEL_SET = new Set<string>(CHANNELS);
const GENDER_SET = new Set<string>(GENDERS);
const AGE_SET = new Set<string>(AGE_BANDS);
const VIOLENCE_SET = new Set<string>(VIOLENCE_FORMS);
const PERPETRATOR_SET = new Set<string>(PERPETRATORS);
const QUESTION_TYPE_SET = new Set<string>(QUESTION_TYPES);
const OUTCOME_SET = new Set<string>(OUTCOMES);
const STATUS_SET = new Set<string>(STATUSES);
const ADVICE_SET = new Set<string>(ADVICE_FOLLOWED);
const STAGE_SET = new Set<string>(STAGES);
const CONTACT_CHANNEL_SET = new Set<string>(CONTACT_CHANNELS);

/**
 * Null when a field is missing or holds a code the statistics core does not know. Takes the
 * projection of STAT_PATHS with the partition it was read from (a record's rcId is its partition
 * key, so it is not read again from every row), or a whole record: `requester` and
 * `transferredFrom` count when they are objects, which in the projection means they have their
 * id (every stored one has).
 */
export function readStatRow(doc: Record<string, unknown>, rcId: unknown = doc.rcId): StatRow | null {
  const times = doc.times as Record<string, unknown> | null | undefined;
  if (typeof times !== 'object' || times === null) return null;
  const created = instant(times.created);
  const claimed = optionalInstant(times.claimed);
  const answered = optionalInstant(times.answered);
  const { municipality, contacts, urgent, helpfulness, adviceFollowed } = doc;
  if (
    typeof rcId !== 'string' ||
    typeof municipality !== 'string' ||
    typeof urgent !== 'boolean' ||
    typeof contacts !== 'number' ||
    !Number.isInteger(contacts) ||
    contacts < 1 ||
    created === null ||
    claimed === undefined ||
    answered === undefined ||
    !(helpfulness === null || (typeof helpfulness === 'number' && Number.isInteger(helpfulness) && helpfulness >= 1 && helpfulness <= 5)) ||
    !(adviceFollowed === null || isCode(adviceFollowed, ADVICE_SET))
  ) {
    return null;
  }
  const sector = doc.sector, channel = doc.channel, gender = doc.gender, ageBand = doc.ageBand;
  const questionType = doc.questionType, status = doc.status;
  if (
    !isCode(sector, SECTOR_SET) ||
    !isCode(channel, CHANNEL_SET) ||
    !isCode(gender, GENDER_SET) ||
    !isCode(ageBand, AGE_SET) ||
    !isCode(questionType, QUESTION_TYPE_SET) ||
    !isCode(status, STATUS_SET) ||
    !isCodeList(doc.violence, VIOLENCE_SET) ||
    !isCodeList(doc.perpetrators, PERPETRATOR_SET) ||
    !isCodeList(doc.outcomes, OUTCOME_SET)
  ) {
    return null;
  }
  // Absent on records from before contacts and transfers were kept: none of either.
  const stage = doc.stage ?? null;
  const contactChannels = contactChannelsOf(doc.contactLog);
  if (!(stage === null || isCode(stage, STAGE_SET)) || contactChannels === null || contactChannels.length > contacts - 1) return null;
  return {
    rcId,
    sector: sector as Sector,
    channel: channel as Channel,
    municipality,
    gender: gender as Gender,
    ageBand: ageBand as AgeBand,
    violence: doc.violence as ViolenceForm[],
    perpetrators: doc.perpetrators as Perpetrator[],
    questionType: questionType as QuestionType,
    urgent,
    outcomes: doc.outcomes as Outcome[],
    status: status as ConsultationStatus,
    contacts,
    adviceFollowed: adviceFollowed as AdviceFollowed | null,
    helpfulness: helpfulness as number | null,
    requested: typeof doc.requester === 'object' && doc.requester !== null,
    created,
    claimed,
    answered,
    stage: stage as Stage | null,
    contactChannels,
    transferredIn: typeof doc.transferredFrom === 'object' && doc.transferredFrom !== null,
  };
}

/** The channels of a contact log; null when it is not one. */
const NO_CHANNELS: readonly ContactChannel[] = Object.freeze([]);

function contactChannelsOf(log: unknown): readonly ContactChannel[] | null {
  if (log === undefined || log === null) return NO_CHANNELS;
  if (!Array.isArray(log)) return null;
  const channels = log.map((entry) => (typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).channel : undefined));
  return channels.every((c) => isCode(c, CONTACT_CHANNEL_SET)) ? (channels as ContactChannel[]) : null;
}

function createdOf(doc: Record<string, unknown>): number | null {
  const times = doc.times;
  return typeof times === 'object' && times !== null ? instant((times as Record<string, unknown>).created) : null;
}

function isCode(value: unknown, allowed: ReadonlySet<string>): boolean {
  return typeof value === 'string' && allowed.has(value);
}

function isCodeList(value: unknown, allowed: ReadonlySet<string>): boolean {
  // A code twice in one list would count the case twice in a share. The lists are a few codes
  // long, and this runs for three lists of every record of a report: compared pairwise rather
  // than through a Set made and dropped for each.
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    if (!isCode(value[i], allowed)) return false;
    for (let j = 0; j < i; j++) if (value[j] === value[i]) return false;
  }
  return true;
}

function instant(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const ms = value.length === 24 ? canonicalInstant(value) : Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * Date.parse for the form toISOString() writes (2026-03-01T09:30:00.000Z), which every stored
 * instant has: a report reads three of them for every record of a year, and Date.parse took a
 * tenth of it. Anything else, or a part out of its ordinary range, goes to Date.parse itself,
 * so the answer is the same for every string (test/statistics/stat-row-instants.test.ts).
 */
export function canonicalInstant(s: string): number {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(19) !== 46 || s.charCodeAt(23) !== 90) {
    return Date.parse(s);
  }
  const year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
  const hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2), milli = digits(s, 20, 3);
  // Date.UTC reads years 0-99 as 1900-1999, and rolls months, hours and the rest over where Date.parse refuses them.
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && milli >= 0)) return Date.parse(s);
  return Date.UTC(year, month - 1, day, hour, minute, second, milli);
}

/** The number written in `length` decimal digits from `at`; -1 when one is not a digit. */
function digits(s: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Undefined for a value that is neither null nor an instant. */
function optionalInstant(value: unknown): number | null | undefined {
  if (value === null) return null;
  return instant(value) ?? undefined;
}

export async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
