// Retention for a transfer that stopped half way, on both stores: the sending record must not
// keep the case's text for ever. With the copy made, the retention job runs the missing last
// step; without one, the text goes once the retention period has run from the transfer. The
// codes stay for the statistics either way.
import { describe, expect, it } from 'vitest';
import { CaseHandover } from '../../services/consultation/case-handover.js';
import type { ConsultationRecord } from '../../services/consultation/record.js';
import type { Document } from '../../services/storage/port.js';
import { asRequester, CLEAN_QUESTION, coordinating, coordinator, harness, validInput } from '../fixtures/consultations.js';
import { FYR, GBG, SHIPPED } from '../fixtures/directory.js';
import { overriding, useStores, yieldTurn } from '../helpers/stores.js';

const stores = useStores();
const DAY_MS = 86_400_000;
const RETENTION_DAYS = 30;
const asRecord = (doc: Document) => doc as unknown as ConsultationRecord;

describe.each(stores.kinds)('retention of a transfer that stopped half way (%s)', (kind) => {
  /** A claimed case at GBG; `fails` decides which write of the transfer the store refuses, once. */
  async function setup(fails: (doc: ConsultationRecord, write: 'create' | 'replace') => boolean) {
    let failed = false;
    const refuseOnce = (doc: Document, write: 'create' | 'replace') => {
      if (failed || !fails(asRecord(doc), write)) return;
      failed = true;
      throw new Error('the process stopped here');
    };
    const store = overriding(await stores.open(kind), 'consultations', (real) => ({
      create: async (doc) => (refuseOnce(doc, 'create'), real.create(doc)),
      replace: async (doc, etag) => (refuseOnce(doc, 'replace'), real.replace(doc, etag)),
    }));
    const h = harness(store, { retentionDays: RETENTION_DAYS });
    const handover = new CaseHandover(store, () => SHIPPED, h.clock, { sleep: async () => yieldTurn() });
    const submitted = await h.service.submit(asRequester, validInput(), { conversation: { id: 'a:personal' } });
    if (!submitted.ok) throw new Error('seeding failed');
    const id = submitted.record.id;
    if (!(await h.service.claim(coordinating(1), GBG, id)).ok) throw new Error('claim failed');
    await expect(handover.transfer(coordinating(1), GBG, id, { toRcId: FYR, reason: 'other_area' }, coordinator(1).id)).rejects.toThrow('the process stopped here');
    const sending = (await h.service.get(GBG, id))?.record;
    expect(sending).toMatchObject({ status: 'transferred', question: CLEAN_QUESTION });
    return { ...h, id, sending: sending! };
  }

  const codesOf = (r: ConsultationRecord) => ({ municipality: r.municipality, sector: r.sector, gender: r.gender, ageBand: r.ageBand, violence: r.violence, perpetrators: r.perpetrators, questionType: r.questionType });

  it('finishes a transfer whose copy exists but whose last step never ran: the text goes at once and the record points at the copy', async () => {
    const { service, id, sending } = await setup((doc, write) => write === 'replace' && doc.rcId === GBG && Boolean(doc.transferredTo?.reference));
    expect((await service.get(FYR, 'FYR-2026-0001'))?.record.question).toBe(CLEAN_QUESTION);

    expect(await service.eraseExpiredFreeText()).toBe(1);
    const after = (await service.get(GBG, id))?.record;
    expect(after).toMatchObject({ status: 'transferred', question: null, answer: null, transferredTo: { rcId: FYR, reference: 'FYR-2026-0001', reason: 'other_area' } });
    expect(after && codesOf(after)).toEqual(codesOf(sending));
    // The case goes on at the receiving RC with its text; a second run has nothing left to do.
    expect((await service.get(FYR, 'FYR-2026-0001'))?.record.question).toBe(CLEAN_QUESTION);
    expect(await service.eraseExpiredFreeText()).toBe(0);
  });

  it('erases the text of a transfer whose copy was never made once the retention period has run from the transfer, and not before', async () => {
    const { service, clock, id, sending } = await setup((doc, write) => write === 'create' && doc.kind === 'consultation' && doc.rcId === FYR);
    clock.advance(RETENTION_DAYS * DAY_MS - 60_000);
    expect(await service.eraseExpiredFreeText()).toBe(0);
    expect((await service.get(GBG, id))?.record.question).toBe(CLEAN_QUESTION);

    clock.advance(60_000);
    expect(await service.eraseExpiredFreeText()).toBe(1);
    const after = (await service.get(GBG, id))?.record;
    expect(after).toMatchObject({ status: 'transferred', question: null, transferredTo: { rcId: FYR, reference: null } });
    expect(after?.times.erased).toBe(clock.now().toISOString());
    expect(after && codesOf(after)).toEqual(codesOf(sending));
    expect(await service.get(FYR, 'FYR-2026-0001')).toBeUndefined();
  });
});
