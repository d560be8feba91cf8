// Trainings end to end in the Agents Playground: the administrator binds the Koordinatorer
// channel to Göteborg's resource team, then as a professional orders a training in personal
// chat; in the channel, as the RC's coordinator, plans one; and in personal chat registers for it.
// One person in one Playground: ordering is open to anyone, and Teams membership of the bound
// team is what makes someone a coordinator there.
import { describe, expect, it } from 'vitest';
import { say, sv } from '../helpers/catalogue.js';
import { addDays, type LocalDate } from '../../services/time/local-date.js';
import { nextWorkingDay } from '../../services/time/swedish-calendar.js';
import { clickInCard, fillDate, fillTime } from './card-inputs.js';
import { useWorld } from './use-world.js';

const world = useWorld({ user: 'Olle Låtsasson' });

const CENTRE = 'Resursteam heder, Göteborgs Stad';
const TITLE = 'Riskbedömning för elevhälsan';
const t = sv.training;
const today = new Date().toISOString().slice(0, 10) as LocalDate;
/** A working day three weeks ahead (machine date): the bot runs on the real clock. */
const EVENT_DATE = nextWorkingDay(addDays(today, 21));

describe('a training ordered, planned and registered for in the Agents Playground', () => {
  it('an administrator binds the Koordinatorer channel to Göteborg\'s resource team', async () => {
    await world().openConversation('Koordinatorer');
    await world().mentionAndSend('koppla kanalen');
    await world().waitForCard(sv.consultation.binding.title);
    await world().choose(sv.centreEdit.chooseCentre, CENTRE);
    await world().clickAction(sv.consultation.binding.bind);
    await world().waitForCard(say(sv.consultation.binding.bound, { centre: CENTRE }));
  });

  it('a professional orders a training in personal chat, and is told where it went', async () => {
    await world().openConversation('Personal Chat');
    await world().send('beställ utbildning');
    const form = await world().waitForCard(t.request.title);
    await world().choose(t.request.topic, t.topics.risk_assessment);
    await world().choose(t.request.kind, t.kinds.training);
    await world().chooseMany(t.request.professions, [t.professions.teacher, t.professions.student_health]);
    await world().fillInput(t.request.participants, '25');
    await fillDate(form, t.request.from, addDays(today, 14));
    await fillDate(form, t.request.to, addDays(today, 45));
    await world().choose(t.request.format, t.formats.on_site);
    await world().choose(t.request.municipality, 'Göteborg');
    await world().fillInput(t.request.text, 'Gärna en eftermiddag för lärare och elevhälsa.');
    await world().clickAction(t.request.submit);
    const sent = await world().waitForCard(say(t.request.sent, { centre: CENTRE }));
    expect(await sent.innerText()).toContain(say(t.request.sent, { centre: CENTRE }));
  });

  it('the coordinator plans a training from the channel', async () => {
    await world().openConversation('Koordinatorer');
    await world().mentionAndSend('utbildningar');
    const list = await world().waitForCard(t.list.empty);
    await clickInCard(list, t.list.plan);
    const form = await world().waitForCard(t.event.title);
    await world().fillInput(t.event.titleField, TITLE);
    await world().choose(t.event.topic, t.topics.risk_assessment);
    await world().choose(t.event.kind, t.kinds.training);
    await fillDate(form, t.event.date, EVENT_DATE);
    await fillTime(form, t.event.startTime, '13:00');
    await fillTime(form, t.event.endTime, '16:00');
    await world().fillInput(t.event.place, 'Stadshuset, sal 3');
    await world().fillInput(t.event.capacity, '30');
    await world().choose(t.event.municipality, 'Göteborg');
    await world().clickAction(t.event.submit);
    const planned = await world().waitForCard(TITLE);
    expect(await planned.innerText()).toContain(TITLE);
  });

  it('a professional registers for it in personal chat', async () => {
    await world().openConversation('Personal Chat');
    await world().send('utbildningar');
    const list = await world().waitForCard(TITLE);
    await world().choose(t.list.municipality, 'Göteborg');
    await clickInCard(list, t.list.register);
    const registered = await world().waitForCard(say(t.registration.registered, { title: TITLE }));
    expect(await registered.innerText()).toContain(t.list.registered);
  });
});
