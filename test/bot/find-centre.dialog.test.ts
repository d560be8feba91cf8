// Dialog tests in the style of BotBuilder-Samples' core-bot: drive the dialog turn by turn.
import { DialogTestClient } from 'botbuilder-testing';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { FindCentreDialog, type AnswerPlace } from '../../bot/dialogs/find-centre.dialog.js';
import { adaptiveCard, paragraph } from '../../cards/card.js';
import { sv } from '../helpers/catalogue.js';

const answered: string[] = [];
const answerPlace: AnswerPlace = async (place) => {
  answered.push(place);
  return adaptiveCard([paragraph(`svar för ${place}`)]);
};

describe('find centre dialog', () => {
  it('asks which municipality when none was given, then answers with a card', async () => {
    const client = new DialogTestClient('msteams', new FindCentreDialog(answerPlace), {});
    const ask = await client.sendActivity('hitta rc');
    expect(ask.text).toBe(sv.findCentre.askPlace);
    const reply = await client.sendActivity('Kiruna');
    expect(reply.attachments?.[0]?.content.body[0].text).toBe('svar för Kiruna');
    expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
  });

  it('answers at once when the place came with the request', async () => {
    const client = new DialogTestClient('msteams', new FindCentreDialog(answerPlace), { place: 'Malmö' });
    const reply = await client.sendActivity('hitta rc Malmö');
    expect(reply.attachments?.[0]?.content.body[0].text).toBe('svar för Malmö');
    expect(answered).toContain('Malmö');
  });
});
