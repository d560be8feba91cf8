// The coordinators' queue, the requests waiting for a channel, and the response targets, on
// both stores with a fake clock: what the queries return, in which order, and to whom.
import { describe, expect, it } from 'vitest';
import type { ConsultationService } from '../../services/consultation/consultation-service.js';
import { actor } from '../helpers/actors.js';
import { asRequester, CLEAN_ANSWER, coordinating, harness, requester, validInput } from '../fixtures/consultations.js';
import { FYR, GBG, UDDEVALLA } from '../fixtures/directory.js';
import { useStores } from '../helpers/stores.js';

const stores = useStores();
const refs = (items: { record: { reference: string } }[]) => items.map((i) => i.record.reference);

async function submit(service: ConsultationService, overrides: Record<string, string> = {}) {
  const result = await service.submit(asRequester, validInput(overrides));
  if (!result.ok) throw new Error(`submit failed: ${JSON.stringify(result)}`);
  return result.record;
}

describe.each(stores.kinds)('coordinators’ queue and response targets (%s)', (kind) => {
  // Monday 2 March 2026, 09:00 in Stockholm.
  const setup = async () => harness(await stores.open(kind), { start: '2026-03-02T08:00:00Z' });

  it('lists the RC’s untaken and taken-but-unanswered requests, oldest first, with their age in working hours and target', async () => {
    const { service, clock } = await setup();
    const first = await submit(service);
    clock.advance(3_600_000);
    const urgent = await submit(service, { urgent: 'true' });
    clock.advance(3_600_000);
    const answered = await submit(service);
    const elsewhere = await submit(service, { municipality: UDDEVALLA, rcId: FYR });
    await service.claim(coordinating(1), GBG, first.id);
    await service.claim(coordinating(1), GBG, answered.id);
    await service.answer(coordinating(1), GBG, answered.id, { answer: CLEAN_ANSWER });
    clock.set('2026-03-03T08:00:00Z'); // Tuesday 09:00: 9 working hours since Monday 09:00

    const queue = await service.openQueue(actor(coordinating(2), { coordinatorOf: [GBG] }), GBG);
    if (!queue.ok) throw new Error('refused');
    expect(refs(queue.items)).toEqual([first.reference, urgent.reference]);
    expect(queue.items.map((i) => i.record.status)).toEqual(['claimed', 'new']);
    expect(queue.items[1]?.timing).toEqual({ waitedHours: 8, targetHours: 1, overdue: true });
    expect(queue.items[0]?.timing).toMatchObject({ waitedHours: 9, targetHours: 24, overdue: false });
    expect(refs(queue.items)).not.toContain(elsewhere.reference);
  });

  it('shows the queue only to the RC’s own coordinators', async () => {
    const { service } = await setup();
    await submit(service);
    expect(await service.openQueue(actor({ id: '29:norr' }, { coordinatorOf: [FYR] }), GBG)).toEqual({ ok: false, reason: 'not_coordinator' });
    expect(await service.openQueue(asRequester, GBG)).toEqual({ ok: false, reason: 'not_coordinator' });
  });

  it('gives a coordinator their own taken cases, at every RC, until answered', async () => {
    const { service, clock } = await setup();
    const mine = await submit(service);
    const theirs = await submit(service);
    const done = await submit(service, { municipality: UDDEVALLA, rcId: FYR });
    clock.advance(60_000);
    const other = await submit(service, { municipality: UDDEVALLA, rcId: FYR });
    await service.claim(coordinating(1), GBG, mine.id);
    await service.claim(coordinating(2), GBG, theirs.id);
    await service.claim(coordinating(1), FYR, done.id);
    await service.answer(coordinating(1), FYR, done.id, { answer: CLEAN_ANSWER });
    await service.claim(coordinating(1), FYR, other.id);
    expect(refs(await service.myClaimed(coordinating(1)))).toEqual([mine.reference, other.reference]);
  });

  it('finds the open requests never posted to the RC’s channel, oldest first', async () => {
    const { service, clock } = await setup();
    const posted = await submit(service);
    clock.advance(60_000);
    const waitingA = await submit(service);
    clock.advance(60_000);
    const withdrawn = await submit(service);
    clock.advance(60_000);
    const waitingB = await submit(service, { urgent: 'true' });
    await service.setChannelActivity(GBG, posted.id, 'activity-1');
    await service.withdraw(asRequester, GBG, withdrawn.id);
    expect((await service.awaitingChannel(GBG)).map((r) => r.reference)).toEqual([waitingA.reference, waitingB.reference]);
  });

  it('announces an urgent request again after one working hour, an ordinary one after 24', async () => {
    const { service, clock } = await setup();
    const ordinary = await submit(service);
    const urgent = await submit(service, { urgent: 'true' });
    clock.set('2026-03-02T08:59:00Z');
    expect(await service.dueForReannouncement()).toEqual([]);
    clock.set('2026-03-02T09:00:00Z');
    expect((await service.dueForReannouncement()).map((r) => r.id)).toEqual([urgent.id]);
    await service.markReannounced(GBG, urgent.id);
    // The second period runs from the re-announcement.
    clock.set('2026-03-02T10:00:00Z');
    expect((await service.dueForReannouncement()).map((r) => r.id)).toEqual([urgent.id]);
    // Mon 8 h + Tue 9 h + Wed 7 h: Wednesday 16:00.
    clock.set('2026-03-04T15:00:00Z');
    expect((await service.dueForReannouncement()).map((r) => r.id).sort()).toEqual([ordinary.id, urgent.id].sort());
  });

  it('says whether a claim took the case, so the asker is told once', async () => {
    const { service } = await setup();
    const record = await submit(service);
    expect(await service.claim(coordinating(1), GBG, record.id)).toMatchObject({ ok: true, newlyClaimed: true });
    expect(await service.claim(coordinating(1), GBG, record.id)).toMatchObject({ ok: true, newlyClaimed: false });
    expect(await service.claim(coordinating(2), GBG, record.id)).toMatchObject({ ok: false, reason: 'already_claimed' });
  });

  it('refuses to withdraw an answered request as answered, not as merely taken', async () => {
    const { service } = await setup();
    const taken = await submit(service);
    const answered = await submit(service);
    await service.claim(coordinating(1), GBG, taken.id);
    await service.claim(coordinating(1), GBG, answered.id);
    await service.answer(coordinating(1), GBG, answered.id, { answer: CLEAN_ANSWER });
    expect(await service.withdraw(actor(requester), GBG, taken.id)).toEqual({ ok: false, reason: 'already_claimed' });
    expect(await service.withdraw(actor(requester), GBG, answered.id)).toEqual({ ok: false, reason: 'already_answered' });
  });
});

describe.each(stores.kinds)('response targets set by administrators (%s)', (kind) => {
  const admin = actor({ id: '29:admin', aadObjectId: 'aad-admin' }, { admin: true });

  it('uses an RC’s own targets for re-announcement and the queue, and leaves other RCs on the defaults', async () => {
    const { service, clock } = harness(await stores.open(kind), { start: '2026-03-02T08:00:00Z' });
    expect(await service.setResponseTargets(admin, GBG, { normalHours: '8', urgentHours: '2' })).toEqual({ ok: true, targets: { normalHours: 8, urgentHours: 2 } });
    const urgent = await submit(service, { urgent: 'true' });
    const ordinary = await submit(service);
    const elsewhere = await submit(service, { municipality: UDDEVALLA, rcId: FYR, urgent: 'true' });
    clock.set('2026-03-02T09:00:00Z'); // one working hour: only Fyrbodal's urgent target (the default 1) has run out
    expect((await service.dueForReannouncement()).map((r) => r.id)).toEqual([elsewhere.id]);
    clock.set('2026-03-02T10:00:00Z');
    expect((await service.dueForReannouncement()).map((r) => r.id).sort()).toEqual([urgent.id, elsewhere.id].sort());
    clock.set('2026-03-02T16:00:00Z'); // Monday 17:00: eight working hours
    expect((await service.dueForReannouncement()).map((r) => r.id)).toContain(ordinary.id);
    const queue = await service.openQueue(coordinating(1), GBG);
    expect(queue.ok && queue.items.map((i) => i.timing.targetHours)).toEqual([2, 8]);
  });

  it('refuses targets that are not whole hours within the limits, and keeps the old ones', async () => {
    const { service } = harness(await stores.open(kind));
    expect(await service.setResponseTargets(admin, GBG, { normalHours: '0', urgentHours: '1.5' })).toEqual({ ok: false, reason: 'invalid', errors: { normalHours: 'out_of_range', urgentHours: 'out_of_range' } });
    expect(await service.setResponseTargets(admin, GBG, { normalHours: '', urgentHours: '10' })).toEqual({ ok: false, reason: 'invalid', errors: { normalHours: 'required', urgentHours: 'out_of_range' } });
    expect(await service.setResponseTargets(admin, 'no-such-centre', { normalHours: '8', urgentHours: '1' })).toEqual({ ok: false, reason: 'unknown_centre' });
    expect(await service.responseTargets(GBG)).toEqual({ normalHours: 24, urgentHours: 1 });
  });
});
