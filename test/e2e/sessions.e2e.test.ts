// Network sessions end to end in the Agents Playground: the administrator creates a network in
// the Koordinatorer channel with Maja as its lead, Maja adds Sara's organisation and plans a
// fortnightly series in her personal chat, Sara books the first session and sends a
// de-identified question, and Maja marks it discussed and goes to record attendance.
//
// Each person takes over the one Playground in turn (switchUser): every step starts from a
// card the person asks for, so nothing depends on a message posted to someone else.
// The bot runs on the real clock, so the series starts on a Thursday at least a week ahead,
// and attendance for it is refused as not started yet (the service allows it only once a
// session has begun; faking time is not possible against the built bot).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { say, sayCount, sv } from '../helpers/catalogue.js';
import { clickInCard, fillDate, fillTime } from './card-inputs.js';
import { ROOT, useWorld } from './use-world.js';

const world = useWorld({ user: 'Olle Låtsasson' });

const CENTRE = 'Resursteam heder, Göteborgs Stad';
const NETWORK = 'Nätverket Göteborg';
const ORG = 'Socialtjänsten Göteborg';
const MEETING = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_test%40thread.v2/0';
const QUESTION = 'Hur samverkar vi med skolan när en elev riskerar att föras utomlands?';
const s = sv.sessions;
const form = sv.consultation.form;

/** The first Thursday at least seven days after today (machine date), as YYYY-MM-DD. */
function thursdayAWeekAhead(today = new Date()): string {
  const day = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate() + 7));
  day.setUTCDate(day.getUTCDate() + ((4 - day.getUTCDay() + 7) % 7));
  return day.toISOString().slice(0, 10);
}
const FIRST_DATE = thursdayAWeekAhead();
/** How the bot's Swedish cards show a date ("tors 3 dec."), to check the date input arrived. */
const shownDate = (isoDate: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(`${isoDate}T12:00:00Z`));
/** The session list names the year on every date when the four fortnightly sessions run over New Year. */
const LAST_DATE = new Date(Date.parse(`${FIRST_DATE}T12:00:00Z`) + 6 * 7 * 86_400_000).toISOString().slice(0, 10);
const listedDate = (isoDate: string) => (LAST_DATE.slice(0, 4) !== FIRST_DATE.slice(0, 4) ? `${shownDate(isoDate)} ${isoDate.slice(0, 4)}` : shownDate(isoDate));

/** Logs how long a step took, so slow steps show up in the run's output. */
async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    console.log(`[sessions e2e] ${label}: ${Math.round(performance.now() - start)} ms`);
  }
}

describe('network sessions from series to attendance in the Agents Playground', () => {
  it('an administrator creates a network in the channel, choosing its lead from the team roster', async () => {
    await timed('create network', async () => {
      await world().openConversation('Koordinatorer');
      await world().mentionAndSend('skapa nätverk');
      await world().waitForCard(s.network.createTitle);
      await world().choose(s.network.centre, CENTRE);
      await world().fillInput(s.network.name, NETWORK);
      await world().fillInput(s.network.meetingUrl, MEETING);
      // The leads are the Playground's mock team members, read by the bot from the roster.
      await world().chooseMany(s.network.leads, ['Maja Fiktivsdotter']);
      await world().clickAction(s.network.create);
      const created = await world().waitForCard(say(s.network.created, { name: NETWORK }));
      expect(await created.innerText()).toContain(say(s.network.created, { name: NETWORK }));
    });
  });

  it('the lead adds an organisation with a member and a deputy', async () => {
    await timed('switch to Maja', () => world().switchUser('Maja Fiktivsdotter'));
    await timed('add organisation', async () => {
      await world().openConversation('Koordinatorer');
      await world().mentionAndSend('lägg till organisation');
      await world().waitForCard(s.network.orgTitle);
      await world().choose(s.network.network, NETWORK);
      await world().fillInput(s.network.orgName, ORG);
      await world().choose(s.network.orgType, s.network.orgTypes.social_services);
      await world().choose(s.network.municipality, 'Göteborg');
      await world().choose(s.network.member, 'Sara Exempelsson');
      await world().choose(s.network.deputy, 'Karim Provsson');
      await world().clickAction(s.network.add);
      const added = await world().waitForCard(say(s.network.added, { org: ORG, network: NETWORK }));
      expect(await added.innerText()).toContain(say(s.network.added, { org: ORG, network: NETWORK }));
    });
  }, 30_000); // a Playground restart, on two cores shared with other files

  it('the lead plans four fortnightly Thursdays from her personal chat', async () => {
    await timed('plan series', async () => {
      await world().openConversation('Personal Chat');
      await world().send('nätverksträffar');
      const list = await world().waitForCard(s.list.yourNetworks);
      // Maja leads one network: its name heads the one "plan sessions" button.
      expect(await list.innerText()).toContain(NETWORK);
      await clickInCard(list, `${s.list.newSeries}: ${NETWORK}`);
      const series = await world().waitForCard(s.series.title);
      await fillDate(series, s.series.firstDate, FIRST_DATE);
      await fillTime(series, s.series.startTime, '13:00');
      expect(await series.getByRole('combobox', { name: s.series.cadence }).last().inputValue()).toBe(s.series.everyOtherWeek);
      expect(await series.getByRole('radio', { name: s.series.endByCount }).isChecked()).toBe(true);
      await world().fillInput(s.series.count, '4');
      await world().clickAction(s.series.create);
      const created = await world().waitForCard(sayCount(sv, s.series.created, 4));
      expect(await created.innerText()).toContain(sayCount(sv, s.series.created, 4));
    });
  });

  it('a member books her organisation\'s place on the first session and sends a de-identified question', async () => {
    await timed('switch to Sara', () => world().switchUser('Sara Exempelsson'));
    await timed('book', async () => {
      await world().send('nätverksträffar');
      const list = await world().waitForCard(`${NETWORK}:`);
      // The first session is the date and time the lead typed; 120 minutes is the default length.
      expect(await list.innerText()).toContain(`${NETWORK}: ${say(s.list.when, { date: listedDate(FIRST_DATE), start: '13:00', end: '15:00' })}`);
      await clickInCard(list, s.list.book);
      const booked = await world().waitForCard(say(s.booking.booked, { org: ORG }));
      expect(await booked.innerText()).toContain(say(s.booking.booked, { org: ORG }));
    });
    await timed('question', async () => {
      const list = await world().waitForCard(say(s.booking.booked, { org: ORG }));
      await clickInCard(list, s.list.question);
      await world().waitForCard(say(s.question.title, { date: shownDate(FIRST_DATE) }));
      await world().choose(form.questionType, sv.codes.questionType.hrv);
      await world().choose(form.ageBand, sv.codes.ageBand['13-17']);
      await world().fillInput(s.question.text, QUESTION);
      await world().setToggle(form.deidentified, true);
      await world().clickAction(s.question.send);
      const sent = await world().waitForCard(say(s.question.sent, { date: shownDate(FIRST_DATE) }));
      expect(await sent.innerText()).toContain(say(s.question.sent, { date: shownDate(FIRST_DATE) }));
    });
  }, 30_000);

  it('the lead marks the question discussed; attendance is offered only once a session has begun', async () => {
    await timed('switch to Maja again', () => world().switchUser('Maja Fiktivsdotter'));
    await timed('agenda', async () => {
      await world().send('nätverksträffar');
      const list = await world().waitForCard(`${NETWORK}:`);
      await clickInCard(list, s.list.agenda);
      const agenda = await world().waitForCard(QUESTION);
      expect(await agenda.innerText()).toContain(say(s.agenda.title, { date: shownDate(FIRST_DATE) }));
      expect(await agenda.innerText()).toContain(`${ORG} · ${sv.codes.questionType.hrv} · ${s.agenda.statuses.submitted}`);
      await world().screenshot(join(ROOT, 'docs', 'playground-sessions-agenda.png'), agenda);
      await clickInCard(agenda, s.agenda.discussed);
      const discussed = await world().waitForCard(`${ORG} · ${sv.codes.questionType.hrv} · ${s.agenda.statuses.discussed}`);
      // A discussed question has no buttons left.
      expect(await discussed.getByRole('button', { name: s.agenda.discussed, exact: true }).count()).toBe(0);
    });
    await timed('attendance', async () => {
      await world().clickAction(s.list.title);
      const list = await world().waitForCard(`${NETWORK}:`);
      // Attendance is offered once a session has begun (the HTTP-level test records it with a
      // fake clock); weeks ahead the lead gets agenda, change and cancel instead.
      expect(await list.getByRole('button', { name: s.list.attendance, exact: true }).count()).toBe(0);
      expect(await list.getByRole('button', { name: s.list.change, exact: true }).count()).toBeGreaterThan(0);
    });
  }, 30_000);
});
