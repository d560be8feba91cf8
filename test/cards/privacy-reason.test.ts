// Issue #20 item 6: when the identifier check stops a text, the reason under the field names
// what was found ("en gatuadress, ett postnummer"), and the text stays in the field to correct.
import { describe, expect, it } from 'vitest';
import { sessionQuestionCard } from '../../cards/sessions/session-question.card.js';
import { messagesFor, type Locale } from '../../cards/i18n/catalogue.js';
import { CASE_CODES } from '../../bot/consultation/views.js';
import { cardTexts } from '../helpers/card-validator.js';

const typed = 'Flickan bor på Skogsbrynet 22, 415 05 Göteborg. Hur går vi vidare?';

function stopped(locale: Locale) {
  return sessionQuestionCard({
    messages: messagesFor(locale),
    networkId: 'n1',
    sessionId: 's1',
    date: '2026-12-10',
    maxLength: 2000,
    values: { question: typed },
    codes: CASE_CODES,
    errors: { question: 'identifying' },
    privacy: { question: { blocking: ['street_address', 'postcode'], warnings: [] } },
  });
}

describe('the reason shown next to a stopped text', () => {
  it.each<[Locale, string]>([
    ['sv', 'en gatuadress, ett postnummer'],
    ['en', 'a street address, a postcode'],
  ])('names the kinds found (%s) and keeps the text for correction', (locale, kinds) => {
    const card = stopped(locale);
    expect(cardTexts(card).join('\n')).toContain(kinds);
    expect(JSON.stringify(card)).toContain(JSON.stringify(typed).slice(1, -1));
  });

  it('has an article before every kind in Swedish, as in "ett namn"', () => {
    const kinds = Object.values(messagesFor('sv').consultation.findingKinds);
    expect(kinds.filter((k) => !/^(en|ett) /.test(k))).toEqual([]);
  });
});
