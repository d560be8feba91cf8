// "Mina konsultationer" shows a case handed on between RCs once: the lineage rule on its own.
import { describe, expect, it } from 'vitest';
import { currentCases } from '../../services/consultation/case-lineage.js';
import type { ConsultationRecord } from '../../services/consultation/record.js';

// Only the fields the rule reads; the rest of a record does not change which entries show.
const rec = (rcId: string, reference: string, more: Partial<ConsultationRecord> = {}) => ({ rcId, reference, status: 'new', ...more }) as ConsultationRecord;

describe('current cases', () => {
  it('leaves out the sending record even when the transfer never linked it to its copy, and names the first centre of a case handed on twice', () => {
    const first = rec('gbg', 'GBG-2026-0001', { status: 'transferred', transferredTo: { rcId: 'fyr', reference: null, reason: 'other_area' } });
    const second = rec('fyr', 'FYR-2026-0001', { status: 'transferred', transferredFrom: { rcId: 'gbg', reference: 'GBG-2026-0001' } });
    const now = rec('una', 'UNA-2026-0001', { transferredFrom: { rcId: 'fyr', reference: 'FYR-2026-0001' } });
    const other = rec('gbg', 'GBG-2026-0002');
    const shown = currentCases([now, other, second, first]);
    expect(shown.map((c) => c.record.reference)).toEqual(['UNA-2026-0001', 'GBG-2026-0002']);
    expect(shown[0]!.handedOnFrom).toEqual({ rcId: 'gbg', reference: 'GBG-2026-0001' });
    expect(shown[1]!.handedOnFrom).toBeUndefined();
  });

  it('keeps a transferred record whose copy is not in the list, so the case never disappears', () => {
    const sent = rec('gbg', 'GBG-2026-0001', { status: 'transferred', transferredTo: { rcId: 'fyr', reference: null, reason: 'capacity' } });
    expect(currentCases([sent]).map((c) => c.record.reference)).toEqual(['GBG-2026-0001']);
  });
});
