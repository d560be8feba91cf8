// Three people in three Playground windows at once, as `npm start` opens them: the administrator
// binds the Koordinatorer channel in his, the coordinator looks at the queue in hers, and the
// social worker's request appears in the coordinator's window without anyone restarting or
// switching user; the coordinator takes it and the social worker is told in her own window.
import { describe, expect, it } from 'vitest';
import { say, sv } from '../helpers/catalogue.js';
import type { UserSession } from './harness.js';
import { useWorld } from './use-world.js';

const world = useWorld({ user: 'Olle Låtsasson' });
const CENTRE = 'Resursteam heder, Göteborgs Stad';
const c = sv.consultation;
const codes = sv.codes;
const QUESTION = 'Pojke 16 år. Familjen kontrollerar hans umgänge och skolan är orolig. Hur stöttar vi honom?';

let lina: UserSession;
let sara: UserSession;
let reference = '';

describe('one Playground per person, all on one bot', () => {
  it('the administrator binds the channel in his window; the coordinator opens it in hers', async () => {
    await world().openConversation('Koordinatorer');
    await world().mentionAndSend('koppla kanalen');
    await world().waitForCard(c.binding.title);
    await world().choose(sv.centreEdit.chooseCentre, CENTRE);
    await world().clickAction(c.binding.bind);
    await world().waitForCard(say(c.binding.bound, { centre: CENTRE }));

    lina = await world().openAs('Lina Testberg');
    await lina.openConversation('Koordinatorer');
    await lina.mentionAndSend('öppna ärenden');
    await lina.waitForCard('Öppna ärenden för');
  }, 60_000);

  it("the social worker's request appears in the coordinator's window, and is told when the coordinator takes it", async () => {
    sara = await world().openAs('Sara Exempelsson');
    await sara.waitForCard(sv.welcome.title);
    await sara.send('konsultation');
    await sara.waitForCard(c.form.municipality);
    await sara.choose(c.form.municipality, 'Göteborg');
    await sara.choose(c.form.sector, codes.sector.school);
    await sara.choose(c.form.gender, codes.gender.boy_man);
    await sara.choose(c.form.ageBand, codes.ageBand['13-17']);
    await sara.chooseMany(c.form.violence, [codes.violence.control]);
    await sara.chooseMany(c.form.perpetrators, [codes.perpetrators.parents]);
    await sara.choose(c.form.questionType, codes.questionType.hrv);
    await sara.fillInput(c.form.question, QUESTION);
    await sara.setToggle(c.form.deidentified, true);
    await sara.clickAction(c.form.submit);
    const receipt = await sara.waitForCard(c.receipt.title);
    reference = /GBG-\d{4}-\d{4}/.exec(await receipt.innerText())?.[0] ?? '';
    expect(reference).toMatch(/^GBG-\d{4}-0001$/);

    const request = await lina.waitForCard(say(c.channel.newRequest, { reference }));
    expect(await request.innerText()).toContain(QUESTION);
    await lina.clickAction(c.channel.claim);
    await lina.waitForCard(say(c.channel.claimedBy, { name: 'Lina Testberg' }));
    const taken = await sara.waitForCard(say(c.receipt.claimed, { centre: CENTRE, reference }));
    expect(await taken.innerText()).not.toContain('Lina Testberg');
  }, 90_000);
});
