// "Which RC serves this place, and how do I reach it?" through /api/messages, as Teams sends it:
// typed requests, Action.Execute lookups, the typeahead invoke, and administrators' corrections.
// Centre and place names are the directory's data; everything the bot says is the catalogue's.
import { describe, expect, it } from 'vitest';
import { executeActivity, mentionActivity, messageActivity, postActivity, SOCIAL_WORKER, submitActivity, type Person } from '../helpers/activities.js';
import { matching, say, sv } from '../helpers/catalogue.js';
import { cardTexts, walkActions } from '../helpers/card-validator.js';
import { ADMIN, execute as executeAs, inPersonal, inputValue, useBot } from './fixtures.js';

const bot = useBot();
const c = sv.centre;
const o = (from: Person = SOCIAL_WORKER) => ({ serviceUrl: bot().stub.url, from });
const execute = (verb: string, data: Record<string, unknown>, from?: Person) => executeAs(bot(), verb, data, inPersonal(bot(), from));
const lastCard = () => bot().cardsIn(bot().stub.sent().at(-1))[0];

describe('finding a resource centre', () => {
  it('answers "hitta rc kiruna" with Una Norrbotten and a prefilled consultation request', async () => {
    await postActivity(bot().botUrl, messageActivity('hitta rc kiruna', o()));
    const card = lastCard();
    const texts = cardTexts(card);
    expect(texts[0]).toBe(say(c.resultTitle, { place: 'Kiruna' }));
    expect(texts).toContain('Una Norrbotten – kompetensteam mot våld');
    const actions: Array<{ verb?: unknown; data?: unknown }> = [];
    walkActions(card, (a) => a.type === 'Action.Execute' && actions.push(a));
    expect(actions).toContainEqual(expect.objectContaining({ verb: 'consultation.start', data: expect.objectContaining({ municipality: '2584' }) }));
  });

  it('answers the search card: a chosen municipality code gives the RC card', async () => {
    const card = await execute('centre.lookup', { place: '1480' });
    expect(cardTexts(card)[0]).toBe(say(c.resultTitle, { place: 'Göteborg' }));
    expect(cardTexts(card).join(' ')).not.toContain('Fyrbodal');
  });

  it('outside every area: the nearest centres with km, marked as outside their area, and NCH', async () => {
    const card = await execute('centre.lookup', { place: 'Jönköping' });
    const text = cardTexts(card).join('\n');
    expect(text).toContain(say(c.noCentreHere, { place: 'Jönköping' }));
    expect(text).toMatch(matching(c.distance, { km: /\d+/ }));
    expect(text).toContain('Nationellt centrum mot hedersrelaterat våld och förtryck');
  });

  it('keeps the search card, with a message, when nothing was chosen', async () => {
    const card = await execute('centre.lookup', {});
    expect(cardTexts(card)).toContain(c.placeRequired);
  });

  it('suggests places instead of an empty answer for an unknown place', async () => {
    await postActivity(bot().botUrl, messageActivity('hitta rc Atlantis', o()));
    expect(cardTexts(lastCard())).toContain(say(c.notFound, { query: 'Atlantis' }));
  });

  it('answers the typeahead (application/search) with matching municipalities', async () => {
    const activity = {
      ...executeActivity('x', {}, o()),
      name: 'application/search',
      value: { kind: 'search', queryText: 'ornsk', queryOptions: { skip: 0, top: 15 }, dataset: 'rc.places' },
    };
    const res = await postActivity(bot().botUrl, activity);
    expect(res.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.search.searchResponse',
      value: { results: [{ title: 'Örnsköldsvik (Västernorrlands län)', value: '2284' }] },
    });
  });

  it('answers everyone in a team channel who @mentions the bot', async () => {
    await postActivity(bot().botUrl, mentionActivity('hitta rc Växjö', { serviceUrl: bot().stub.url, conversationId: '19:channel;messageid=7' }));
    expect(cardTexts(lastCard())[0]).toBe(say(c.resultTitle, { place: 'Växjö' }));
  });

  it('works through the Action.Submit fallback too', async () => {
    await postActivity(bot().botUrl, submitActivity({ verb: 'centre.lookup', place: 'county:07' }, o()));
    expect(cardTexts(lastCard())[0]).toBe(say(c.countyResultTitle, { place: 'Kronobergs län' }));
  });
});

describe('an administrator corrects a centre', () => {
  it('is refused to anyone who is not an administrator', async () => {
    const card = await execute('centre.edit.open', { centreId: 'resursteam-heder-goteborg' });
    expect(cardTexts(card).join(' ')).toContain(sv.refusals.not_admin);
  });

  it('shows the error next to the field, keeps every typed value, then saves and the lookup shows it', async () => {
    const form = await execute('centre.edit.open', { centreId: 'resursteam-heder-goteborg' }, ADMIN);
    expect(cardTexts(form)[0]).toBe('Resursteam heder, Göteborgs Stad');
    const typed = { centreId: 'resursteam-heder-goteborg', status: 'permanent', phone: '12', email: 'heder@goteborg.example.se', web: '', supportLine: '', coverage: '1480', coverageNotStated: 'false' };
    const again = await execute('centre.save', typed, ADMIN);
    expect(cardTexts(again)).toContain(sv.centreEdit.errors.invalid_phone);
    expect(inputValue(again, 'email')).toBe('heder@goteborg.example.se');
    expect(inputValue(again, 'phone')).toBe('12');

    const saved = await execute('centre.save', { ...typed, phone: '031-365 00 00' }, ADMIN);
    expect(cardTexts(saved)).toContain(sv.centreEdit.saved);
    const answer = await execute('centre.lookup', { place: '1480' });
    expect(cardTexts(answer)).toContain('031-365 00 00');
  });
});
