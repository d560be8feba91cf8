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
import { clickInCard, fillDate, fillTime } from './card-inputs.js';
import { ROOT, useWorld } from './use-world.js';

const world = useWorld({ user: 'Olle Låtsasson' });

const CENTRE = 'Resursteam heder, Göteborgs Stad';
const NETWORK = 'Nätverket Göteborg';
const ORG = 'Socialtjänsten Göteborg';
const MEETING = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_test%40thread.v2/0';
const QUESTION = 'Hur samverkar vi med skolan när en elev riskerar att föras utomlands?';

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
      await world().waitForCard('Skapa ett nätverk');
      await world().choose('Resurscentrum', CENTRE);
      await world().fillInput('Nätverkets namn', NETWORK);
      await world().fillInput('Länk till nätverkets Teams-möte', MEETING);
      // The leads are the Playground's mock team members, read by the bot from the roster.
      await world().chooseMany('Ledare', ['Maja Fiktivsdotter']);
      await world().clickAction('Skapa nätverket');
      const created = await world().waitForCard('är skapat');
      expect(await created.innerText()).toContain(`Nätverket ${NETWORK} är skapat.`);
    });
  });

  it('the lead adds an organisation with a member and a deputy', async () => {
    await timed('switch to Maja', () => world().switchUser('Maja Fiktivsdotter'));
    await timed('add organisation', async () => {
      await world().openConversation('Koordinatorer');
      await world().mentionAndSend('lägg till organisation');
      await world().waitForCard('Lägg till en organisation');
      await world().choose('Nätverk', NETWORK);
      await world().fillInput('Organisationens namn', ORG);
      await world().choose('Typ', 'Socialtjänst');
      await world().choose('Kommun', 'Göteborg');
      await world().choose('Medlem', 'Sara Exempelsson');
      await world().choose('Ersättare', 'Karim Provsson');
      await world().clickAction('Lägg till');
      const added = await world().waitForCard('är med i nätverket');
      expect(await added.innerText()).toContain(`${ORG} är med i nätverket ${NETWORK}.`);
    });
  }, 30_000); // a Playground restart, on two cores shared with other files

  it('the lead plans four fortnightly Thursdays from her personal chat', async () => {
    await timed('plan series', async () => {
      await world().openConversation('Personal Chat');
      await world().send('nätverksträffar');
      const list = await world().waitForCard('Nätverksträffar');
      await clickInCard(list, `Planera träffar: ${NETWORK}`);
      const form = await world().waitForCard('Planera nätverksträffar');
      await fillDate(form, 'Första träffen', FIRST_DATE);
      await fillTime(form, 'Klockan', '13:00');
      expect(await form.getByRole('combobox', { name: 'Hur ofta' }).last().inputValue()).toBe('Var 2:e vecka');
      expect(await form.getByRole('radio', { name: 'Efter ett antal träffar' }).isChecked()).toBe(true);
      await world().fillInput('Antal träffar', '4');
      await world().clickAction('Skapa träffarna');
      const created = await world().waitForCard('träffar är planerade');
      expect(await created.innerText()).toContain('4 träffar är planerade.');
    });
  });

  it('a member books her organisation\'s place on the first session and sends a de-identified question', async () => {
    await timed('switch to Sara', () => world().switchUser('Sara Exempelsson'));
    await timed('book', async () => {
      await world().send('nätverksträffar');
      const list = await world().waitForCard(`${NETWORK}:`);
      // The first session is the date and time the lead typed; 120 minutes is the default length.
      expect(await list.innerText()).toContain(`${NETWORK}: ${shownDate(FIRST_DATE)} 13:00–15:00`);
      await clickInCard(list, 'Boka plats');
      const booked = await world().waitForCard('Platsen är bokad');
      expect(await booked.innerText()).toContain(`Platsen är bokad för ${ORG}.`);
    });
    await timed('question', async () => {
      const list = await world().waitForCard('Platsen är bokad');
      await clickInCard(list, 'Skicka fråga i förväg');
      await world().waitForCard('Fråga till nätverksträffen');
      await world().choose('Frågan gäller', 'Hedersrelaterat våld och förtryck');
      await world().choose('Ålder', '13–17 år');
      await world().fillInput('Din fråga', QUESTION);
      await world().setToggle('Jag har avidentifierat ärendet', true);
      await world().clickAction('Skicka frågan');
      const sent = await world().waitForCard('Frågan är skickad');
      expect(await sent.innerText()).toContain('Frågan är skickad till nätverksträffen');
    });
  }, 30_000);

  it('the lead marks the question discussed; attendance is offered only once a session has begun', async () => {
    await timed('switch to Maja again', () => world().switchUser('Maja Fiktivsdotter'));
    await timed('agenda', async () => {
      await world().send('nätverksträffar');
      const list = await world().waitForCard(`${NETWORK}:`);
      await clickInCard(list, 'Dagordning');
      const agenda = await world().waitForCard(QUESTION);
      expect(await agenda.innerText()).toContain(`Dagordning ${shownDate(FIRST_DATE)}`);
      expect(await agenda.innerText()).toContain(`${ORG} · Hedersrelaterat våld och förtryck · Inskickad`);
      await world().screenshot(join(ROOT, 'docs', 'playground-sessions-agenda.png'), agenda);
      await clickInCard(agenda, 'Diskuterad');
      const discussed = await world().waitForCard(`${ORG} · Hedersrelaterat våld och förtryck · Diskuterad`);
      // A discussed question has no buttons left.
      expect(await discussed.getByRole('button', { name: 'Diskuterad', exact: true }).count()).toBe(0);
    });
    await timed('attendance', async () => {
      await world().clickAction('Nätverksträffar');
      const list = await world().waitForCard(`${NETWORK}:`);
      // Attendance is offered once a session has begun (the HTTP-level test records it with a
      // fake clock); weeks ahead the lead gets agenda, change and cancel instead.
      expect(await list.getByRole('button', { name: 'Närvaro', exact: true }).count()).toBe(0);
      expect(await list.getByRole('button', { name: 'Ändra tid eller länk', exact: true }).count()).toBeGreaterThan(0);
    });
  }, 30_000);
});
