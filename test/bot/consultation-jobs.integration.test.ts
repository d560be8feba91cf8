// The background jobs through the real bot and a fake clock: a request nobody takes comes back
// to the channel after 24 working hours, once, even with two instances sharing the store;
// a week after the answer the professional is asked whether the advice was followed.
import { describe, expect, it } from 'vitest';
import { SOCIAL_WORKER } from '../helpers/activities.js';
import { actor } from '../helpers/actors.js';
import { matching, say, sv } from '../helpers/catalogue.js';
import { cardTexts } from '../helpers/card-validator.js';
import { bindChannel, personalChat, submitRequest, useTwoInstances } from './fixtures.js';

// Friday 2026-11-20 10:00 in Stockholm: 7 h that Friday, 9 h Monday, 8 h Tuesday: due Tuesday 24 Nov 16:00.
const instances = useTwoInstances({ now: '2026-11-20T09:00:00Z' });
const runJobsOnBoth = async () => {
  const { first, second } = instances();
  await Promise.all([first.app.jobs.runDueNow(), second.app.jobs.runDueNow()]);
};
const sentByEither = () => [...instances().first.stub.calls, ...instances().second.stub.calls].filter((c) => c.method === 'POST');
const firstCardOf = (body: Record<string, unknown> | undefined) => cardTexts(instances().first.cardsIn(body)[0]);

describe('consultation jobs', () => {
  it('re-announces an unclaimed request after 24 working hours, not before, and once across two instances', async () => {
    const { first, clock } = instances();
    await bindChannel(first);
    await submitRequest(first);
    first.stub.clear();
    const reannounced = () => sentByEither().filter((c) => firstCardOf(c.body).some((t) => matching(sv.consultation.channel.newRequest).test(t)));

    clock.set('2026-11-24T14:00:00Z'); // Tuesday 15:00: one working hour short
    await runJobsOnBoth();
    expect(reannounced()).toHaveLength(0);

    clock.set('2026-11-24T15:30:00Z'); // Tuesday 16:30
    await runJobsOnBoth();
    await runJobsOnBoth();
    expect(reannounced()).toHaveLength(1);
  });

  it('asks whether the advice was followed a week after the answer, once', async () => {
    const { first, second, clock } = instances();
    await bindChannel(first);
    const record = await submitRequest(first);
    const coordinator = actor({ id: '29:c1', name: 'Koordinator', aadObjectId: 'c1' }, { coordinatorOf: [record.rcId] });
    await first.app.consultations.claim(coordinator, record.rcId, record.id);
    await first.app.consultations.answer(coordinator, record.rcId, record.id, { answer: 'Kontakta polisen för en riskbedömning.', outcomes: 'risk_assessment' });
    first.stub.clear();
    second.stub.clear();
    clock.set('2026-12-03T16:00:00Z');
    await runJobsOnBoth();
    await first.app.jobs.runDueNow();
    const asked = sentByEither().filter((c) => c.conversationId === personalChat(SOCIAL_WORKER));
    expect(asked).toHaveLength(1);
    expect(firstCardOf(asked[0]?.body)).toContain(say(sv.consultation.answer.followed, { reference: record.reference }));
  });
});
