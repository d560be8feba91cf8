// The question rules on their own, where the service's queries would hide them: which
// questions retention may empty, and a question on the last session being carried again.
import { describe, expect, it } from 'vitest';
import type { Question } from '../../services/sessions/model.js';
import { questionSchema } from '../../services/sessions/model.js';
import { carry, eraseText, isOpen } from '../../services/sessions/question-rules.js';

const CUTOFF = '2026-01-01T00:00:00.000Z';
const NOW = '2026-06-01T00:00:00.000Z';

function question(status: Question['status'], updated: string, text: string | null = 'Hur stöttar vi eleven?'): Question {
  return questionSchema.parse({
    id: 'q1', kind: 'question', networkId: 'n1', sessionId: 's1', orgId: 'o1', submittedBy: { id: '29:a' },
    text, questionType: 'hrv', ageBand: '13-17', violence: ['control'], status,
    history: [{ at: '2025-01-01T00:00:00.000Z', event: 'submitted', status: 'submitted', sessionId: 's1', by: '29:a' }],
    times: { submitted: '2025-01-01T00:00:00.000Z', updated },
  });
}

describe('retention of a question text', () => {
  it('empties a discussed or withdrawn question last touched at or before the cutoff', () => {
    for (const status of ['discussed', 'withdrawn'] as const) {
      const erased = eraseText(question(status, CUTOFF), CUTOFF, NOW);
      expect(erased).toEqual({ ok: true, next: { ...question(status, CUTOFF), text: null, times: { submitted: '2025-01-01T00:00:00.000Z', updated: CUTOFF, erased: NOW } } });
    }
  });

  it('keeps the text of a question touched after the cutoff, and of an open one however old', () => {
    const recent = question('discussed', '2026-01-01T00:00:00.001Z');
    expect(eraseText(recent, CUTOFF, NOW)).toEqual({ ok: true, next: recent });
    for (const status of ['submitted', 'carried_over'] as const) {
      const waiting = question(status, '2020-01-01T00:00:00.000Z');
      expect(isOpen(waiting)).toBe(true);
      expect(eraseText(waiting, CUTOFF, NOW)).toEqual({ ok: true, next: waiting });
    }
  });

  it('keeps the first erase time when retention passes again', () => {
    const once = question('discussed', '2020-01-01T00:00:00.000Z', null);
    expect(eraseText(once, CUTOFF, NOW)).toEqual({ ok: true, next: once });
  });
});

describe('carrying a question when there is no next session', () => {
  it('marks it carried over on the same session once, and adds nothing when the session is held again', () => {
    const first = carry(question('submitted', CUTOFF), 's1', null, 'session_held', null, NOW);
    if (!first.ok) throw new Error(first.reason);
    expect(first.next.status).toBe('carried_over');
    expect(first.next.sessionId).toBe('s1');
    expect(first.next.history).toHaveLength(2);
    expect(carry(first.next, 's1', null, 'session_cancelled', null, NOW)).toEqual({ ok: true, next: first.next });
  });

  it('moves a carried-over question on when a next session exists', () => {
    const waiting = question('carried_over', CUTOFF);
    const moved = carry(waiting, 's1', 's2', 'carried_over', '29:lead', NOW);
    if (!moved.ok) throw new Error(moved.reason);
    expect(moved.next.sessionId).toBe('s2');
    expect(moved.next.history.at(-1)).toEqual({ at: NOW, event: 'carried_over', status: 'carried_over', sessionId: 's2', by: '29:lead' });
  });
});
