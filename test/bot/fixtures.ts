// Shared setup for the bot-level tests: a fresh in-memory bot per test, the people who act,
// and small named steps (bind a channel, submit a request, create a network) so each test
// builds the state it needs instead of inheriting it from a test that ran before.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import type { TabAuth } from '../../bot/tab-auth.js';
import { PLAYGROUND_ADMIN_ID } from '../../services/config.js';
import type { ConsultationRecord } from '../../services/consultation/record.js';
import type { DocumentStore } from '../../services/storage/port.js';
import { SqliteStore } from '../../services/storage/sqlite/sqlite-store.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { actor } from '../helpers/actors.js';
import { executeActivity, messageActivity, postActivity, SOCIAL_WORKER, type ActivityOptions, type Person } from '../helpers/activities.js';
import { startBotUnderTest, type BotUnderTest } from '../helpers/bot-under-test.js';
import { cardTexts, checkCard } from '../helpers/card-validator.js';

export const ADMIN: Person = { id: '29:admin', name: 'Olle Administratör', aadObjectId: PLAYGROUND_ADMIN_ID };
export const LEAD: Person = { id: '29:lead', name: 'Maja Ledare', aadObjectId: '00000000-0000-0000-0000-0000000000c1' };
export const SARA: Person = { id: '29:sara', name: 'Sara Medlem', aadObjectId: '00000000-0000-0000-0000-0000000000c2' };
export const KARIM: Person = { id: '29:karim', name: 'Karim Ersättare', aadObjectId: '00000000-0000-0000-0000-0000000000c3' };
export const NILS: Person = { id: '29:nils', name: 'Nils Polis', aadObjectId: '00000000-0000-0000-0000-0000000000c4' };
export const coordinator = (n: number): Person => ({ id: `29:coordinator-${n}`, name: `Koordinator ${n}`, aadObjectId: `00000000-0000-0000-0000-0000000001${String(n).padStart(2, '0')}` });

/** Göteborg's centre: takes consultations for municipality 1480, references GBG-…. */
export const GBG = 'resursteam-heder-goteborg';
export const RC_CHANNEL = '19:koordinatorer@thread.tacv2';
export const NETWORK_CHANNEL = '19:natverk@thread.tacv2';
export const MEETING = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0';

export type TestBot = BotUnderTest & { clock: FakeClock };

/**
 * A new bot on its own SQLite `:memory:` store for every test of the file, closed after it.
 * `now` sets the fake clock; `store` wraps or replaces the store (given a fresh one).
 */
export function useBot(
  options: { now?: string; members?: Person[]; store?: (fresh: DocumentStore) => DocumentStore; tabAuth?: () => TabAuth } = {},
): () => TestBot {
  let current: TestBot | undefined;
  beforeEach(async () => {
    const clock = new FakeClock(options.now ?? '2026-12-01T09:00:00Z');
    const fresh = new SqliteStore({ file: ':memory:' });
    // A wrapped store shares the fresh one's connection, so that must exist before wrapping.
    if (options.store) await fresh.init();
    const bot = await startBotUnderTest({ clock, members: options.members, store: options.store ? options.store(fresh) : fresh, tabAuth: options.tabAuth?.() });
    current = Object.assign(bot, { clock });
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('useBot: no bot outside a test');
    return current;
  };
}

/**
 * Two instances of the bot on one store and one clock, as in production behind a load
 * balancer: background jobs must run once across both. Fresh for every test.
 */
export function useTwoInstances(options: { now: string }): () => { first: TestBot; second: TestBot; clock: FakeClock } {
  let current: { first: TestBot; second: TestBot; clock: FakeClock } | undefined;
  beforeEach(async () => {
    const clock = new FakeClock(options.now);
    const store = new SqliteStore({ file: ':memory:' });
    const first = Object.assign(await startBotUnderTest({ store, clock }), { clock });
    const second = Object.assign(await startBotUnderTest({ store, clock }), { clock });
    current = { first, second, clock };
  });
  afterEach(async () => {
    await current?.first.close();
    await current?.second.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('useTwoInstances: no bots outside a test');
    return current;
  };
}

/** Where an action comes from: a team channel (the RC's by default) or the person's own chat. */
export const inChannel = (bot: BotUnderTest, from: Person, channel = RC_CHANNEL): ActivityOptions => ({
  serviceUrl: bot.stub.url, from, conversationType: 'channel', conversationId: `${channel};messageid=1`,
});
export const inPersonal = (bot: BotUnderTest, from: Person = SOCIAL_WORKER): ActivityOptions => ({
  serviceUrl: bot.stub.url, from, conversationId: personalChat(from),
});
export const personalChat = (from: Person) => `a:personal-${from.id}`;

/** Sends an Action.Execute as Teams does; the answer must be HTTP 200 with a valid 1.5 card. */
export async function execute(bot: BotUnderTest, verb: string, data: Record<string, unknown>, where: ActivityOptions): Promise<unknown> {
  const res = await postActivity(bot.botUrl, executeActivity(verb, data, where));
  expect(res.status).toBe(200);
  const card = (res.body as { value: unknown }).value;
  expect(checkCard(card).problems).toEqual([]);
  return card;
}

/** Every text on a card, one per line. */
export const text = (card: unknown) => cardTexts(card).join('\n');

/** The value an input shows (what the person typed, kept), by the input's id. */
export function inputValue(card: unknown, id: string): unknown {
  let found: unknown;
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (o.id === id && typeof o.type === 'string' && o.type.startsWith('Input.')) found = o.value;
    Object.values(o).forEach(walk);
  };
  walk(card);
  return found;
}

/** The cards the bot posted (proactively) to one conversation, as the connector received them. */
export const cardsPostedTo = (bot: BotUnderTest, conversationId: string) =>
  bot.stub.calls.filter((c) => c.method === 'POST' && c.conversationId === conversationId).map((c) => bot.cardsIn(c.body)[0]);

/** A complete, de-identified consultation request for Göteborg, as the form sends it. */
export const request = (overrides: Record<string, string> = {}) => ({
  municipality: '1480',
  sector: 'school',
  gender: 'girl_woman',
  ageBand: '13-17',
  violence: 'control,abduction',
  perpetrators: 'parents,siblings',
  questionType: 'hrv',
  urgent: 'false',
  question: 'Flicka 15 år. Familjen planerar en resa i sommar och skolan oroar sig för bortförande. Hur går vi vidare?',
  deidentified: 'true',
  submissionKey: randomUUID(),
  ...overrides,
});

/** An administrator binds a channel to a centre, through the card, so requests reach it. */
export async function bindChannel(bot: BotUnderTest, rcId = GBG, channel = RC_CHANNEL): Promise<unknown> {
  return execute(bot, 'centre.bindChannel.submit', { centreId: rcId }, inChannel(bot, ADMIN, channel));
}

/** A professional submits a request through the card; returns the stored record. */
export async function submitRequest(bot: BotUnderTest, overrides: Record<string, string> = {}, from: Person = SOCIAL_WORKER): Promise<ConsultationRecord> {
  const key = overrides.submissionKey ?? randomUUID();
  await execute(bot, 'consultation.submit', request({ ...overrides, submissionKey: key }), inPersonal(bot, from));
  const record = (await bot.app.consultations.listMine(from.id)).find((r) => r.submissionKey === key);
  if (!record) throw new Error('submitRequest: the request was not stored');
  return record;
}

/** A coordinator of the bound channel takes the request. */
export async function claim(bot: BotUnderTest, record: Pick<ConsultationRecord, 'rcId' | 'id'>, by: Person = coordinator(1)): Promise<unknown> {
  return execute(bot, 'consultation.claim', { rcId: record.rcId, id: record.id }, inChannel(bot, by));
}

/** People say "hej" first, so the bot can reach them in personal chat later. */
export async function greet(bot: BotUnderTest, ...people: Person[]): Promise<void> {
  for (const p of people) await postActivity(bot.botUrl, messageActivity('hej', inPersonal(bot, p)));
}

export interface NetworkSetup {
  networkId: string;
  orgIds: string[];
}

/**
 * Una Norrbotten's network led by LEAD, with SARA's organisation (KARIM as deputy) and NILS's
 * police: made through the services, as the tests of creating one through cards already cover that.
 */
export async function createNetworkWithMember(bot: BotUnderTest): Promise<NetworkSetup> {
  const networks = bot.app.networks;
  const created = await networks.createNetwork(actor(ADMIN, { admin: true }), { rcId: 'una-norrbotten', name: 'Nätverket Norrbotten', leads: [LEAD], meetingUrl: MEETING });
  if (!created.ok) throw new Error(`createNetworkWithMember: ${created.reason}`);
  const networkId = created.network.networkId;
  const orgs = [
    { name: 'Socialtjänsten Luleå', type: 'social_services', municipality: '2580', member: SARA, deputy: KARIM },
    { name: 'Polisen Norrbotten', type: 'police', municipality: '2580', member: NILS },
  ];
  for (const org of orgs) {
    const added = await networks.addOrganisation(LEAD, networkId, org);
    if (!added.ok) throw new Error(`createNetworkWithMember: ${added.reason}`);
  }
  const network = await networks.network(networkId);
  return { networkId, orgIds: network!.organisations.map((o) => o.id) };
}

/** The lead plans `count` fortnightly sessions from 10 Dec 2026 at 13:00; returns their ids in order. */
export async function planSessions(bot: BotUnderTest, networkId: string, count = 2): Promise<string[]> {
  const series = await bot.app.networks.createSeries(LEAD, networkId, {
    firstDate: '2026-12-10', startTime: '13:00', durationMinutes: '120', cadenceWeeks: '2', endKind: 'count', count: String(count), holidayPolicy: 'move',
  });
  if (!series.ok) throw new Error(`planSessions: ${series.reason}`);
  return series.sessions.map((s) => s.id);
}

/** The text shown right after an input (the message next to that field), if any. */
export function messageAfter(card: unknown, inputId: string): string | undefined {
  let found: string | undefined;
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) {
      const at = n.findIndex((e) => (e as { id?: unknown })?.id === inputId);
      const next = at >= 0 ? (n[at + 1] as { type?: unknown; text?: unknown } | undefined) : undefined;
      if (next?.type === 'TextBlock' && typeof next.text === 'string') found = next.text;
      return n.forEach(walk);
    }
    if (n && typeof n === 'object') Object.values(n).forEach(walk);
  };
  walk(card);
  return found;
}

/** The connector call that replaced one card in place, once it has come (slow work finishes after the turn). */
export async function updateOf(bot: BotUnderTest, cardId: string): Promise<unknown> {
  const call = await vi.waitFor(
    () => {
      const found = bot.stub.calls.find((c) => c.method === 'PUT' && c.activityId === cardId);
      if (!found) throw new Error(`card ${cardId} not updated yet`);
      return found;
    },
    { timeout: 5_000, interval: 10 },
  );
  return bot.cardsIn(call.body)[0];
}

/**
 * An Action.Execute on a card whose answer is counted after the turn (statistics): the invoke
 * answers at once with a valid card, and the finished card replaces the clicked card in place.
 */
export async function executeCounted(bot: BotUnderTest, verb: string, data: Record<string, unknown>, where: ActivityOptions): Promise<{ now: unknown; later: unknown }> {
  const cardId = `card-${randomUUID()}`;
  const res = await postActivity(bot.botUrl, { ...executeActivity(verb, data, where), replyToId: cardId });
  expect(res.status).toBe(200);
  const now = (res.body as { value: unknown }).value;
  expect(checkCard(now).problems).toEqual([]);
  const later = await updateOf(bot, cardId);
  expect(checkCard(later).problems).toEqual([]);
  return { now, later };
}
