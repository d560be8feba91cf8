// Requests from submission to closing, on both stores: references without gaps or doubles
// under concurrency, one record per submission key, the claim race, and who may do what.

import { actor } from '../helpers/actors.js';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { submissionKeyId } from '../../services/consultation/submission-keys.js';
import { asOtherRequester, asRequester, CLEAN_ANSWER, coordinating, coordinator, harness, otherRequester, requester, validInput } from '../fixtures/consultations.js';
import { FYR, GBG, UDDEVALLA } from '../fixtures/directory.js';
import { useStores } from '../helpers/stores.js';

const stores = useStores();
const conversation = { conversation: { id: 'a:personal-chat' }, serviceUrl: 'https://smba.example/' };

describe.each(stores.kinds)('consultations (%s)', (kind) => {
  const setup = async (options: Parameters<typeof harness>[1] = {}) => harness(await stores.open(kind), options);

  it('stores a request under the next reference of the covering RC, with the coded fields', async () => {
    const { service } = await setup();
    const result = await service.submit(asRequester, validInput({ urgent: 'true' }), conversation);
    expect(result).toMatchObject({ ok: true, duplicate: false, record: { id: 'GBG-2026-0001', reference: 'GBG-2026-0001', rcId: GBG, year: 2026, seq: 1 } });
    if (!result.ok) return;
    expect(result.record).toMatchObject({
      status: 'new',
      channel: 'teams',
      violence: ['control', 'marriage'],
      urgent: true,
      requester,
      requesterConversation: conversation,
      times: { created: '2026-03-10T09:00:00.000Z', claimed: null },
    });
    const read = await service.get(GBG, 'GBG-2026-0001');
    expect(read?.record).toEqual(result.record);
    expect(read?.etag).toBe(result.etag);
    expect(await service.get(GBG, 'GBG-2026-0002')).toBeUndefined();
  });

  it('stores nothing when the question identifies someone', async () => {
    const { service } = await setup();
    const result = await service.submit(asRequester, validInput({ question: 'Hennes personnummer är 20100314-2389.' }));
    expect(result).toMatchObject({ ok: false, reason: 'invalid', errors: { question: 'identifying' }, privacy: { question: { blocking: ['personal_identity_number'] } } });
    expect(await service.listMine(requester.id)).toEqual([]);
  });

  it('numbers 30 simultaneous requests 0001..0030: no gaps, no doubles', async () => {
    const { service } = await setup();
    const results = await Promise.all(Array.from({ length: 30 }, () => service.submit(asRequester, validInput())));
    const references = results.map((r) => (r.ok ? r.record.reference : r.reason)).sort();
    expect(references).toEqual(Array.from({ length: 30 }, (_, i) => `GBG-2026-${String(i + 1).padStart(4, '0')}`));
    expect(await service.listMine(requester.id, 100)).toHaveLength(30);
  });

  it('restarts at 0001 in a new year, by the Swedish calendar', async () => {
    const { service, clock } = await setup({ start: '2026-12-31T22:30:00Z' });
    await service.submit(asRequester, validInput());
    const lastOfYear = await service.submit(asRequester, validInput());
    clock.set('2026-12-31T23:30:00Z'); // 00:30 on New Year's Day in Stockholm
    const first = await service.submit(asRequester, validInput());
    const second = await service.submit(asRequester, validInput({ municipality: UDDEVALLA }));
    expect([lastOfYear, first, second].map((r) => r.ok && r.record.reference)).toEqual(['GBG-2026-0002', 'GBG-2027-0001', 'FYR-2027-0001']);
  });

  it('keeps one record when the same card is submitted five times at once, and again later', async () => {
    const { service } = await setup();
    const input = validInput();
    const results = await Promise.all(Array.from({ length: 5 }, () => service.submit(asRequester, input)));
    expect(results.every((r) => r.ok && r.record.reference === 'GBG-2026-0001')).toBe(true);
    expect(results.filter((r) => r.ok && !r.duplicate)).toHaveLength(1);
    expect(await service.submit(asRequester, input)).toMatchObject({ ok: true, duplicate: true, record: { reference: 'GBG-2026-0001' } });
    expect(await service.listMine(requester.id)).toHaveLength(1);
    expect(await service.submit(asOtherRequester, input)).toEqual({ ok: false, reason: 'key_conflict' });
  });

  it('takes over a submission key whose first request died, but waits for one still in flight', async () => {
    const { service, store, clock, sleeps } = await setup({ advanceClockOnSleep: true });
    const docs = store.collection('consultations');
    const stuckKey = randomUUID();
    await docs.create({ id: submissionKeyId(stuckKey), rcId: GBG, kind: 'submission-key', submissionKey: stuckKey, claimedAt: new Date(clock.now().getTime() - 31_000).toISOString() });
    expect(await service.submit(asRequester, validInput({ submissionKey: stuckKey }))).toMatchObject({ ok: true, duplicate: false, record: { reference: 'GBG-2026-0001' } });

    const busyKey = randomUUID();
    await docs.create({ id: submissionKeyId(busyKey), rcId: GBG, kind: 'submission-key', submissionKey: busyKey, claimedAt: clock.now().toISOString() });
    expect(await service.submit(asRequester, validInput({ submissionKey: busyKey }))).toEqual({ ok: false, reason: 'in_progress' });
    expect(sleeps.length).toBeGreaterThan(10);
    expect(await service.listMine(requester.id)).toHaveLength(1);
  });

  it('lets exactly one of 20 coordinators claim a request; the other 19 learn who did', async () => {
    const { service } = await setup();
    const submitted = await service.submit(asRequester, validInput());
    if (!submitted.ok) throw new Error('submit failed');
    const results = await Promise.all(Array.from({ length: 20 }, (_, n) => service.claim(coordinating(n), GBG, submitted.record.id)));
    const winners = results.flatMap((r) => (r.ok ? [r.record.claimedBy] : []));
    expect(winners).toHaveLength(1);
    const losers = results.filter((r) => !r.ok);
    expect(losers).toHaveLength(19);
    for (const lost of losers) expect(lost).toEqual({ ok: false, reason: 'already_claimed', by: winners[0] });
    expect((await service.get(GBG, submitted.record.id))?.record).toMatchObject({ status: 'claimed', claimedBy: winners[0] });
  });

  it('lets only the requester withdraw, and only before anyone claims it', async () => {
    const { service } = await setup();
    const [a, b] = await Promise.all([service.submit(asRequester, validInput()), service.submit(asRequester, validInput())]);
    if (!a.ok || !b.ok) throw new Error('submit failed');
    expect(await service.withdraw(asOtherRequester, GBG, a.record.id)).toEqual({ ok: false, reason: 'not_yours' });
    expect(await service.withdraw(asRequester, GBG, 'GBG-2026-0099')).toEqual({ ok: false, reason: 'not_found' });
    expect(await service.withdraw(asRequester, FYR, a.record.id)).toEqual({ ok: false, reason: 'not_found' });
    expect(await service.withdraw(asRequester, GBG, a.record.id)).toMatchObject({ ok: true, record: { status: 'withdrawn', times: { withdrawn: '2026-03-10T09:00:00.000Z' } } });
    expect(await service.claim(coordinating(1), GBG, a.record.id)).toEqual({ ok: false, reason: 'withdrawn' });
    await service.claim(coordinating(1), GBG, b.record.id);
    expect(await service.withdraw(asRequester, GBG, b.record.id)).toEqual({ ok: false, reason: 'already_claimed' });
  });

  it('refuses an identifying answer and keeps the record as it was; then answers, closes and reopens', async () => {
    const { service, clock } = await setup();
    const submitted = await service.submit(asRequester, validInput());
    if (!submitted.ok) throw new Error('submit failed');
    const id = submitted.record.id;
    expect(await service.answer(coordinating(1), GBG, id, { answer: CLEAN_ANSWER })).toEqual({ ok: false, reason: 'not_claimed' });
    await service.claim(coordinating(1), GBG, id);
    const before = await service.get(GBG, id);

    const refused = await service.answer(coordinating(1), GBG, id, { answer: 'Ring hennes mamma på 08-123 456 78.', outcomes: 'referral' });
    expect(refused).toEqual({ ok: false, reason: 'invalid', errors: { answer: 'identifying' }, privacy: { answer: { blocking: ['phone_number'], warnings: [] } } });
    expect(await service.get(GBG, id)).toEqual(before);

    clock.advanceHours(2);
    const answered = await service.answer(coordinating(2), GBG, id, { answer: CLEAN_ANSWER, outcomes: 'risk_assessment,report_of_concern' });
    expect(answered).toMatchObject({
      ok: true,
      record: { status: 'answered', answer: CLEAN_ANSWER, outcomes: ['report_of_concern', 'risk_assessment'], claimedBy: coordinator(1), answeredBy: coordinator(2), followUp: 'pending' },
    });
    expect(await service.answer(coordinating(1), GBG, id, { answer: CLEAN_ANSWER })).toEqual({ ok: false, reason: 'already_answered' });
    expect(await service.close(coordinating(1), GBG, id)).toMatchObject({ ok: true, record: { status: 'closed', times: { closed: '2026-03-10T11:00:00.000Z' } } });
    expect(await service.answer(coordinating(1), GBG, id, { answer: CLEAN_ANSWER })).toEqual({ ok: false, reason: 'closed' });
    expect(await service.reopen(coordinating(3), GBG, id)).toMatchObject({ ok: true, record: { status: 'claimed', claimedBy: coordinator(3), times: { closed: null } } });
    expect(await service.reopen(coordinating(3), GBG, id)).toEqual({ ok: false, reason: 'not_closed' });
    expect(await service.answer(coordinating(3), GBG, id, { answer: 'Kompletterande råd.' })).toMatchObject({ ok: true, record: { status: 'answered', answer: 'Kompletterande råd.' } });
  });

  it('keeps every change when coordinators, the requester and the jobs land on the same record at once', async () => {
    const { service } = await setup();
    const submitted = await service.submit(asRequester, validInput());
    if (!submitted.ok) throw new Error('submit failed');
    const id = submitted.record.id;
    await service.claim(coordinating(1), GBG, id);
    await service.answer(coordinating(1), GBG, id, { answer: CLEAN_ANSWER });
    const results = await Promise.all([
      service.close(coordinating(2), GBG, id),
      service.setChannelActivity(GBG, id, 'activity-1'),
      service.rateHelpfulness(asRequester, GBG, id, 4),
      service.recordAdviceFollowed(asRequester, GBG, id, 'yes'),
      service.markFollowUpAsked(GBG, id),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await service.get(GBG, id))?.record).toMatchObject({ status: 'closed', channelActivityId: 'activity-1', helpfulness: 4, adviceFollowed: 'yes', followUp: 'asked' });
  });

  it('keeps a claim made between storing a request and posting its card, when the card id is saved on the stored version', async () => {
    const { service } = await setup();
    const submitted = await service.submit(asRequester, validInput());
    if (!submitted.ok) throw new Error('submit failed');
    const id = submitted.record.id;
    await service.claim(coordinating(1), GBG, id);
    const saved = await service.setChannelActivity(GBG, id, 'activity-1', 'centre', { record: submitted.record, etag: submitted.etag });
    expect(saved).toMatchObject({ ok: true });
    expect((await service.get(GBG, id))?.record).toMatchObject({ status: 'claimed', claimedBy: coordinator(1), channelActivityId: 'activity-1' });
  });

  it('logs a phone consultation as closed, numbered in the same sequence, without a requester', async () => {
    const { service } = await setup();
    await service.submit(asRequester, validInput());
    const { question: _q, deidentified: _d, submissionKey: _k, ...codes } = validInput();
    const key = randomUUID();
    const input = { ...codes, channel: 'phone', outcomes: 'conversation_advice', contacts: '3', submissionKey: key };
    const logged = await service.logConsultation(coordinating(1), GBG, input);
    expect(logged).toMatchObject({
      ok: true,
      duplicate: false,
      record: { reference: 'GBG-2026-0002', status: 'closed', channel: 'phone', requester: null, claimedBy: coordinator(1), contacts: 3, outcomes: ['conversation_advice'], followUp: 'none' },
    });
    expect(await service.logConsultation(coordinating(1), GBG, input)).toMatchObject({ ok: true, duplicate: true, record: { reference: 'GBG-2026-0002' } });
    expect(await service.logConsultation(coordinating(1), 'no-such-centre', input)).toEqual({ ok: false, reason: 'not_coordinator' });
    // A channel still bound to a centre the directory no longer has.
    expect(await service.logConsultation(actor(coordinator(1), { coordinatorOf: ['no-such-centre'] }), 'no-such-centre', input)).toEqual({ ok: false, reason: 'unknown_centre' });
    expect(await service.logConsultation(coordinating(1), GBG, { ...input, channel: '' })).toMatchObject({ ok: false, reason: 'invalid', errors: { channel: 'required' } });
  });

  it('takes helpfulness and "advice followed" from the requester once answered', async () => {
    const { service } = await setup();
    const submitted = await service.submit(asRequester, validInput());
    if (!submitted.ok) throw new Error('submit failed');
    const id = submitted.record.id;
    expect(await service.rateHelpfulness(asRequester, GBG, id, 4)).toEqual({ ok: false, reason: 'not_answered' });
    await service.claim(coordinating(1), GBG, id);
    await service.answer(coordinating(1), GBG, id, { answer: CLEAN_ANSWER });
    expect(await service.rateHelpfulness(asRequester, GBG, id, 6)).toEqual({ ok: false, reason: 'invalid_rating' });
    expect(await service.rateHelpfulness(asOtherRequester, GBG, id, 4)).toEqual({ ok: false, reason: 'not_yours' });
    expect(await service.recordAdviceFollowed(asRequester, GBG, id, 'sometimes')).toEqual({ ok: false, reason: 'invalid_code' });
    await service.rateHelpfulness(asRequester, GBG, id, 4);
    expect(await service.recordAdviceFollowed(asRequester, GBG, id, 'partly')).toMatchObject({ ok: true, record: { helpfulness: 4, adviceFollowed: 'partly' } });
  });
});
