// Every way an action can go wrong answers with a card in the catalogue's words, over HTTP 200:
// a malformed form comes back with the message next to its field and nothing typed lost; a
// malformed button, an unknown verb, each known refusal and a store that fails for one turn
// each get their own message, and "the button is not recognised" only for unknown verbs.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../services/storage/port.js';
import { StoreUnavailableError } from '../../services/storage/errors.js';
import { executeActivity, postActivity, SOCIAL_WORKER } from '../helpers/activities.js';
import { say, sv } from '../helpers/catalogue.js';
import { cardTexts, checkCard } from '../helpers/card-validator.js';
import { overriding } from '../helpers/stores.js';
import {
  ADMIN, bindChannel, claim, coordinator, createNetworkWithMember, execute, inPersonal, inputValue, LEAD, messageAfter, planSessions, request, SARA, submitRequest,
  text, useBot, type TestBot,
} from './fixtures.js';

describe('malformed card data', () => {
  const bot = useBot();

  it('a form field sent as a number comes back as the form, the message next to that field, every other value kept', async () => {
    await bindChannel(bot());
    const typed = { ...request(), question: 42 };
    const form = await execute(bot(), 'consultation.submit', typed, inPersonal(bot()));
    expect(messageAfter(form, 'question')).toBe(sv.consultation.errors.unreadable);
    for (const field of ['sector', 'gender', 'ageBand', 'violence', 'perpetrators', 'questionType', 'deidentified'] as const) {
      expect(inputValue(form, field), field).toBe(typed[field]);
    }
    expect(JSON.stringify(form)).toContain(typed.submissionKey);
    expect(await bot().app.consultations.listMine(SOCIAL_WORKER.id)).toEqual([]);
  });

  it("a lead's series form with a field sent as a number comes back with the dates typed so far", async () => {
    const { networkId } = await createNetworkWithMember(bot());
    const typed = { networkId, firstDate: '2026-12-10', startTime: 13, cadenceWeeks: '2', endKind: 'count', count: '4', holidayPolicy: 'move' };
    const form = await execute(bot(), 'session.series.submit', typed, inPersonal(bot(), LEAD));
    expect(inputValue(form, 'firstDate')).toBe('2026-12-10');
    expect(text(form)).toContain(sv.consultation.errors.unreadable);
    expect(await bot().app.networks.sessionsOf(networkId)).toEqual([]);
  });

  it('a button whose data does not parse gets the invalid-input card, and nothing changes', async () => {
    await bindChannel(bot());
    const record = await submitRequest(bot());
    const card = await claim(bot(), { rcId: {} as unknown as string, id: record.id });
    expect(cardTexts(card)).toContain(sv.refusals.invalid_input);
    expect((await bot().app.consultations.get(record.rcId, record.id))!.record.status).toBe('new');
  });

  it('an unknown verb is told plainly that the button is not known', async () => {
    const card = await execute(bot(), 'consultation.doesNotExist', {}, inPersonal(bot()));
    expect(cardTexts(card)).toContain(sv.common.unknownAction);
  });

  it.each([
    ['a value that is not an object', 'not an object'],
    ['no value', null],
    ['an action that is not an object', { action: 'consultation.mine', trigger: 'manual' }],
    ['an action that is not Action.Execute', { action: { type: 'Action.Submit', verb: 'consultation.mine', data: {} }, trigger: 'manual' }],
  ])('an invoke with %s answers 200 with the invalid-input card', async (_name, value) => {
    const res = await postActivity(bot().botUrl, { ...executeActivity('consultation.mine', {}, inPersonal(bot())), value });
    expect(res.status).toBe(200);
    const card = (res.body as { value?: unknown } | undefined)?.value;
    expect(checkCard(card).problems).toEqual([]);
    expect(cardTexts(card)).toContain(sv.refusals.invalid_input);
  });

  it('an invoke whose action data is an array answers 200 with a card, as if the data were empty', async () => {
    const value = { action: { type: 'Action.Execute', verb: 'consultation.mine', data: ['verb', 'consultation.mine'] }, trigger: 'manual' };
    const res = await postActivity(bot().botUrl, { ...executeActivity('consultation.mine', {}, inPersonal(bot())), value });
    expect(res.status).toBe(200);
    const card = (res.body as { value?: unknown } | undefined)?.value;
    expect(checkCard(card).problems).toEqual([]);
    expect(cardTexts(card)).toContain(sv.consultation.mine.empty);
  });

  it('an invoke without a verb is told the button is not known', async () => {
    const value = { action: { type: 'Action.Execute', data: {} }, trigger: 'manual' };
    const res = await postActivity(bot().botUrl, { ...executeActivity('consultation.mine', {}, inPersonal(bot())), value });
    expect(res.status).toBe(200);
    expect(cardTexts((res.body as { value: unknown }).value)).toContain(sv.common.unknownAction);
  });
});

describe('each known refusal has its own words', () => {
  const bot = useBot();

  it.each([
    {
      name: 'a claim from outside the bound channel',
      refusal: sv.refusals.not_coordinator,
      act: async (b: TestBot) => {
        await bindChannel(b);
        const record = await submitRequest(b);
        return execute(b, 'consultation.claim', { rcId: record.rcId, id: record.id }, inPersonal(b, coordinator(99)));
      },
    },
    {
      name: 'a second claim',
      refusal: say(sv.refusals.already_claimed, { name: coordinator(1).name }),
      act: async (b: TestBot) => {
        await bindChannel(b);
        const record = await submitRequest(b);
        await claim(b, record, coordinator(1));
        return claim(b, record, coordinator(2));
      },
    },
    {
      name: 'editing a centre without being an administrator',
      refusal: sv.refusals.not_admin,
      act: (b: TestBot) => execute(b, 'centre.edit.open', { centreId: 'resursteam-heder-goteborg' }, inPersonal(b)),
    },
    {
      name: "a member opening the lead's agenda",
      refusal: sv.refusals.not_lead,
      act: async (b: TestBot) => {
        const { networkId } = await createNetworkWithMember(b);
        const [sessionId] = await planSessions(b, networkId);
        return execute(b, 'session.agenda.show', { networkId, sessionId }, inPersonal(b, SARA));
      },
    },
    {
      name: 'attendance before the session has started',
      refusal: sv.refusals.not_started,
      act: async (b: TestBot) => {
        const { networkId } = await createNetworkWithMember(b);
        const [sessionId] = await planSessions(b, networkId);
        return execute(b, 'session.attendance.save', { networkId, sessionId }, inPersonal(b, LEAD));
      },
    },
    {
      name: 'a button for a request that does not exist',
      refusal: sv.refusals.not_found,
      act: async (b: TestBot) => {
        await bindChannel(b);
        return execute(b, 'consultation.withdraw', { rcId: 'resursteam-heder-goteborg', id: 'no-such-request' }, inPersonal(b));
      },
    },
  ])('$name', async ({ refusal, act }) => {
    const card = await act(bot());
    expect(text(card)).toContain(refusal);
    expect(cardTexts(card)).not.toContain(sv.common.unknownAction);
  });

  it('an administrator is not refused what the refusal above withholds', async () => {
    const card = await execute(bot(), 'centre.edit.open', { centreId: 'resursteam-heder-goteborg' }, inPersonal(bot(), ADMIN));
    expect(text(card)).not.toContain(sv.refusals.not_admin);
  });
});

describe('a store that fails for one turn', () => {
  let failNextWrite = false;
  const failOnce = <T>(write: () => Promise<T>): Promise<T> => {
    if (!failNextWrite) return write();
    failNextWrite = false;
    return Promise.reject(new StoreUnavailableError('test: the store is unreachable'));
  };
  const bot = useBot({
    store: (fresh) =>
      overriding(fresh, 'consultations', (real) => ({
        create: (item: Document) => failOnce(() => real.create(item)),
        replace: (item: Document, ifMatch: string) => failOnce(() => real.replace(item, ifMatch)),
        upsert: (item: Document) => failOnce(() => real.upsert(item)),
      })),
  });

  it('answers the submit with a card saying so, stores nothing, and the next submit works without a restart', async () => {
    await bindChannel(bot());
    const typed = request();
    failNextWrite = true;
    const res = await postActivity(bot().botUrl, executeActivity('consultation.submit', typed, inPersonal(bot())));
    expect(res.status).toBe(200);
    const failed = (res.body as { value: unknown }).value;
    expect(checkCard(failed).problems).toEqual([]);
    expect(cardTexts(failed)).toContain(sv.failures.storeUnavailable);
    expect(await bot().app.consultations.listMine(SOCIAL_WORKER.id)).toEqual([]);
    expect(failNextWrite).toBe(false);

    const receipt = await execute(bot(), 'consultation.submit', typed, inPersonal(bot()));
    const [stored] = await bot().app.consultations.listMine(SOCIAL_WORKER.id);
    expect(stored?.reference).toMatch(/^GBG-\d{4}-0001$/);
    expect(cardTexts(receipt)).toContain(stored!.reference);
  });
});
