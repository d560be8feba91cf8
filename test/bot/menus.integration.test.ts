// Every role finds its way: the bot offers each person the actions of the roles they have where
// they are (personal chat, the RC's channel, another channel, a group chat), `hjälp` lists what
// they can type, and free text gets a few likely actions instead of the whole menu again.
import { describe, expect, it } from 'vitest';
import { VERBS } from '../../cards/verbs.js';
import { messageActivity, postActivity, SOCIAL_WORKER, type ActivityOptions, type Person } from '../helpers/activities.js';
import { en, say as say_, sv } from '../helpers/catalogue.js';
import { cardTexts, checkCard, walkActions } from '../helpers/card-validator.js';
import { ADMIN, bindChannel, coordinator, createNetworkWithMember, execute, inChannel, inPersonal, KARIM, LEAD, planSessions, SARA, text, useBot } from './fixtures.js';

// Team members, so the forms that choose people (create a network) have someone to offer.
const bot = useBot({ members: [ADMIN, LEAD, SARA] });

type Button = { title: string; verb: string; data: Record<string, unknown> };

function buttons(card: unknown): Button[] {
  const found: Button[] = [];
  walkActions(card, (a) => {
    if (a.type === 'Action.Execute') found.push(a as unknown as Button);
  });
  return found;
}

const titles = (card: unknown) => buttons(card).map((b) => b.title);

/** What the bot answers to a typed message: the card of its one reply. */
async function say(words: string, where: ActivityOptions): Promise<unknown> {
  bot().stub.clear();
  const res = await postActivity(bot().botUrl, messageActivity(words, where));
  expect(res.status).toBe(200);
  const replies = bot().stub.sent();
  expect(replies).toHaveLength(1);
  const [card] = bot().cardsIn(replies[0]);
  expect(checkCard(card).problems).toEqual([]);
  return card;
}

const inGroupChat = (from: Person): ActivityOptions => ({ serviceUrl: bot().stub.url, from, conversationType: 'groupChat', conversationId: '19:groupchat@thread.v2' });

/** Clicking every button the menu offers gives that action's card, never a refusal. */
async function everyButtonWorks(card: unknown, where: ActivityOptions): Promise<void> {
  const refusals = Object.values(sv.refusals);
  for (const b of buttons(card)) {
    const { verb: _verb, ...data } = b.data;
    const next = await execute(bot(), b.verb, data, where);
    const texts = cardTexts(next);
    expect(texts.filter((t) => refusals.includes(t) || t === sv.common.unknownAction), b.title).toEqual([]);
  }
}

describe('the menu per role and place', () => {
  it('a social worker in personal chat is welcomed with her jobs: consultation, centres, sessions, her consultations and trainings', async () => {
    const card = await say('hej', inPersonal(bot()));
    expect(titles(card)).toEqual([sv.welcome.consultation, sv.welcome.findCentre, sv.welcome.sessions, sv.menu.actions.mine, sv.training.order, sv.training.menu]);
    expect(text(card)).toContain(sv.welcome.privacy);
    expect(text(card)).not.toContain(sv.menu.groups.coordinator);
    await everyButtonWorks(card, inPersonal(bot()));
  });

  it("the coordinators' channel gets the queue, logging, statistics and trainings, not the social worker's welcome", async () => {
    await bindChannel(bot());
    const card = await say('hej', inChannel(bot(), coordinator(1)));
    expect(titles(card)).toEqual([sv.menu.actions.queue, sv.menu.actions.log, sv.welcome.statistics, sv.training.menu]);
    expect(text(card)).not.toContain(sv.welcome.intro);
    expect(text(card)).not.toContain(sv.welcome.consultation);
    await everyButtonWorks(card, inChannel(bot(), coordinator(1)));
  });

  it('a coordinator in personal chat sees her own jobs as a professional and her taken cases and statistics', async () => {
    await bindChannel(bot());
    await say('hej', inChannel(bot(), coordinator(2)));
    const card = await say('hej', inPersonal(bot(), coordinator(2)));
    expect(text(card)).toContain(sv.menu.groups.requester);
    expect(text(card)).toContain(sv.menu.groups.coordinator);
    expect(titles(card)).toEqual([
      sv.welcome.consultation, sv.welcome.findCentre, sv.welcome.sessions, sv.menu.actions.mine, sv.training.order, sv.training.menu,
      sv.menu.actions.queue, sv.welcome.statistics,
    ]);
    await everyButtonWorks(card, inPersonal(bot(), coordinator(2)));
  });

  it("a network's lead is offered to plan sessions of her network and the agenda and attendance", async () => {
    const { networkId } = await createNetworkWithMember(bot());
    const card = await say('hej', inPersonal(bot(), LEAD));
    expect(text(card)).toContain(sv.menu.groups.lead);
    const plan = buttons(card).find((b) => b.title === sv.menu.actions.plan);
    expect(plan).toMatchObject({ verb: VERBS.sessionSeriesOpen, data: { networkId } });
    expect(titles(card)).toContain(sv.menu.actions.agenda);
    await everyButtonWorks(card, inPersonal(bot(), LEAD));
  });

  it("a network's member is not offered the lead's actions", async () => {
    await createNetworkWithMember(bot());
    const card = await say('hej', inPersonal(bot(), SARA));
    expect(text(card)).not.toContain(sv.menu.groups.lead);
    expect(titles(card)).not.toContain(sv.menu.actions.plan);
  });

  it('an administrator in a channel not yet bound gets binding, networks and the directory beside the professional jobs', async () => {
    const card = await say('hej', inChannel(bot(), ADMIN));
    expect(titles(card)).toEqual([
      sv.welcome.findCentre, sv.welcome.sessions,
      sv.menu.actions.bindChannel, sv.menu.actions.createNetwork, sv.menu.actions.catalogueStatus, sv.welcome.editDirectory, sv.welcome.statistics,
    ]);
    await everyButtonWorks(card, inChannel(bot(), ADMIN));
  });

  it('an administrator in the bound channel sees the coordinators’ and administrators’ groups, statistics once', async () => {
    await bindChannel(bot());
    const card = await execute(bot(), VERBS.menuShow, {}, inChannel(bot(), ADMIN));
    expect(text(card)).toContain(sv.menu.groups.coordinator);
    expect(text(card)).toContain(sv.menu.groups.admin);
    expect(titles(card).filter((t) => t === sv.welcome.statistics)).toHaveLength(1);
    expect(titles(card)).not.toContain(sv.welcome.consultation);
  });

  it('a group chat offers what works there: finding a centre and network sessions', async () => {
    const card = await say('hej', inGroupChat(SOCIAL_WORKER));
    expect(titles(card)).toEqual([sv.welcome.findCentre, sv.welcome.sessions]);
    await everyButtonWorks(card, inGroupChat(SOCIAL_WORKER));
  });
});

describe('hjälp', () => {
  it("lists a social worker's typed commands, and none of the coordinators'", async () => {
    const card = await say('hjälp', inPersonal(bot()));
    const all = text(card);
    for (const command of ['konsultation', 'mina konsultationer', 'hitta rc <kommun>', 'nätverksträffar']) expect(all).toContain(command);
    expect(all).not.toContain('öppna ärenden');
    expect(all).not.toContain('logga konsultation');
  });

  it("lists the coordinators' commands in their channel", async () => {
    await bindChannel(bot());
    const all = text(await say('hjälp', inChannel(bot(), coordinator(1))));
    for (const command of ['öppna ärenden', 'logga konsultation', 'statistik']) expect(all).toContain(command);
    expect(all).not.toContain('mina konsultationer');
  });

  it("lists a lead's commands for the network where they work: in a channel", async () => {
    await createNetworkWithMember(bot());
    const all = text(await say('hjälp', inChannel(bot(), LEAD)));
    for (const command of ['lägg till organisation', 'lägg till medledare', 'byt ersättare', 'koppla nätverkskanal']) expect(all).toContain(command);
  });

  it("lists an administrator's commands, the national channel and response targets among them", async () => {
    const all = text(await say('hjälp', inChannel(bot(), ADMIN)));
    for (const command of ['koppla kanalen', 'skapa nätverk', 'katalogstatus', 'koppla nationella kanalen', 'svarsmål']) expect(all).toContain(command);
  });

  it('lists the English commands when Teams is English', async () => {
    const all = text(await say('help', { ...inPersonal(bot()), locale: 'en-US' }));
    expect(all).toContain(en.menu.commandsTitle);
    for (const command of ['consultation', 'my consultations', 'find rc <municipality>', 'network sessions']) expect(all).toContain(command);
  });
});

describe('free text the bot cannot read', () => {
  it('gets a short answer with the likeliest actions, the consultation first for a question about a report of concern', async () => {
    await say('hej', inPersonal(bot()));
    const card = await say('hur gör jag en orosanmälan?', inPersonal(bot()));
    expect(cardTexts(card)[0]).toBe(sv.menu.suggestTitle);
    expect(text(card)).not.toContain(sv.welcome.intro);
    expect(titles(card)[0]).toBe(sv.welcome.consultation);
    expect(titles(card).length).toBeLessThanOrEqual(4);
    expect(titles(card).at(-1)).toBe(sv.menu.showAll);
  });

  it('suggests network sessions for a question about booking a place', async () => {
    await say('hej', inPersonal(bot()));
    const card = await say('kan jag boka en plats på nätverket?', inPersonal(bot()));
    expect(titles(card)[0]).toBe(sv.welcome.sessions);
  });

  it("offers the coordinators' actions in their channel, the queue for a question about waiting cases", async () => {
    await bindChannel(bot());
    await say('hej', inChannel(bot(), coordinator(1)));
    const card = await say('vilka ärenden väntar?', inChannel(bot(), coordinator(1)));
    expect(titles(card)[0]).toBe(sv.menu.actions.queue);
    expect(titles(card)).not.toContain(sv.welcome.consultation);
  });

  it('"Visa alla val" opens the menu with the commands', async () => {
    const card = await execute(bot(), VERBS.menuHelp, {}, inPersonal(bot()));
    expect(text(card)).toContain(sv.menu.commandsTitle);
  });
});

describe('what people are told, in their own words', () => {
  it('a coordinator who writes "koppla kanalen" is told that binding is for administrators, not the directory', async () => {
    await bindChannel(bot());
    const card = await say('koppla kanalen', inChannel(bot(), coordinator(1)));
    expect(text(card)).toContain(sv.consultation.binding.notAdmin);
    expect(text(card)).not.toContain(sv.refusals.not_admin);
  });

  it("a deputy booking the place their member holds is told who holds it, and the list names the organisation", async () => {
    const { networkId } = await createNetworkWithMember(bot());
    const [sessionId] = await planSessions(bot(), networkId);
    await execute(bot(), VERBS.sessionBook, { networkId, sessionId }, inPersonal(bot(), SARA));
    const card = await execute(bot(), VERBS.sessionBook, { networkId, sessionId }, inPersonal(bot(), KARIM));
    expect(text(card)).toContain(say_(sv.refusals.already_booked, { name: SARA.name }));
    expect(text(card)).toContain(say_(sv.sessions.list.bookedBy, { org: 'Socialtjänsten Luleå', name: SARA.name }));
  });

  it('a lead who pastes a link that is not a Teams meeting is told what link to paste, not to choose an option', async () => {
    const { networkId } = await createNetworkWithMember(bot());
    const card = await execute(bot(), VERBS.networkMeetingLinkSubmit, { networkId, meetingUrl: 'https://zoom.us/j/123' }, inPersonal(bot(), LEAD));
    expect(text(card)).toContain(sv.consultation.errors.not_teams_meeting);
    expect(text(card)).not.toContain(sv.consultation.errors.invalid);
  });
});
