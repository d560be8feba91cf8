// Handing a case on, rule by rule: what stops a release, a pass or a transfer, what a second
// click does, and how the sending record lets go of the text. The service tests (case-handover,
// transfer-retention) run the same rules through the store; these reach the states they skip.
import { describe, expect, it } from 'vitest';
import { eraseUnfinishedTransfer, linkTransfer, pass, release, transfer } from '../../services/consultation/handover-rules.js';
import type { ConsultationRecord, Handover } from '../../services/consultation/record.js';
import { CLEAN_ANSWER, consultationRecord, coordinator } from '../fixtures/consultations.js';

const CREATED = '2026-03-10T09:00:00.000Z';
const NOW = '2026-03-11T10:00:00.000Z';
const [c1, c2, c3] = [coordinator(1), coordinator(2), coordinator(3)];

const record = (overrides: Partial<ConsultationRecord> = {}) => consultationRecord(CREATED, overrides);
const claimed = (overrides: Partial<ConsultationRecord> = {}) =>
  record({ status: 'claimed', claimedBy: c1, times: { ...record().times, claimed: CREATED }, ...overrides });
const transferredAt = (at: string, overrides: Partial<ConsultationRecord> = {}) =>
  claimed({
    status: 'transferred',
    transferredTo: { rcId: 'fyr', reference: null, reason: 'other_area' },
    handovers: [{ kind: 'transfer', at, by: c1, toRcId: 'fyr', reason: 'other_area' }],
    thread: [{ at: CREATED, from: 'coordinator', kind: 'question', rcId: 'gbg', by: { id: c1.id }, text: 'Har skolan pratat med familjen?' }],
    ...overrides,
  });

describe('what stops handing a case on', () => {
  const over: [string, ConsultationRecord, string][] = [
    ['withdrawn', record({ status: 'withdrawn' }), 'withdrawn'],
    ['answered', claimed({ status: 'answered', answer: CLEAN_ANSWER }), 'already_answered'],
    ['closed', claimed({ status: 'closed', answer: CLEAN_ANSWER }), 'already_answered'],
    ['transferred', transferredAt(CREATED), 'transferred'],
  ];
  it.each(over)('a %s case is neither released, passed nor sent on', (_status, r, reason) => {
    expect(release(r, c2, c1.id, NOW)).toEqual({ ok: false, reason });
    expect(pass(r, c2, c3, c1.id, NOW)).toEqual({ ok: false, reason });
    if (r.status !== 'transferred') expect(transfer(r, c2, 'una', 'capacity', c1.id, NOW)).toEqual({ ok: false, reason });
  });

  it('a card that showed the case untaken has nothing to release, and one that showed another holder is out of date', () => {
    expect(release(record(), c2, null, NOW)).toEqual({ ok: false, reason: 'handed_on' });
    expect(release(claimed(), c2, null, NOW)).toEqual({ ok: false, reason: 'handed_on' });
    expect(release(claimed(), c2, c3.id, NOW)).toEqual({ ok: false, reason: 'handed_on' });
    expect(pass(record(), c2, c3, c1.id, NOW)).toEqual({ ok: false, reason: 'handed_on' });
    expect(transfer(claimed(), c2, 'fyr', 'capacity', null, NOW)).toEqual({ ok: false, reason: 'handed_on' });
  });

  it('a transferred case sent on to yet another RC is refused as transferred', () => {
    expect(transfer(transferredAt(CREATED), c1, 'una', 'capacity', c1.id, NOW)).toEqual({ ok: false, reason: 'transferred' });
  });
});

describe('passing and releasing', () => {
  it('passing an untaken case gives it to the colleague from now, with the history', () => {
    const result = pass(record(), c1, c2, null, NOW);
    expect(result).toEqual({
      ok: true,
      next: { ...record(), status: 'claimed', claimedBy: c2, times: { ...record().times, claimed: NOW }, handovers: [{ kind: 'pass', at: NOW, by: c1, to: c2 }] },
    });
  });

  it('passing to the one who holds it changes nothing and writes no history', () => {
    const holding = claimed();
    expect(pass(holding, c2, c1, c1.id, NOW)).toEqual({ ok: true, next: holding });
  });

  it('history grows: a release after a pass keeps both', () => {
    const passed = pass(claimed(), c1, c2, c1.id, NOW);
    if (!passed.ok) throw new Error(passed.reason);
    const released = release(passed.next, c2, c2.id, NOW);
    expect(released.ok && released.next.handovers?.map((h) => h.kind)).toEqual(['pass', 'release']);
  });
});

describe('the sending record after a transfer', () => {
  it('points at the copy and keeps only who wrote when; linking again changes nothing', () => {
    const linked = linkTransfer(transferredAt(CREATED, { answer: 'Ett utkast.' }), 'FYR-2026-0001', NOW);
    if (!linked.ok) throw new Error(linked.reason);
    expect(linked.next).toMatchObject({ question: null, answer: null, transferredTo: { rcId: 'fyr', reference: 'FYR-2026-0001' }, times: { erased: NOW } });
    expect(linked.next.thread).toEqual([{ at: CREATED, from: 'coordinator', kind: 'question', rcId: 'gbg', by: { id: c1.id }, text: null }]);
    expect(linkTransfer(linked.next, 'FYR-2026-0001', '2026-03-12T10:00:00.000Z')).toEqual({ ok: true, next: linked.next });
  });

  it('a record that kept any text is linked and emptied, even when it already points at the copy', () => {
    const pointing = transferredAt(CREATED, { transferredTo: { rcId: 'fyr', reference: 'FYR-2026-0001', reason: 'other_area' }, question: null });
    const result = linkTransfer(pointing, 'FYR-2026-0001', NOW);
    expect(result.ok && result.next.thread[0]?.text).toBeNull();
    expect(result.ok && result.next.times.erased).toBe(NOW);
  });

  it('lets go of whatever text is left, the question, the answer or the thread, and follows the copy it is told of', () => {
    const emptied = { question: null, answer: null, thread: [] };
    const pointing = (overrides: Partial<ConsultationRecord>) =>
      transferredAt(CREATED, { transferredTo: { rcId: 'fyr', reference: 'FYR-2026-0001', reason: 'other_area' }, ...emptied, ...overrides });
    expect(linkTransfer(pointing({ question: 'Kvar.' }), 'FYR-2026-0001', NOW)).toMatchObject({ ok: true, next: { question: null, times: { erased: NOW } } });
    expect(linkTransfer(pointing({ answer: 'Kvar.' }), 'FYR-2026-0001', NOW)).toMatchObject({ ok: true, next: { answer: null, times: { erased: NOW } } });
    expect(linkTransfer(pointing({}), 'FYR-2026-0002', NOW)).toMatchObject({ ok: true, next: { transferredTo: { reference: 'FYR-2026-0002' } } });
    expect(linkTransfer(pointing({}), 'FYR-2026-0001', NOW)).toEqual({ ok: true, next: pointing({}) });
  });

  it('a case that was not transferred has no copy to point at', () => {
    expect(linkTransfer(claimed(), 'FYR-2026-0001', NOW)).toEqual({ ok: false, reason: 'not_found' });
  });

  it('without a copy, lets go of the text once the retention period has run from the last transfer, to the millisecond', () => {
    const at = '2026-03-11T10:00:00.000Z';
    const cutoff = new Date(at);
    expect(eraseUnfinishedTransfer(transferredAt(at), new Date(cutoff.getTime() - 1), NOW)).toEqual({ ok: false, reason: 'not_expired' });
    const erased = eraseUnfinishedTransfer(transferredAt(at), cutoff, NOW);
    expect(erased.ok && erased.next).toMatchObject({ question: null, answer: null, times: { erased: NOW }, transferredTo: { reference: null } });
    expect(erased.ok && erased.next.thread[0]?.text).toBeNull();
    if (erased.ok) expect(eraseUnfinishedTransfer(erased.next, cutoff, '2026-03-12T10:00:00.000Z')).toEqual({ ok: true, next: erased.next });
    const answerLeft = eraseUnfinishedTransfer(transferredAt(at, { question: null, thread: [], answer: 'Kvar.' }), cutoff, NOW);
    expect(answerLeft).toMatchObject({ ok: true, next: { answer: null, times: { erased: NOW } } });
  });

  it('counts from the latest transfer when a case came back and went again, and never erases a case still here', () => {
    const earlier: Handover = { kind: 'transfer', at: '2026-01-05T10:00:00.000Z', by: c1, toRcId: 'una', reason: 'capacity' };
    const latest: Handover = { kind: 'transfer', at: '2026-03-11T10:00:00.000Z', by: c1, toRcId: 'fyr', reason: 'other_area' };
    const twice = transferredAt(latest.at, { handovers: [earlier, { kind: 'release', at: '2026-02-01T10:00:00.000Z', by: c2 }, latest] });
    expect(eraseUnfinishedTransfer(twice, new Date('2026-02-15T00:00:00.000Z'), NOW)).toEqual({ ok: false, reason: 'not_expired' });
    expect(eraseUnfinishedTransfer(claimed({ handovers: [earlier] }), new Date(NOW), NOW)).toEqual({ ok: false, reason: 'not_expired' });
    expect(eraseUnfinishedTransfer(transferredAt(latest.at, { handovers: [] }), new Date(NOW), NOW)).toEqual({ ok: false, reason: 'not_expired' });
    expect(eraseUnfinishedTransfer(transferredAt(latest.at, { handovers: undefined }), new Date(NOW), NOW)).toEqual({ ok: false, reason: 'not_expired' });
  });
});
