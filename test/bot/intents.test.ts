import { describe, expect, it } from 'vitest';
import { parseIntent } from '../../bot/intents.js';

describe('what people write', () => {
  it.each([
    ['hej', { kind: 'menu' }],
    ['Hej!', { kind: 'menu' }],
    ['hjälp', { kind: 'help' }],
    ['Help?', { kind: 'help' }],
    ['mina ärenden', { kind: 'action', verb: 'consultation.queue' }],
    ['bind network channel', { kind: 'action', verb: 'network.bindChannel.open' }],
    ['menu', { kind: 'menu' }],
    ['hitta rc kiruna', { kind: 'findCentre', place: 'kiruna' }],
    ['Hitta RC i Örnsköldsvik', { kind: 'findCentre', place: 'Örnsköldsvik' }],
    ['hitta resurscentrum Upplands Väsby', { kind: 'findCentre', place: 'Upplands Väsby' }],
    ['hitta rc', { kind: 'findCentre' }],
    ['find centre Malmö', { kind: 'findCentre', place: 'Malmö' }],
    ['konsultation', { kind: 'action', verb: 'consultation.start' }],
    ['Nätverksträffar', { kind: 'action', verb: 'session.list' }],
    ['Beställ utbildning', { kind: 'action', verb: 'training.request.open' }],
    ['utbildningar', { kind: 'action', verb: 'training.list' }],
    ['vad gäller för en elev som ska resa?', { kind: 'unknown' }],
  ])('%s', (text, intent) => {
    expect(parseIntent(text)).toEqual(intent);
  });
});
