// The thread on a case, on both stores: the RC's clarifying question and the professional's
// reply in order, the identifier check on every message, who may write when, the new contact
// on a closed case within the RC's period, and retention erasing the thread's text.
import { describe, expect, it } from 'vitest';
import { CaseThread } from '../../services/consultation/case-thread.js';
import { asOtherRequester, asRequester, CLEAN_ANSWER, coordinating, coordinator, harness, validInput } from '../fixtures/consultations.js';
import { GBG, SHIPPED } from '../fixtures/directory.js';
import { actor } from '../helpers/actors.js';
import { useStores, yieldTurn } from '../helpers/stores.js';

const stores = useStores();
const DAY_MS = 86_400_000;
const QUESTION = 'Har skolan redan pratat med socialtjänsten om resan?';
const REPLY = 'Ja, socialtjänsten har fått en orosanmälan i förra veckan.';

describe.each(stores.kinds)('a case is a conversation (%s)', (kind) => {
  const setup = async (options: { retentionDays?: number } = {}) => {
    const h = harness(await stores.open(kind), options);
    const thread = new CaseThread(h.store, () => SHIPPED, h.clock, { sleep: yieldTurn });
    const submitted = await h.service.submit(asRequester, validInput());
    if (!submitted.ok) throw new Error('submit failed');
    return { ...h, thread, id: submitted.record.id };
  };
  const taken = async (options: { retentionDays?: number } = {}) => {
    const s = await setup(options);
    await s.service.claim(coordinating(1), GBG, s.id);
    return s;
  };
  const closed = async (options: { retentionDays?: number } = {}) => {
    const s = await taken(options);
    await s.service.answer(coordinating(1), GBG, s.id, { answer: CLEAN_ANSWER });
    await s.service.close(coordinating(1), GBG, s.id);
    return s;
  };

  it('keeps the RC\'s question, the reply and added information in order, with who and when', async () => {
    const { thread, clock, id } = await taken();
    expect(await thread.write(coordinating(1), GBG, id, { kind: 'question', text: QUESTION })).toMatchObject({ ok: true });
    clock.advance(3_600_000);
    expect(await thread.write(asRequester, GBG, id, { text: REPLY })).toMatchObject({ ok: true });
    clock.advance(60_000);
    const last = await thread.write(coordinating(2), GBG, id, { kind: 'info', text: 'Vi ringer er i morgon förmiddag.' });
    if (!last.ok) throw new Error(last.reason);
    expect(last.record.thread).toEqual([
      { at: '2026-03-10T09:00:00.000Z', from: 'coordinator', kind: 'question', rcId: GBG, by: { id: coordinator(1).id, name: coordinator(1).name }, text: QUESTION },
      { at: '2026-03-10T10:00:00.000Z', from: 'requester', kind: 'reply', rcId: GBG, by: null, text: REPLY },
      { at: '2026-03-10T10:01:00.000Z', from: 'coordinator', kind: 'info', rcId: GBG, by: { id: coordinator(2).id, name: coordinator(2).name }, text: 'Vi ringer er i morgon förmiddag.' },
    ]);
    expect(last.record.status).toBe('claimed');
  });

  it('keeps both messages when the RC and the asker write at the same moment', async () => {
    const { thread, service, id } = await taken();
    const results = await Promise.all([
      thread.write(coordinating(1), GBG, id, { kind: 'info', text: 'Vi ringer er i morgon förmiddag.' }),
      thread.write(asRequester, GBG, id, { text: 'Eleven är tillbaka i skolan idag.' }),
      thread.write(coordinating(2), GBG, id, { kind: 'question', text: QUESTION }),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    const texts = (await service.get(GBG, id))!.record.thread.map((m) => m.text);
    expect(texts).toHaveLength(3);
    expect(texts).toEqual(expect.arrayContaining(['Vi ringer er i morgon förmiddag.', 'Eleven är tillbaka i skolan idag.', QUESTION]));
  });

  it('makes the asker\'s next message information once the question is replied to', async () => {
    const { thread, id } = await taken();
    await thread.write(coordinating(1), GBG, id, { kind: 'question', text: QUESTION });
    await thread.write(asRequester, GBG, id, { text: REPLY });
    const more = await thread.write(asRequester, GBG, id, { text: 'Eleven är tillbaka i skolan idag.' });
    expect(more.ok && more.record.thread.map((m) => m.kind)).toEqual(['question', 'reply', 'info']);
  });

  it('stores no message that identifies someone, and a possible identifier only once confirmed', async () => {
    const { thread, service, id } = await taken();
    const blocked = await thread.write(asRequester, GBG, id, { text: 'Hennes personnummer är 20100314-2389.' });
    expect(blocked).toMatchObject({ ok: false, reason: 'invalid', errors: { text: 'identifying' }, privacy: { text: { blocking: ['personal_identity_number'] } } });
    const warned = await thread.write(coordinating(1), GBG, id, { kind: 'question', text: 'Har ni pratat med Amina och hennes mamma?' });
    expect(warned).toMatchObject({ ok: false, reason: 'invalid', errors: { text: 'possibly_identifying' } });
    expect((await service.get(GBG, id))?.record.thread).toEqual([]);
    const confirmed = await thread.write(coordinating(1), GBG, id, { kind: 'question', text: 'Har ni pratat med Amina och hennes mamma?', confirmWarnings: 'true' });
    expect(confirmed).toMatchObject({ ok: true });
  });

  it('cleans invisible characters out of a message before it is checked and stored', async () => {
    const { thread, id } = await taken();
    const result = await thread.write(asRequester, GBG, id, { text: '  Skolan\u200B har\u202E pratat med socialtjänsten.  ' });
    expect(result.ok && result.record.thread[0]?.text).toBe('Skolan har pratat med socialtjänsten.');
  });

  it('lets nobody write before the case is taken, nor anyone but the asker and the RC', async () => {
    const s = await setup();
    expect(await s.thread.write(asRequester, GBG, s.id, { text: REPLY })).toMatchObject({ ok: false, reason: 'not_claimed' });
    await s.service.claim(coordinating(1), GBG, s.id);
    expect(await s.thread.write(asOtherRequester, GBG, s.id, { text: REPLY })).toMatchObject({ ok: false, reason: 'not_yours' });
    const elsewhere = actor({ id: '29:coordinator-norr' }, { coordinatorOf: ['una-norrbotten'] });
    expect(await s.thread.write(elsewhere, GBG, s.id, { kind: 'question', text: QUESTION })).toMatchObject({ ok: false, reason: 'not_yours' });
    expect(await s.thread.write(asRequester, GBG, 'GBG-2026-0999', { text: REPLY })).toMatchObject({ ok: false, reason: 'not_found' });
  });

  it('refuses messages on a closed case: the asker starts a new contact instead', async () => {
    const { thread, id } = await closed();
    expect(await thread.write(asRequester, GBG, id, { text: REPLY })).toMatchObject({ ok: false, reason: 'closed' });
    expect(await thread.write(coordinating(1), GBG, id, { kind: 'info', text: REPLY })).toMatchObject({ ok: false, reason: 'closed' });
  });

  it('reopens a closed case for its asker within 30 days, with the same coordinator and one contact more', async () => {
    const { thread, clock, id } = await closed();
    clock.advance(29 * DAY_MS);
    const view = await thread.viewAsRequester(asRequester, GBG, id);
    expect(view).toMatchObject({ ok: true, mayStartNewContact: true });
    const reopened = await thread.startNewContact(asRequester, GBG, id, { text: 'Familjen har nu bokat resan till juli.' });
    if (!reopened.ok) throw new Error(reopened.reason);
    expect(reopened.record).toMatchObject({ status: 'claimed', contacts: 2, claimedBy: { id: coordinator(1).id }, times: { closed: null } });
    expect(reopened.record.thread.at(-1)).toMatchObject({ from: 'requester', kind: 'new_contact', text: 'Familjen har nu bokat resan till juli.' });
    expect(await thread.startNewContact(asOtherRequester, GBG, id, { text: REPLY })).toMatchObject({ ok: false, reason: 'not_yours' });
  });

  it('refuses a new contact after the period, saying how long it is, and follows the period the RC sets', async () => {
    const { thread, clock, id } = await closed();
    clock.advance(31 * DAY_MS);
    expect(await thread.viewAsRequester(asRequester, GBG, id)).toMatchObject({ ok: true, mayStartNewContact: false });
    expect(await thread.startNewContact(asRequester, GBG, id, { text: REPLY })).toEqual({ ok: false, reason: 'reopen_period_over', max: 30 });
    expect(await thread.setReopenDays(asRequester, GBG, { days: '60' })).toEqual({ ok: false, reason: 'not_coordinator' });
    expect(await thread.setReopenDays(coordinating(1), GBG, { days: '0' })).toMatchObject({ ok: false, reason: 'invalid', errors: { days: 'out_of_range' } });
    expect(await thread.setReopenDays(coordinating(1), GBG, { days: '60' })).toEqual({ ok: true, days: 60 });
    expect(await thread.startNewContact(asRequester, GBG, id, { text: REPLY })).toMatchObject({ ok: true, record: { status: 'claimed' } });
  });

  it('refuses a new contact on a case that is not closed', async () => {
    const { thread, id } = await taken();
    expect(await thread.startNewContact(asRequester, GBG, id, { text: REPLY })).toMatchObject({ ok: false, reason: 'not_closed' });
  });

  it('erases every message\'s text with the question after the retention period, keeping who, when and what kind', async () => {
    const { thread, service, clock, id } = await taken({ retentionDays: 30 });
    await thread.write(coordinating(1), GBG, id, { kind: 'question', text: QUESTION });
    await thread.write(asRequester, GBG, id, { text: REPLY });
    await service.answer(coordinating(1), GBG, id, { answer: CLEAN_ANSWER });
    await service.close(coordinating(1), GBG, id);
    clock.advance(31 * DAY_MS);
    expect(await service.eraseExpiredFreeText()).toBe(1);
    const record = (await service.get(GBG, id))!.record;
    expect(record).toMatchObject({ question: null, answer: null, violence: ['control', 'marriage'] });
    expect(record.thread.map(({ from, kind, text }) => ({ from, kind, text }))).toEqual([
      { from: 'coordinator', kind: 'question', text: null },
      { from: 'requester', kind: 'reply', text: null },
    ]);
    expect(JSON.stringify(await service.get(GBG, id))).not.toContain('orosanmälan');
  });
});
