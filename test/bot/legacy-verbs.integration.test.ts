// Cards posted in Teams before issue #11 still carry the old verbs (one verb, several jobs told
// apart by `step` or `op`), and Teams keeps them for months. Each old name, sent as the old card
// sends it, must do what the one-job verb does: two fresh bots get the same setup, one is sent
// the old verb and the other the new one, and both answer with the same card and leave the
// store in the same state. A table row per old name and job.
import { describe, expect, it } from 'vitest';
import { LEGACY_VERBS } from '../../bot/actions/legacy-verbs.js';
import { VERBS, type Verb } from '../../cards/verbs.js';
import type { ActivityOptions, Person } from '../helpers/activities.js';
import { SOCIAL_WORKER } from '../helpers/activities.js';
import {
  ADMIN, bindChannel, cardsPostedTo, claim, coordinator, createNetworkWithMember, execute, GBG, inChannel, inPersonal, KARIM, LEAD, NETWORK_CHANNEL, NILS,
  planSessions, RC_CHANNEL, request, SARA, submitRequest, useBot, type TestBot,
} from './fixtures.js';

/** What a row's setup made, for its card data and its check of the store. */
interface Made {
  rcId?: string;
  id?: string;
  networkId?: string;
  sessionId?: string;
  questionIds?: string[];
  orgIds?: string[];
}

interface Row {
  old: string;
  data: (made: Made) => Record<string, unknown>;
  verb: Verb;
  from: Person;
  where: 'personal' | 'rc channel' | 'network channel';
  setup?: (bot: TestBot) => Promise<Made>;
  /** What the action changed in the store (compared between the bots, and with before). */
  state?: (bot: TestBot, made: Made) => Promise<unknown>;
}

const QUESTION = 'Hur samverkar vi med skolan när en elev riskerar att föras utomlands?';
const KEY = '6f1c0d2e-1111-4222-8333-944445555666';

// Setups ------------------------------------------------------------------------------------------

const claimed = async (bot: TestBot): Promise<Made> => {
  await bindChannel(bot);
  const record = await submitRequest(bot);
  await claim(bot, record, coordinator(1));
  return { rcId: record.rcId, id: record.id };
};
const bound = async (bot: TestBot): Promise<Made> => (await bindChannel(bot), {});
const network = async (bot: TestBot): Promise<Made> => createNetworkWithMember(bot);
const sessions = async (bot: TestBot): Promise<Made> => {
  const made = await createNetworkWithMember(bot);
  const [sessionId] = await planSessions(bot, made.networkId);
  return { ...made, sessionId };
};
/** Two questions on the first session's agenda, in the order sent. */
const agenda = async (bot: TestBot): Promise<Made> => {
  const made = await sessions(bot);
  const questionIds: string[] = [];
  for (const question of [QUESTION, 'Vilka rättsfall om utreseförbud finns från i år?']) {
    const sent = await bot.app.networks.submitQuestion(SARA, made.networkId!, made.sessionId!, { question, questionType: 'case_handling', ageBand: '13-17', violence: 'control', deidentified: 'true' });
    if (!sent.ok) throw new Error(`question not sent: ${sent.reason}`);
    questionIds.push(sent.question.id);
    bot.clock.advance(60_000); // the agenda orders by time sent; a clock standing still would tie
  }
  return { ...made, questionIds };
};
/** The first session has begun, so attendance can be recorded. */
const started = async (bot: TestBot): Promise<Made> => {
  const made = await sessions(bot);
  bot.clock.set('2026-12-10T15:00:00Z');
  return made;
};

// State probes ------------------------------------------------------------------------------------

const record = async (bot: TestBot, made: Made) => (await bot.app.consultations.get(made.rcId!, made.id!))?.record.status;
const requestsReachChannel = async (bot: TestBot) => {
  bot.stub.clear();
  await submitRequest(bot);
  return cardsPostedTo(bot, RC_CHANNEL).length;
};
const session = async (bot: TestBot, made: Made) => {
  const s = await bot.app.networks.session(made.networkId!, made.sessionId!);
  return s && { status: s.status, start: s.start, bookings: s.bookings.length, items: s.agendaItems.map((i) => i.title) };
};
const agendaState = async (bot: TestBot, made: Made) => {
  const result = await bot.app.networks.agenda(LEAD, made.networkId!, made.sessionId!);
  return result.ok ? result.entries.map((e) => (e.kind === 'question' ? `${e.question.text?.slice(0, 20)}:${e.question.status}` : `item:${e.item.title}`)) : result.reason;
};
const networkState = async (bot: TestBot, made: Made) => {
  const n = made.networkId ? await bot.app.networks.network(made.networkId) : (await bot.app.networks.networksOf(LEAD.id))[0];
  return n && { name: n.name, organisations: n.organisations.map((o) => o.name), leads: [...n.leads.map((l) => l.id)].sort(), channel: n.conversationReference !== null && n.conversationReference !== undefined };
};

const ids = (m: Made) => ({ networkId: m.networkId, sessionId: m.sessionId });

const ROWS: Row[] = [
  { old: 'consultation.answer', verb: VERBS.consultationAnswerOpen, from: coordinator(1), where: 'rc channel', setup: claimed, data: (m) => ({ rcId: m.rcId, id: m.id }) },
  {
    old: 'consultation.answer', verb: VERBS.consultationAnswerSubmit, from: coordinator(1), where: 'rc channel', setup: claimed, state: record,
    data: (m) => ({ rcId: m.rcId, id: m.id, step: 'submit', answer: 'Gör en orosanmälan.', outcomes: 'report_of_concern' }),
  },
  { old: 'consultation.log', verb: VERBS.consultationLogOpen, from: coordinator(1), where: 'rc channel', setup: bound, data: () => ({}) },
  {
    old: 'consultation.log', verb: VERBS.consultationLogSubmit, from: coordinator(1), where: 'rc channel', setup: bound,
    data: () => ({ ...request({ submissionKey: KEY }), step: 'submit', channel: 'phone', outcomes: 'conversation_advice' }),
    state: async (bot) => (await bot.app.store.collection<{ id: string; channel?: string; status?: string }>('consultations').queryAll({})).map((r) => `${r.channel}:${r.status}`),
  },
  { old: 'centre.bindChannel', verb: VERBS.channelBindOpen, from: ADMIN, where: 'rc channel', data: () => ({}) },
  { old: 'centre.bindChannel', verb: VERBS.channelBindSubmit, from: ADMIN, where: 'rc channel', data: () => ({ step: 'bind', centreId: GBG }), state: requestsReachChannel },
  { old: 'centre.edit', verb: VERBS.centreEditOpen, from: ADMIN, where: 'personal', data: () => ({ centreId: GBG }) },
  { old: 'centre.edit', verb: VERBS.centrePick, from: ADMIN, where: 'personal', data: () => ({}) },
  { old: 'session.question.submit', verb: VERBS.sessionQuestionOpen, from: SARA, where: 'personal', setup: sessions, data: ids },
  {
    old: 'session.question.submit', verb: VERBS.sessionQuestionSend, from: SARA, where: 'personal', setup: sessions, state: agendaState,
    data: (m) => ({ ...ids(m), step: 'submit', question: QUESTION, questionType: 'case_handling', ageBand: '13-17', violence: 'control', deidentified: 'true', submissionKey: KEY }),
  },
  { old: 'session.attendance', verb: VERBS.sessionAttendanceOpen, from: LEAD, where: 'personal', setup: started, data: ids },
  {
    old: 'session.attendance', verb: VERBS.sessionAttendanceSave, from: LEAD, where: 'personal', setup: started, state: session,
    data: (m) => ({ ...ids(m), step: 'submit', [`org_${m.orgIds![0]}`]: 'true', [`org_${m.orgIds![1]}`]: 'false' }),
  },
  { old: 'session.series.create', verb: VERBS.sessionSeriesOpen, from: LEAD, where: 'personal', setup: network, data: (m) => ({ networkId: m.networkId }) },
  {
    old: 'session.series.create', verb: VERBS.sessionSeriesSubmit, from: LEAD, where: 'personal', setup: network,
    data: (m) => ({ networkId: m.networkId, step: 'submit', firstDate: '2026-12-10', startTime: '13:00', durationMinutes: '90', cadenceWeeks: '2', endKind: 'count', count: '3', holidayPolicy: 'move', meetingUrl: '', submissionKey: KEY }),
    state: async (bot, m) => (await bot.app.networks.sessionsOf(m.networkId!)).map((s) => `${s.date} ${s.start}`),
  },
  { old: 'session.cancel', verb: VERBS.sessionCancelOpen, from: LEAD, where: 'personal', setup: sessions, data: ids },
  { old: 'session.cancel', verb: VERBS.sessionCancelSubmit, from: LEAD, where: 'personal', setup: sessions, state: session, data: (m) => ({ ...ids(m), step: 'submit', reason: 'Ledaren är sjuk.' }) },
  { old: 'session.reschedule', verb: VERBS.sessionRescheduleOpen, from: LEAD, where: 'personal', setup: sessions, data: ids },
  {
    old: 'session.reschedule', verb: VERBS.sessionRescheduleSubmit, from: LEAD, where: 'personal', setup: sessions, state: session,
    data: (m) => ({ ...ids(m), step: 'submit', date: '2026-12-10', startTime: '14:30', meetingUrl: '' }),
  },
  { old: 'session.agenda', verb: VERBS.sessionAgendaShow, from: LEAD, where: 'personal', setup: agenda, data: ids },
  { old: 'session.agenda', verb: VERBS.sessionAgendaDiscussed, from: LEAD, where: 'personal', setup: agenda, state: agendaState, data: (m) => ({ ...ids(m), op: 'discussed', questionId: m.questionIds![0] }) },
  { old: 'session.agenda', verb: VERBS.sessionAgendaCarryOver, from: LEAD, where: 'personal', setup: agenda, state: agendaState, data: (m) => ({ ...ids(m), op: 'carry_over', questionId: m.questionIds![0] }) },
  { old: 'session.agenda', verb: VERBS.sessionAgendaMoveUp, from: LEAD, where: 'personal', setup: agenda, state: agendaState, data: (m) => ({ ...ids(m), op: 'up', questionId: m.questionIds![1] }) },
  { old: 'session.agenda', verb: VERBS.sessionAgendaAddItem, from: LEAD, where: 'personal', setup: agenda, state: agendaState, data: (m) => ({ ...ids(m), op: 'add', itemKind: 'method', itemTitle: 'Riskbedömning med PATRIARK' }) },
  { old: 'network.create', verb: VERBS.networkCreateOpen, from: ADMIN, where: 'network channel', data: () => ({}) },
  {
    old: 'network.create', verb: VERBS.networkCreateSubmit, from: ADMIN, where: 'network channel', state: networkState,
    data: () => ({ step: 'submit', rcId: 'una-norrbotten', name: 'Nätverket Norrbotten', meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0', leads: LEAD.id }),
  },
  { old: 'network.addOrganisation', verb: VERBS.networkAddOrganisationOpen, from: LEAD, where: 'network channel', setup: network, data: () => ({}) },
  {
    old: 'network.addOrganisation', verb: VERBS.networkAddOrganisationSubmit, from: LEAD, where: 'network channel', setup: network, state: networkState,
    data: (m) => ({ networkId: m.networkId, step: 'submit', name: 'Skolan Luleå', type: 'school', municipality: '2580', member: ADMIN.id }),
  },
  { old: 'network.addCoLead', verb: VERBS.networkAddCoLeadOpen, from: LEAD, where: 'network channel', setup: network, data: () => ({}) },
  { old: 'network.addCoLead', verb: VERBS.networkAddCoLeadSubmit, from: LEAD, where: 'network channel', setup: network, state: networkState, data: (m) => ({ networkId: m.networkId, step: 'submit', person: ADMIN.id }) },
  { old: 'network.bindChannel', verb: VERBS.networkBindChannelOpen, from: LEAD, where: 'network channel', setup: network, data: () => ({}) },
  { old: 'network.bindChannel', verb: VERBS.networkBindChannelSubmit, from: LEAD, where: 'network channel', setup: network, state: networkState, data: (m) => ({ networkId: m.networkId, step: 'submit' }) },
];

/** Ids and keys the store or a form made up at random: equal cards differ only in these. */
const normalised = (card: unknown) =>
  JSON.stringify(card)
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replace(/[A-Za-z0-9_-]{43}/g, '<token>');

const members = [ADMIN, LEAD, SARA, KARIM, NILS, SOCIAL_WORKER];
const oldBot = useBot({ members });
const newBot = useBot({ members });

function where(bot: TestBot, row: Row): ActivityOptions {
  if (row.where === 'personal') return inPersonal(bot, row.from);
  return inChannel(bot, row.from, row.where === 'rc channel' ? RC_CHANNEL : NETWORK_CHANNEL);
}

async function run(bot: TestBot, row: Row, verb: string) {
  const made = (await row.setup?.(bot)) ?? {};
  const before = row.state ? await row.state(bot, made) : undefined;
  const data = row.data(made);
  // The old card sent the old name; the new verb gets the same data, minus what routed the old one.
  const sent = verb === row.old ? data : Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'step' && k !== 'op'));
  const card = await execute(bot, verb, sent, where(bot, row));
  const after = row.state ? await row.state(bot, made) : undefined;
  return { card: normalised(card), before, after };
}

/** What in the old card's data chose the job, for the test's name. */
function routedBy(row: Row): string {
  const data = row.data({ networkId: 'n', sessionId: 's', questionIds: ['q', 'q'], orgIds: ['o', 'o'] });
  if (typeof data.step === 'string') return `step: ${data.step}`;
  if (typeof data.op === 'string') return `op: ${data.op}`;
  if (row.old === 'centre.edit') return data.centreId ? 'with centreId' : 'without centreId';
  return row.old === 'session.agenda' ? 'without op' : 'without step';
}

describe('old card verbs still do their job', () => {
  it('every old name in the routing table has a row here', () => {
    expect([...new Set(ROWS.map((r) => r.old))].sort()).toEqual(Object.keys(LEGACY_VERBS).sort());
  });

  it.each(ROWS.map((row) => [`${row.old} ${routedBy(row)} → ${row.verb}`, row] as const))(
    '%s',
    async (_name, row) => {
      const [old, now] = await Promise.all([run(oldBot(), row, row.old), run(newBot(), row, row.verb)]);
      expect(old.card).toBe(now.card);
      if (row.state) {
        expect(old.after).toEqual(now.after);
        expect(old.after).not.toEqual(old.before);
      }
    },
  );
});
