// Parsing what coordinators type: an answer, and a consultation logged after a call.

import { describe, expect, it } from 'vitest';
import { parseAnswerInput, parseLogInput } from '../../services/consultation/coordinator-inputs.js';
import { CLEAN_ANSWER, validInput } from '../fixtures/consultations.js';
import { JONKOPING, SHIPPED } from '../fixtures/directory.js';

describe('parseAnswerInput', () => {
  it('takes the answer and the outcomes in code order', () => {
    expect(parseAnswerInput({ answer: CLEAN_ANSWER, outcomes: 'travel_ban,report_of_concern' })).toEqual({
      ok: true,
      value: { answer: CLEAN_ANSWER, outcomes: ['report_of_concern', 'travel_ban'] },
    });
    expect(parseAnswerInput({ answer: CLEAN_ANSWER })).toEqual({ ok: true, value: { answer: CLEAN_ANSWER, outcomes: [] } });
  });

  it.each([
    [{ answer: '' }, { answer: 'required' }],
    [{ answer: 'x'.repeat(2001) }, { answer: 'too_long' }],
    [{ answer: CLEAN_ANSWER, outcomes: 'hug' }, { outcomes: 'invalid' }],
    [{ answer: 'Mejla henne på amina@example.se' }, { answer: 'identifying' }],
    [{ answer: 'Prata med Amina och hennes mamma.' }, { answer: 'possibly_identifying' }],
  ])('%j gives %j', (input, errors) => {
    expect(parseAnswerInput(input)).toMatchObject({ ok: false, errors });
  });

  it('lets a confirmed warning through', () => {
    expect(parseAnswerInput({ answer: 'Prata med Amina och hennes mamma.', confirmWarnings: 'true' }).ok).toBe(true);
  });
});

describe('parseLogInput', () => {
  const { question: _q, deidentified: _d, submissionKey: _k, ...codes } = validInput();
  const log = (overrides: Record<string, string> = {}) => parseLogInput({ ...codes, channel: 'phone', ...overrides }, SHIPPED);

  it('needs only the codes and the channel; notes are optional and contacts default to one', () => {
    expect(log()).toMatchObject({ ok: true, value: { channel: 'phone', outcomes: [], contacts: 1, question: null, answer: null, submissionKey: null } });
    expect(log({ outcomes: 'referral', contacts: '12', question: 'Hur gör vi?' })).toMatchObject({
      ok: true,
      value: { outcomes: ['referral'], contacts: 12, question: 'Hur gör vi?' },
    });
  });

  it('accepts a municipality no centre covers: RCs advise outside their area too', () => {
    expect(log({ municipality: JONKOPING })).toMatchObject({ ok: true, value: { municipality: JONKOPING } });
  });

  it.each([
    [{ channel: '' }, { channel: 'required' }],
    [{ channel: 'fax' }, { channel: 'invalid' }],
    [{ contacts: '0' }, { contacts: 'invalid' }],
    [{ contacts: 'many' }, { contacts: 'invalid' }],
    [{ municipality: '9999' }, { municipality: 'unknown_municipality' }],
    [{ answer: 'Hon är född 2010-03-14.' }, { answer: 'identifying' }],
  ])('%j gives %j', (overrides, errors) => {
    expect(log(overrides)).toMatchObject({ ok: false, errors });
  });
});
