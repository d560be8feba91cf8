// Trainings through the real bot: a professional orders one in personal chat, the order lands
// in the RC's channel, a coordinator takes it and proposes a date, plans it; people register
// (the third goes on the waiting list and moves up when a place frees), download the .ics,
// and after the training each registered person gets the evaluation card once.
import { describe, expect, it } from 'vitest';
import { actor } from '../helpers/actors.js';
import { SOCIAL_WORKER } from '../helpers/activities.js';
import { cardTexts } from '../helpers/card-validator.js';
import { matching, say, sv } from '../helpers/catalogue.js';
import { bindChannel, cardsPostedTo, coordinator, execute, executeCounted, GBG, greet, inChannel, inPersonal, KARIM, NILS, personalChat, RC_CHANNEL, SARA, text, useBot, useTwoInstances } from './fixtures.js';

const t = sv.training;
const bot = useBot({ now: '2026-04-01T08:00:00Z' });
const order = { topic: 'risk_assessment', trainingKind: 'training', professions: 'teacher', participants: '20', from: '2026-05-04', to: '2026-05-29', format: 'on_site', municipality: '1480', text: 'Gärna en eftermiddag.' };
const plan = { title: 'Riskbedömning i skolan', topic: 'risk_assessment', trainingKind: 'training', date: '2026-05-12', startTime: '13:00', endTime: '16:00', place: 'Stadshuset', capacity: '2', municipality: '1480', audience: 'open' };

/** The id of the one order waiting at Göteborg's centre, as its coordinators see it. */
async function onlyOpenRequest(): Promise<string> {
  const open = await bot().app.trainings.openRequests(actor(coordinator(1), { coordinatorOf: [GBG] }), GBG);
  if (!open.ok || open.requests.length !== 1) throw new Error('expected one open training order');
  return open.requests[0]!.id;
}

describe('a training ordered, answered and planned', () => {
  it('reaches the RC channel, and the professional is told of each step in personal chat', async () => {
    await bindChannel(bot());
    await greet(bot(), SOCIAL_WORKER);
    bot().stub.clear();
    const form = await execute(bot(), 'training.request.open', {}, inPersonal(bot()));
    expect(cardTexts(form)).toContain(t.request.title);
    const sent = await execute(bot(), 'training.request.submit', { ...order, submissionKey: '3f1c2b7a-1d2e-4f5a-8b9c-0d1e2f3a4b5c' }, inPersonal(bot()));
    expect(text(sent)).toMatch(matching(t.request.sent));
    const [posted] = cardsPostedTo(bot(), RC_CHANNEL);
    expect(text(posted)).toContain(say(t.channel.title, { topic: t.topics.risk_assessment }));
    const ref = { rcId: GBG, requestId: await onlyOpenRequest() };

    const taken = await execute(bot(), 'training.request.take', ref, inChannel(bot(), coordinator(1)));
    expect(text(taken)).toContain(say(t.channel.status.taken, { name: 'Koordinator 1' }));
    expect(bot().stub.calls.some((c) => c.method === 'PUT' && c.conversationId === RC_CHANNEL)).toBe(true);
    const told = () => cardsPostedTo(bot(), personalChat(SOCIAL_WORKER)).map(text);
    expect(told().at(-1)).toMatch(matching(t.notices.taken));

    // From personal chat nobody answers for the RC.
    expect(text(await execute(bot(), 'training.request.propose.open', ref, inPersonal(bot())))).toContain(sv.refusals.not_coordinator);
    const holiday = await execute(bot(), 'training.request.propose.submit', { ...ref, date1: '2026-05-01', time1: '13:00' }, inChannel(bot(), coordinator(1)));
    expect(text(holiday)).toContain(t.errors.holiday);
    const proposed = await execute(bot(), 'training.request.propose.submit', { ...ref, date1: '2026-05-12', time1: '13:00' }, inChannel(bot(), coordinator(1)));
    expect(text(proposed)).toContain(t.propose.done);
    expect(told().at(-1)).toMatch(matching(t.notices.proposed, { dates: /.*12 maj.* 13:00/ }));

    const planForm = await execute(bot(), 'training.event.open', ref, inChannel(bot(), coordinator(1)));
    expect(cardTexts(planForm)).toContain(t.event.title);
    const planned = await execute(bot(), 'training.event.submit', { ...plan, ...ref }, inChannel(bot(), coordinator(1)));
    expect(text(planned)).toMatch(matching(t.event.planned, { title: plan.title }));
    expect(told().at(-1)).toMatch(matching(t.notices.planned, { title: plan.title }));
  });

  it('a declined order tells the professional the reason', async () => {
    await bindChannel(bot());
    await greet(bot(), SOCIAL_WORKER);
    await execute(bot(), 'training.request.submit', order, inPersonal(bot()));
    const requestId = await onlyOpenRequest();
    const declined = await execute(bot(), 'training.request.decline.submit', { rcId: GBG, requestId, reason: 'Vi har ingen utbildare ledig i maj.' }, inChannel(bot(), coordinator(2)));
    expect(text(declined)).toContain(t.decline.done);
    expect(text(cardsPostedTo(bot(), personalChat(SOCIAL_WORKER)).at(-1))).toMatch(matching(t.notices.declined, { reason: 'Vi har ingen utbildare ledig i maj.' }));
  });
});

describe('registration, the waiting list, the calendar file and the evaluation', () => {
  it('fills two places, queues the third, moves them up on a cancellation, and asks each for one evaluation', async () => {
    await bindChannel(bot());
    await greet(bot(), SARA, KARIM, NILS);
    await execute(bot(), 'training.event.submit', { ...plan, rcId: GBG }, inChannel(bot(), coordinator(1)));
    const [event] = await bot().app.trainings.upcoming({ rcId: GBG });
    const ref = { rcId: GBG, eventId: event!.id };

    const list = await execute(bot(), 'training.list', {}, inPersonal(bot(), SARA));
    expect(cardTexts(list)).toContain(plan.title);
    expect(text(await execute(bot(), 'training.register', { ...ref, municipality: '1480' }, inPersonal(bot(), SARA)))).toContain(say(t.registration.registered, { title: plan.title }));
    await execute(bot(), 'training.register', { ...ref, municipality: '1480' }, inPersonal(bot(), KARIM));
    expect(text(await execute(bot(), 'training.register', { ...ref, municipality: '1480' }, inPersonal(bot(), NILS)))).toContain(t.refusals.full);
    expect(text(await execute(bot(), 'training.waitlist', { ...ref, municipality: '1480' }, inPersonal(bot(), NILS)))).toContain(say(t.registration.queued, { position: 1 }));

    // The calendar file behind the list's link.
    const ics = await fetch(`${bot().botUrl}/calendar/${event!.calendarToken}.ics`);
    expect(ics.status).toBe(200);
    expect(await ics.text()).toContain(`SUMMARY:${plan.title}`);

    bot().stub.clear();
    expect(text(await execute(bot(), 'training.unregister', ref, inPersonal(bot(), KARIM)))).toContain(t.registration.unregistered);
    const toNils = bot().stub.calls.filter((c) => c.method === 'POST' && c.conversationId === personalChat(NILS));
    expect(String(toNils[0]?.body?.text)).toMatch(matching(t.notices.promoted, { title: plan.title }));

    // After the start the coordinators record the counts; the two registered get one evaluation each.
    bot().clock.set('2026-05-12T15:00:00Z');
    bot().stub.clear();
    const counts = { ...ref, prof_teacher: '18', sector_school: '18' };
    expect(text(await execute(bot(), 'training.participants.submit', counts, inChannel(bot(), coordinator(1))))).toContain(t.participants.done);
    await execute(bot(), 'training.participants.submit', { ...counts, prof_teacher: '19' }, inChannel(bot(), coordinator(1)));
    const evaluationsTo = (p: typeof SARA) => cardsPostedTo(bot(), personalChat(p)).filter((card) => text(card).includes(say(t.evaluation.title, { title: plan.title })));
    expect(evaluationsTo(SARA)).toHaveLength(1);
    expect(evaluationsTo(NILS)).toHaveLength(1);
    expect(evaluationsTo(KARIM)).toHaveLength(0);

    const thanks = await execute(bot(), 'training.evaluate', { ...ref, rating: '5', different: 'Fråga tidigare om resor.' }, inPersonal(bot(), SARA));
    expect(text(thanks)).toContain(t.evaluation.thanks);
    expect(text(await execute(bot(), 'training.evaluate', { ...ref, rating: '1' }, inPersonal(bot(), SARA)))).toContain(t.evaluation.thanks);
    expect((await bot().app.trainings.event(GBG, event!.id))?.evaluations).toHaveLength(1);
  });
});

describe('training reminders', () => {
  const instances = useTwoInstances({ now: '2026-04-01T08:00:00Z' });

  it('reach each registered person once across two instances', async () => {
    const { first, second, clock } = instances();
    await greet(first, SARA);
    await bindChannel(first);
    await execute(first, 'training.event.submit', { ...plan, rcId: GBG }, inChannel(first, coordinator(1)));
    const [event] = await first.app.trainings.upcoming({ rcId: GBG });
    await execute(first, 'training.register', { rcId: GBG, eventId: event!.id, municipality: '1480' }, inPersonal(first, SARA));
    first.stub.clear();
    clock.set('2026-05-10T11:30:00Z');
    await Promise.all([first.app.jobs.runDueNow(), second.app.jobs.runDueNow()]);
    await Promise.all([first.app.jobs.runDueNow(), second.app.jobs.runDueNow()]);
    const reminders = [...first.stub.calls, ...second.stub.calls].filter((c) => c.method === 'POST' && c.conversationId === personalChat(SARA) && matching(t.notices.reminder).test(String(c.body?.text)));
    expect(reminders).toHaveLength(1);
    expect(String(reminders[0]?.body?.text)).toMatch(matching(t.notices.reminder, { title: plan.title, where: 'Stadshuset' }));
  });
});

describe('the menu', () => {
  it('offers professionals "Beställ utbildning" and the trainings to register for, and the RC\'s coordinators "Utbildningar" without the order', async () => {
    const buttons = (card: unknown) => JSON.stringify(card);
    const forProfessional = await execute(bot(), 'menu.show', {}, inPersonal(bot()));
    expect(buttons(forProfessional)).toContain('training.request.open');
    expect(buttons(forProfessional)).toContain('"training.list"');
    await bindChannel(bot());
    const forCoordinator = await execute(bot(), 'menu.show', {}, inChannel(bot(), coordinator(1)));
    expect(buttons(forCoordinator)).toContain('"training.list"');
    expect(buttons(forCoordinator)).not.toContain('training.request.open');
    const list = await execute(bot(), 'training.list', {}, inChannel(bot(), coordinator(1)));
    expect(cardTexts(list)).toContain(t.list.empty);
    expect(buttons(list)).toContain('training.event.open');
  });
});

describe('the follow-up in chat', () => {
  it('shows the trainings held and their participants on the statistics card, small counts hidden for others', async () => {
    await bindChannel(bot());
    await execute(bot(), 'training.event.submit', { ...plan, rcId: GBG, capacity: '30' }, inChannel(bot(), coordinator(1)));
    const [event] = await bot().app.trainings.upcoming({ rcId: GBG });
    bot().clock.set('2026-05-12T15:00:00Z');
    await execute(bot(), 'training.participants.submit', { rcId: GBG, eventId: event!.id, prof_teacher: '18', prof_manager: '2', sector_school: '20' }, inChannel(bot(), coordinator(1)));
    const own = text((await executeCounted(bot(), 'stats.show', { scope: `rc:${GBG}`, period: 'year:2026' }, inChannel(bot(), coordinator(1)))).later);
    expect(own).toContain('Utbildningar genomförda');
    expect(own).toMatch(/Deltagare: chefer\n2/);
    const outside = text((await executeCounted(bot(), 'stats.show', { scope: `rc:${GBG}`, period: 'year:2026' }, inPersonal(bot()))).later);
    expect(outside).toMatch(/Deltagare: chefer\n<5/);
  });
});
