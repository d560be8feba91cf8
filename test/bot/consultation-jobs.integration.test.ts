// The background jobs through the real bot and a fake clock: a request nobody takes comes back
// to the channel after 24 working hours, once, even with two instances sharing the store;
// a week after the answer the professional is asked whether the advice was followed.
import { actor } from '../helpers/actors.js';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYGROUND_ADMIN_ID } from '../../services/config.js';
import { SqliteStore } from '../../services/storage/sqlite/sqlite-store.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { executeActivity, postActivity, SOCIAL_WORKER } from '../helpers/activities.js';
import { startBotUnderTest, type BotUnderTest } from '../helpers/bot-under-test.js';
import { cardTexts } from '../helpers/card-validator.js';

const CHANNEL = '19:koordinatorer@thread.tacv2';
// Friday 2026-11-20 10:00 in Stockholm: 7 h that Friday, 9 h Monday, 8 h Tuesday: due Tuesday 24 Nov 16:00.
const clock = new FakeClock('2026-11-20T09:00:00Z');
let first: BotUnderTest;
let second: BotUnderTest;

beforeAll(async () => {
  const store = new SqliteStore({ file: ':memory:' });
  first = await startBotUnderTest({ store, clock });
  second = await startBotUnderTest({ store, clock });
  const admin = { id: '29:admin', name: 'Admin', aadObjectId: PLAYGROUND_ADMIN_ID };
  await postActivity(first.botUrl, executeActivity('centre.bindChannel', { step: 'bind', centreId: 'resursteam-heder-goteborg' }, { serviceUrl: first.stub.url, from: admin, conversationType: 'channel', conversationId: CHANNEL }));
  await postActivity(first.botUrl, executeActivity('consultation.submit', {
    municipality: '1480', sector: 'social_services', gender: 'boy_man', ageBand: '18-26', violence: 'physical', perpetrators: 'relatives',
    questionType: 'hrv', urgent: 'false', question: 'Ung man 19 år utsatt för hot från släkten. Vilka skyddsåtgärder finns?', deidentified: 'true', submissionKey: randomUUID(),
  }, { serviceUrl: first.stub.url, from: SOCIAL_WORKER, conversationId: 'a:personal-sara' }));
  first.stub.clear();
});

afterAll(async () => {
  await first.close();
  await second.close();
});

const reminders = () =>
  [...first.stub.sent(), ...second.stub.sent()].filter((a) => cardTexts(first.cardsIn(a)[0]).some((t) => t.startsWith('Ny konsultation')));

describe('consultation jobs', () => {
  it('re-announces an unclaimed request after 24 working hours, not before, and once across two instances', async () => {
    clock.set('2026-11-24T14:00:00Z'); // Tuesday 15:00: one working hour short
    await Promise.all([first.app.jobs.runDueNow(), second.app.jobs.runDueNow()]);
    expect(reminders()).toHaveLength(0);

    clock.set('2026-11-24T15:30:00Z'); // Tuesday 16:30
    await Promise.all([first.app.jobs.runDueNow(), second.app.jobs.runDueNow()]);
    await Promise.all([first.app.jobs.runDueNow(), second.app.jobs.runDueNow()]);
    expect(reminders()).toHaveLength(1);
  });

  it('asks "Följdes rådet?" a week after the answer, once', async () => {
    const [record] = await first.app.consultations.listMine(SOCIAL_WORKER.id);
    const coordinator = actor({ id: '29:c1', name: 'Koordinator', aadObjectId: 'c1' }, { coordinatorOf: [record!.rcId] });
    await first.app.consultations.claim(coordinator, record!.rcId, record!.id);
    await first.app.consultations.answer(coordinator, record!.rcId, record!.id, { answer: 'Kontakta polisen för en riskbedömning.', outcomes: 'risk_assessment' });
    first.stub.clear();
    second.stub.clear();
    clock.set('2026-12-03T16:00:00Z');
    await Promise.all([first.app.jobs.runDueNow(), second.app.jobs.runDueNow()]);
    await first.app.jobs.runDueNow();
    const asked = [...first.stub.calls, ...second.stub.calls].filter((c) => c.method === 'POST' && c.conversationId === 'a:personal-sara');
    expect(asked).toHaveLength(1);
    expect(cardTexts(first.cardsIn(asked[0]?.body)[0]).join(' ')).toMatch(/Följdes rådet i ärendet GBG-2026-0001\?/);
  });
});
