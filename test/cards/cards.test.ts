import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../cards/i18n/catalogue.js';
import { noticeCard } from '../../cards/notice.card.js';
import { VERBS } from '../../cards/verbs.js';
import { welcomeCard } from '../../cards/welcome.card.js';
import { menuGroups } from '../../bot/menu/menu-view.js';
import { cardTexts, checkCard, walkActions } from '../helpers/card-validator.js';

const sv = messagesFor('sv');
const en = messagesFor('en');

const cards = {
  'welcome sv': welcomeCard({ messages: sv, greeting: 'requester', groups: menuGroups(sv, { roles: new Set(['requester']), scope: 'personal', locale: 'sv', ledNetworks: [] }) }),
  'welcome en': welcomeCard({ messages: en, greeting: 'requester', groups: menuGroups(en, { roles: new Set(['requester']), scope: 'personal', locale: 'en', ledNetworks: [] }) }),
  notice: noticeCard({ messages: sv, text: sv.common.unknownAction, tone: 'attention' }),
};

describe('every card', () => {
  it.each(Object.entries(cards))('%s is a valid Adaptive Card 1.5 under 28 KB', (_name, card) => {
    const { problems, bytes } = checkCard(card);
    expect(problems).toEqual([]);
    expect(bytes).toBeLessThanOrEqual(28 * 1024);
  });

  it.each(Object.entries(cards))('%s gives every Execute a Submit fallback with the same verb', (_name, card) => {
    const executes: Array<{ verb?: unknown; fallback?: unknown }> = [];
    walkActions(card, (a) => a.type === 'Action.Execute' && executes.push(a));
    expect(executes.length).toBeGreaterThan(0);
    for (const action of executes) {
      expect(action.fallback).toMatchObject({ type: 'Action.Submit', data: { verb: action.verb } });
    }
  });
});

/** The card's buttons (Action.Execute; their Submit fallbacks are the same buttons). */
function buttons(card: unknown): Array<{ title?: unknown; verb?: unknown }> {
  const found: Array<{ title?: unknown; verb?: unknown }> = [];
  walkActions(card, (a) => a.type === 'Action.Execute' && found.push(a));
  return found;
}

describe('welcome card', () => {
  it("offers a professional's jobs in Swedish with stable verbs, trainings among them", () => {
    const actions = buttons(cards['welcome sv']);
    expect(actions.map((a) => a.title)).toEqual(['Begär konsultation', 'Hitta resurscentrum', 'Nätverksträffar', 'Mina konsultationer', 'Beställ utbildning', 'Utbildningar']);
    expect(actions.map((a) => a.verb)).toEqual([VERBS.consultationStart, VERBS.centreFind, VERBS.sessionList, VERBS.consultationMine, VERBS.trainingRequestOpen, VERBS.trainingList]);
  });

  it('reminds the professional not to write anything identifying, and to call 112 in danger', () => {
    const texts = cardTexts(cards['welcome sv']).join('\n');
    expect(texts).toContain('personnummer');
    expect(texts).toContain('112');
  });

  it('speaks English when the Teams client is English', () => {
    expect(buttons(cards['welcome en']).map((a) => a.title)).toEqual(['Request a consultation', 'Find a resource centre', 'Network sessions', 'My consultations', 'Order a training', 'Trainings']);
  });
});
