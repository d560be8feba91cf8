// Handing a case on, on both stores: release to the queue, pass to a colleague, transfer to
// another RC; each keeps its history, and two coordinators acting at once never both win.
import { describe, expect, it } from 'vitest';
import { CaseHandover } from '../../services/consultation/case-handover.js';
import { asRequester, CLEAN_QUESTION, coordinating, coordinator, harness, requester, validInput } from '../fixtures/consultations.js';
import { FYR, GBG, SHIPPED } from '../fixtures/directory.js';
import { actor } from '../helpers/actors.js';
import { useStores, yieldTurn } from '../helpers/stores.js';

const stores = useStores();
const team = [coordinator(1), coordinator(2), coordinator(3)];
const c1 = coordinator(1).id;

describe.each(stores.kinds)('handing a case on (%s)', (kind) => {
  async function setup() {
    const h = harness(await stores.open(kind));
    const handover = new CaseHandover(h.store, () => SHIPPED, h.clock, { sleep: async () => yieldTurn() });
    const submitted = await h.service.submit(asRequester, validInput(), { conversation: { id: 'a:personal' } });
    if (!submitted.ok) throw new Error('seeding failed');
    const id = submitted.record.id;
    const claimed = await h.service.claim(coordinating(1), GBG, id);
    if (!claimed.ok) throw new Error('claim failed');
    return { ...h, handover, id };
  }

  it('releases a taken case back to the queue, keeps who released it, and lets anyone take it again', async () => {
    const { service, handover, id, clock } = await setup();
    clock.advance(60_000);
    const released = await handover.release(coordinating(2), GBG, id, c1);
    expect(released).toMatchObject({ ok: true, record: { status: 'new', claimedBy: null, times: { claimed: null } } });
    expect(released.ok && released.record.handovers).toEqual([{ kind: 'release', at: '2026-03-10T09:01:00.000Z', by: coordinator(2) }]);
    expect(await service.claim(coordinating(3), GBG, id)).toMatchObject({ ok: true, record: { status: 'claimed', claimedBy: coordinator(3) } });
    // The history stays through the next claim.
    expect((await service.get(GBG, id))?.record.handovers).toHaveLength(1);
  });

  it('passes a case to a colleague of the team, and refuses someone outside it', async () => {
    const { handover, id } = await setup();
    const outsider = await handover.pass(coordinating(1), GBG, id, '29:not-in-team', c1, team);
    expect(outsider).toEqual({ ok: false, reason: 'not_colleague' });
    const passed = await handover.pass(coordinating(1), GBG, id, coordinator(2).id, c1, team);
    expect(passed).toMatchObject({ ok: true, record: { status: 'claimed', claimedBy: coordinator(2), times: { claimed: '2026-03-10T09:00:00.000Z' } } });
    expect(passed.ok && passed.record.handovers).toEqual([{ kind: 'pass', at: '2026-03-10T09:00:00.000Z', by: coordinator(1), to: coordinator(2) }]);
  });

  it('lets one of two coordinators win when they release and pass at once; the other is told it was handed on', async () => {
    const { service, handover, id } = await setup();
    const results = await Promise.all([
      handover.release(coordinating(2), GBG, id, c1),
      handover.pass(coordinating(3), GBG, id, coordinator(3).id, c1, team),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'handed_on' }]);
    const stored = (await service.get(GBG, id))?.record;
    expect(stored?.handovers).toHaveLength(1);
    expect(stored?.status).toBe(results[0]?.ok ? 'new' : 'claimed');
  });

  it('lets one of two passes to different colleagues win', async () => {
    const { service, handover, id } = await setup();
    const results = await Promise.all([
      handover.pass(coordinating(1), GBG, id, coordinator(2).id, c1, team),
      handover.pass(coordinating(2), GBG, id, coordinator(3).id, c1, team),
    ]);
    expect(results.map((r) => (r.ok ? 'ok' : r.reason)).sort()).toEqual(['handed_on', 'ok']);
    expect((await service.get(GBG, id))?.record.handovers).toHaveLength(1);
  });

  it('refuses a coordinator of another RC and changes nothing', async () => {
    const { service, handover, id } = await setup();
    const before = await service.get(GBG, id);
    const elsewhere = actor(coordinator(9), { coordinatorOf: [FYR] });
    expect(await handover.release(elsewhere, GBG, id, c1)).toEqual({ ok: false, reason: 'not_coordinator' });
    expect(await handover.transfer(elsewhere, GBG, id, { toRcId: FYR, reason: 'other_area' }, c1)).toEqual({ ok: false, reason: 'not_coordinator' });
    expect((await service.get(GBG, id))?.etag).toBe(before?.etag);
  });

  it('transfers a case to another RC: a new untaken case there with the text, the sending record keeps where it went and only codes', async () => {
    const { service, handover, id } = await setup();
    const moved = await handover.transfer(coordinating(1), GBG, id, { toRcId: FYR, reason: 'other_area' }, c1);
    if (!moved.ok) throw new Error(`transfer refused: ${moved.reason}`);
    expect(moved.copy).toMatchObject({
      rcId: FYR, reference: 'FYR-2026-0001', status: 'new', claimedBy: null, question: CLEAN_QUESTION, requester,
      requesterConversation: { conversation: { id: 'a:personal' } }, transferredFrom: { rcId: GBG, reference: id },
    });
    expect(moved.copy.handovers?.map((h) => h.kind)).toEqual(['transfer']);
    expect(moved.record).toMatchObject({ status: 'transferred', question: null, transferredTo: { rcId: FYR, reference: 'FYR-2026-0001', reason: 'other_area' } });
    expect((await service.get(GBG, id))?.record.status).toBe('transferred');

    // Pressed again: the same copy, not a second one; the case can no longer be handled here.
    const again = await handover.transfer(coordinating(1), GBG, id, { toRcId: FYR, reason: 'other_area' }, c1);
    expect(again.ok && again.copy.reference).toBe('FYR-2026-0001');
    expect(await service.get(FYR, 'FYR-2026-0002')).toBeUndefined();
    expect(await service.answer(coordinating(1), GBG, id, { answer: 'Ett råd.' })).toMatchObject({ ok: false, reason: 'transferred' });
    expect(await handover.release(coordinating(1), GBG, id, c1)).toEqual({ ok: false, reason: 'transferred' });
  });

  it('refuses a transfer to the same RC, to an unknown one, or with a reason off the list', async () => {
    const { handover, id } = await setup();
    expect(await handover.transfer(coordinating(1), GBG, id, { toRcId: GBG, reason: 'other_area' }, c1)).toEqual({ ok: false, reason: 'same_centre' });
    expect(await handover.transfer(coordinating(1), GBG, id, { toRcId: 'rc-nowhere', reason: 'other_area' }, c1)).toEqual({ ok: false, reason: 'unknown_centre' });
    expect(await handover.transfer(coordinating(1), GBG, id, { toRcId: FYR, reason: 'bored' }, c1)).toEqual({ ok: false, reason: 'invalid_code' });
  });

  it('lets a release win over a transfer pressed at the same moment, or the other way round, never both', async () => {
    const { service, handover, id } = await setup();
    const results = await Promise.all([
      handover.transfer(coordinating(1), GBG, id, { toRcId: FYR, reason: 'capacity' }, c1),
      handover.release(coordinating(2), GBG, id, c1),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const copies = await service.get(FYR, 'FYR-2026-0001');
    expect(Boolean(copies)).toBe(results[0]?.ok);
  });
});
