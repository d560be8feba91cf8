// Every answer the directory can give renders as a valid Adaptive Card 1.5 under 28 KB,
// for every one of the 290 municipalities and 21 counties, in both languages.
import { describe, expect, it } from 'vitest';
import { answerPlace, placeChoices } from '../../bot/directory/place-choices.js';
import { centreEditCard, centrePickCard, formValuesOf } from '../../cards/centre/centre-edit.card.js';
import { centreSearchCard } from '../../cards/centre/centre-search.card.js';
import { messagesFor, resolveLocale } from '../../cards/i18n/catalogue.js';
import { DirectoryIndex } from '../../services/directory/lookup.js';
import { cardTexts, checkCard } from '../helpers/card-validator.js';

const index = new DirectoryIndex();
const sv = { locale: 'sv' as const, messages: messagesFor('sv') };
const en = { locale: resolveLocale('en-GB'), messages: messagesFor('en') };

describe('directory cards', () => {
  it('answers every municipality and county with a valid card, in Swedish and English', () => {
    const places = [...index.municipalities().map((m) => m.code), ...index.counties().map((c) => `county:${c.code}`)];
    expect(places).toHaveLength(311);
    for (const language of [sv, en]) {
      for (const place of places) {
        const { problems } = checkCard(answerPlace(index, place, language));
        expect(problems, place).toEqual([]);
      }
    }
  });

  it('offers every municipality and county in the search card, within the size limit', () => {
    const card = centreSearchCard({ messages: sv.messages, places: placeChoices(index) });
    expect(checkCard(card).problems).toEqual([]);
    const input = card.body.find((e) => e.type === 'Input.ChoiceSet');
    expect(input).toMatchObject({ style: 'filtered', 'choices.data': { type: 'Data.Query' } });
    expect(input && 'choices' in input ? input.choices : []).toHaveLength(311);
  });

  it('never answers with an empty card for an unknown place', () => {
    const card = answerPlace(index, 'Atlantis', sv);
    expect(cardTexts(card).join(' ')).toContain('Hittade ingen kommun som heter "Atlantis"');
    const buttons = card.body.flatMap((e) => (e.type === 'ActionSet' ? e.actions : []));
    expect(buttons.length).toBeGreaterThan(0);
    expect(checkCard(card).problems).toEqual([]);
  });

  it('renders the administrator cards validly for every centre', () => {
    expect(checkCard(centrePickCard({ messages: sv.messages, centres: index.centres.map((c) => ({ id: c.id, name: c.name })) })).problems).toEqual([]);
    for (const centre of index.centres) {
      const card = centreEditCard({ messages: sv.messages, centre, values: formValuesOf(centre), municipalities: placeChoices(index, { counties: false }), errors: { phone: 'invalid_phone' } });
      expect(checkCard(card).problems, centre.id).toEqual([]);
    }
  });
});
