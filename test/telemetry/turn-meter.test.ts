// The one place a turn is measured (server.ts, around adapter.process): a turn that throws
// counts as failed even though the adapter's onTurnError answers the user, and a refused
// request (401 without credentials) is told apart from a failure.
import { afterEach, describe, expect, it } from 'vitest';
import { startTurn } from '../../bot/turn-telemetry.js';
import { installTelemetry, type TurnRecord } from '../../services/telemetry/telemetry.js';

const recorded: TurnRecord[] = [];
const capture = () =>
  installTelemetry({ turn: (r) => recorded.push(r), storeCall: () => undefined, jobRun: () => undefined });

afterEach(() => {
  installTelemetry(undefined);
  recorded.length = 0;
});

const invoke = (verb: string) => ({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { verb, data: { note: 'fri text' } } } });

describe('a measured turn', () => {
  it('is failed, with the error class only, when the bot throws inside the turn', async () => {
    capture();
    const turn = startTurn(invoke('centre.find'));
    await expect(turn.watch(() => Promise.reject(new TypeError('fri text från användaren')))).rejects.toThrow(TypeError);
    turn.done(200);
    expect(recorded).toEqual([{ kind: 'invoke/adaptiveCard/action', verb: 'centre.find', outcome: 'error', ms: expect.any(Number), errorType: 'TypeError' }]);
  });

  it('is refused, not failed, when the adapter answers 4xx without a failure', async () => {
    capture();
    const turn = startTurn({ type: 'message', text: 'hej' });
    turn.done(401);
    expect(recorded).toEqual([{ kind: 'message', verb: 'none', outcome: 'refused', ms: expect.any(Number) }]);
  });

  it('records nothing while telemetry is off', async () => {
    const turn = startTurn(invoke('centre.find'));
    await turn.watch(async () => undefined);
    turn.done(200);
    expect(recorded).toEqual([]);
  });
});
