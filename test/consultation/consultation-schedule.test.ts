// What the background jobs ask of consultations, on both stores with a fake clock:
// re-announcing unclaimed requests after 24 working hours, asking "Följdes rådet?" a week
// after the answer, erasing free text after retention; and a professional's own list.

import { actor } from '../helpers/actors.js';
import { describe, expect, it } from 'vitest';
import type { ConsultationService } from '../../services/consultation/consultation-service.js';
import { asRequester, CLEAN_ANSWER, CLEAN_QUESTION, coordinating, coordinator, harness, otherRequester, requester, validInput } from '../fixtures/consultations.js';
import { FYR, GBG, KIRUNA, UDDEVALLA, UNA } from '../fixtures/directory.js';
import { useStores } from '../helpers/stores.js';

const stores = useStores();
const DAY_MS = 86_400_000;
const ids = (records: { id: string }[]) => records.map((r) => r.id);

async function submit(service: ConsultationService, overrides: Record<string, string> = {}, who = requester) {
  const result = await service.submit(actor(who), validInput(overrides));
  if (!result.ok) throw new Error(`submit failed: ${JSON.stringify(result)}`);
  return result.record;
}

describe.each(stores.kinds)('consultation schedule (%s)', (kind) => {
  const setup = async (options: Parameters<typeof harness>[1] = {}) => harness(await stores.open(kind), options);

  it('re-announces an unclaimed request after 24 working hours, skipping a holiday and a weekend', async () => {
    // Wednesday 13 May 2026, 15:00 in Stockholm; Thursday is Ascension Day.
    const { service, clock } = await setup({ start: '2026-05-13T13:00:00Z' });
    const waiting = await submit(service);
    const claimed = await submit(service);
    await service.claim(coordinating(1), GBG, claimed.id);

    // Wed 2 h + Fri 9 h + Mon 9 h + Tue 4 h: due Tuesday 19 May at 12:00 Stockholm time.
    expect(await service.dueForReannouncement(new Date('2026-05-19T09:59:00Z'))).toEqual([]);
    clock.set('2026-05-19T10:00:00Z');
    expect(ids(await service.dueForReannouncement())).toEqual([waiting.id]);

    expect(await service.markReannounced(GBG, waiting.id)).toMatchObject({ ok: true, record: { reannouncements: 1, times: { reannounced: '2026-05-19T10:00:00.000Z' } } });
    expect(await service.dueForReannouncement()).toEqual([]);
    // Still unclaimed: again 24 working hours later, Friday 22 May at 09:00.
    expect(await service.dueForReannouncement(new Date('2026-05-22T06:59:00Z'))).toEqual([]);
    expect(ids(await service.dueForReannouncement(new Date('2026-05-22T07:00:00Z')))).toEqual([waiting.id]);

    expect(await service.markReannounced(GBG, claimed.id)).toEqual({ ok: false, reason: 'not_new' });
  });

  it('asks "Följdes rådet?" once, seven days after the answer, and only requests with a requester', async () => {
    const { service, clock } = await setup();
    const asked = await submit(service);
    const reopened = await submit(service);
    for (const { id } of [asked, reopened]) {
      await service.claim(coordinating(1), GBG, id);
      await service.answer(coordinating(1), GBG, id, { answer: CLEAN_ANSWER });
    }
    await service.close(coordinating(1), GBG, asked.id);
    await service.reopen(coordinating(1), GBG, reopened.id);
    const { question: _q, deidentified: _d, submissionKey: _k, ...codes } = validInput();
    await service.logConsultation(coordinating(1), GBG, { ...codes, channel: 'email', answer: CLEAN_ANSWER });

    const answeredAt = clock.now().getTime();
    expect(await service.dueForFollowUp(new Date(answeredAt + 7 * DAY_MS - 1))).toEqual([]);
    clock.set(answeredAt + 7 * DAY_MS);
    expect(ids(await service.dueForFollowUp())).toEqual([asked.id]);

    expect(await service.markFollowUpAsked(GBG, asked.id)).toMatchObject({ ok: true, record: { followUp: 'asked' } });
    expect(await service.dueForFollowUp(new Date(answeredAt + 30 * DAY_MS))).toEqual([]);
    // Answered again after reopening: it comes due, still only once.
    await service.answer(coordinating(1), GBG, reopened.id, { answer: CLEAN_ANSWER });
    expect(ids(await service.dueForFollowUp(new Date(answeredAt + 30 * DAY_MS)))).toEqual([reopened.id]);
  });

  it('erases question and answer 180 days after closing, keeps the codes, and not a minute before', async () => {
    const { service, clock } = await setup();
    const closed = await submit(service);
    await service.claim(coordinating(1), GBG, closed.id);
    await service.answer(coordinating(1), GBG, closed.id, { answer: CLEAN_ANSWER, outcomes: 'report_of_concern' });
    await service.close(coordinating(1), GBG, closed.id);
    const withdrawn = await submit(service);
    await service.withdraw(asRequester, GBG, withdrawn.id);
    const stillOpen = await submit(service);
    await service.claim(coordinating(1), GBG, stillOpen.id);
    const { question: _q, deidentified: _d, submissionKey: _k, ...codes } = validInput();
    const logged = await service.logConsultation(coordinating(1), GBG, { ...codes, channel: 'phone', answer: CLEAN_ANSWER });
    if (!logged.ok) throw new Error('log failed');
    const closedAt = clock.now().getTime();

    expect(await service.eraseExpiredFreeText(new Date(closedAt + 180 * DAY_MS - 60_000))).toBe(0);
    expect((await service.get(GBG, closed.id))?.record).toMatchObject({ question: CLEAN_QUESTION, answer: CLEAN_ANSWER });

    clock.set(closedAt + 180 * DAY_MS + 60_000);
    expect(await service.eraseExpiredFreeText()).toBe(3);
    const erased = (await service.get(GBG, closed.id))?.record;
    expect(erased).toMatchObject({
      question: null,
      answer: null,
      times: { erased: clock.now().toISOString() },
      status: 'closed',
      municipality: '1480',
      sector: 'social_services',
      violence: ['control', 'marriage'],
      outcomes: ['report_of_concern'],
    });
    expect((await service.get(GBG, withdrawn.id))?.record).toMatchObject({ question: null, status: 'withdrawn' });
    expect((await service.get(GBG, logged.record.id))?.record).toMatchObject({ answer: null, channel: 'phone' });
    expect((await service.get(GBG, stillOpen.id))?.record.question).toBe(CLEAN_QUESTION);
    expect(await service.eraseExpiredFreeText()).toBe(0);
  });

  it("lists a professional's requests at every RC, newest first", async () => {
    const { service, clock } = await setup();
    const first = await submit(service);
    clock.advanceMinutes(5);
    await submit(service, {}, otherRequester);
    clock.advanceMinutes(5);
    const second = await submit(service, { municipality: UDDEVALLA });
    clock.advanceMinutes(5);
    const third = await submit(service, { municipality: KIRUNA });
    expect((await service.listMine(requester.id)).map((r) => [r.rcId, r.reference])).toEqual([
      [UNA, third.reference],
      [FYR, second.reference],
      [GBG, first.reference],
    ]);
    expect(ids(await service.listMine(requester.id, 2))).toEqual([third.id, second.id]);
    expect(await service.listMine('29:nobody')).toEqual([]);
  });
});
