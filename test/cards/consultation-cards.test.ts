// Every consultation card, in every state a record can be in, is a valid Adaptive Card 1.5
// under 28 KB, and offers only the buttons that state allows.
import { describe, expect, it } from 'vitest';
import { answerCard, channelCard, consultationView } from '../../bot/consultation/views.js';
import { adviceFollowedCard } from '../../cards/consultation/answer-delivery.card.js';
import { mineCard } from '../../cards/consultation/mine.card.js';
import { messagesFor } from '../../cards/i18n/catalogue.js';
import { ADVICE_FOLLOWED, STATUSES } from '../../services/consultation/codes.js';
import type { ConsultationRecord } from '../../services/consultation/record.js';
import { DirectoryIndex } from '../../services/directory/lookup.js';
import { cardTexts, checkCard, walkActions } from '../helpers/card-validator.js';

const index = new DirectoryIndex();
const sv = messagesFor('sv');
const base: ConsultationRecord = {
  id: 'GBG-2026-0001', kind: 'consultation', rcId: 'resursteam-heder-goteborg', reference: 'GBG-2026-0001', year: 2026, seq: 1,
  channel: 'teams', sector: 'school', municipality: '1480', gender: 'girl_woman', ageBand: '13-17', violence: ['control', 'fgm'],
  perpetrators: ['parents'], questionType: 'hrv', urgent: true, question: 'Flicka 14 år, oro för resa.', answer: null, outcomes: [],
  status: 'new', contacts: 1, adviceFollowed: null, helpfulness: null, requester: { id: '29:s', name: 'S' }, claimedBy: null, answeredBy: null,
  submissionKey: null, channelActivityId: null, requesterConversation: null, reannouncements: 0, followUp: 'none', thread: [],
  times: { created: '2026-11-22T10:00:00Z', claimed: null, answered: null, closed: null, withdrawn: null, erased: null, reannounced: null, followUpAsked: null },
} as ConsultationRecord;

const buttons = (card: unknown) => {
  const titles: unknown[] = [];
  walkActions((card as { actions?: unknown }).actions, (a) => a.type === 'Action.Execute' && titles.push(a.title));
  return titles;
};

describe('consultation cards', () => {
  it.each(STATUSES)('the channel card for a %s request is valid and offers the right buttons', (status) => {
    const card = channelCard(index, { ...base, status, claimedBy: status === 'new' ? null : { id: '29:c', name: 'Lina' } });
    expect(checkCard(card).problems).toEqual([]);
    const expected: Record<string, string[]> = {
      new: ['Ta ärendet', 'Lämna över'], claimed: ['Svara', 'Stäng', 'Lämna över', 'Kontakter och skede'],
      answered: ['Stäng', 'Återöppna', 'Kontakter och skede'], closed: ['Återöppna', 'Kontakter och skede'], withdrawn: [], transferred: [],
    };
    expect(buttons(card)).toEqual(expected[status]);
  });

  it('shows that free text was erased by retention instead of an empty question', () => {
    const card = channelCard(index, { ...base, status: 'closed', question: null });
    expect(cardTexts(card)).toContain('Fritexten är raderad enligt gallringsregeln.');
  });

  it('delivers the answer with the duty-to-report reminder for a child and the helpfulness question', () => {
    const card = answerCard(index, { ...base, status: 'answered', answer: 'Gör en orosanmälan.', outcomes: ['report_of_concern'] }, sv, 'sv');
    expect(checkCard(card).problems).toEqual([]);
    expect(cardTexts(card).join(' ')).toContain('anmälningsskyldighet');
    expect(buttons({ actions: (card.body.find((e) => e.type === 'ActionSet') as { actions: unknown[] }).actions })).toEqual(['1', '2', '3', '4', '5']);
  });

  it('asks whether the advice was followed, and thanks once answered', () => {
    expect(checkCard(adviceFollowedCard({ messages: sv, consultation: consultationView(index, base, 'sv'), codes: ADVICE_FOLLOWED })).problems).toEqual([]);
    const answered = adviceFollowedCard({ messages: sv, consultation: consultationView(index, { ...base, adviceFollowed: 'partly' }, 'sv'), codes: ADVICE_FOLLOWED });
    expect(cardTexts(answered).join(' ')).toContain('Delvis');
  });

  it('lists my consultations, offering withdraw only while new', () => {
    const card = mineCard({ messages: sv, consultations: [consultationView(index, base, 'sv'), consultationView(index, { ...base, id: 'x', status: 'answered', answer: 'Råd' }, 'sv')] });
    expect(checkCard(card).problems).toEqual([]);
    expect(JSON.stringify(card).match(/Återkalla frågan/g)).toHaveLength(2); // title + fallback of one action
  });
});
