// Session cards in states the flows reach only after months: a question whose text was
// erased by retention still has its place on the lead's agenda, and says why it is empty.
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../cards/i18n/catalogue.js';
import { agendaCard } from '../../cards/sessions/agenda.card.js';
import { cardTexts, checkCard } from '../helpers/card-validator.js';

describe('session cards', () => {
  it.each(['sv', 'en'] as const)('the agenda shows an erased question as erased, not as an empty line (%s)', (language) => {
    const messages = messagesFor(language);
    const card = agendaCard({
      messages,
      networkId: 'net-1',
      sessionId: 'net-1:s:0',
      date: '10 mars 2026',
      entries: [
        { kind: 'question', id: 'q1', text: null, status: 'discussed', questionType: 'hrv', orgName: 'Socialtjänsten Luleå' },
        { kind: 'question', id: 'q2', text: 'Hur gör vi vid oro för utresa?', status: 'submitted', questionType: 'hrv', orgName: 'Polisen' },
      ],
    });
    expect(checkCard(card).problems).toEqual([]);
    const texts = cardTexts(card);
    expect(texts).toContain(`1. ${messages.sessions.agenda.erased}`);
    expect(texts).toContain('2. Hur gör vi vid oro för utresa?');
    expect(texts.some((t) => t.includes('null'))).toBe(false);
  });
});
