// The consultation's life, rule by rule: who may move a request to which status, which requests
// are refused and why, and that a repeated click (claim, withdraw, close, follow-up, erase)
// succeeds without writing anything new. Pure functions of the record as read.

import { describe, expect, it } from 'vitest';
import type { ConsultationRecord, Person } from '../../services/consultation/record.js';
import {
  answer,
  claim,
  close,
  eraseFreeText,
  markFollowUpAsked,
  markReannounced,
  rateHelpfulness,
  recordAdviceFollowed,
  reopen,
  withdraw,
} from '../../services/consultation/transitions.js';
import { CLEAN_ANSWER, consultationRecord, coordinator, otherRequester, requester } from '../fixtures/consultations.js';

const CREATED = '2026-03-10T09:00:00.000Z';
const NOW = '2026-03-11T10:00:00.000Z';
const LATER = '2026-03-12T10:00:00.000Z';

const record = (overrides: Partial<ConsultationRecord> = {}): ConsultationRecord => consultationRecord(CREATED, overrides);

const first = coordinator(1);
const second = coordinator(2);
const claimedBy = (by: Person, overrides: Partial<ConsultationRecord> = {}) =>
  record({ status: 'claimed', claimedBy: by, times: { ...record().times, claimed: CREATED }, ...overrides });
const answered = (overrides: Partial<ConsultationRecord> = {}) =>
  claimedBy(first, { status: 'answered', answer: CLEAN_ANSWER, answeredBy: first, followUp: 'pending', ...overrides });
const closed = (at = NOW, overrides: Partial<ConsultationRecord> = {}) =>
  answered({ status: 'closed', times: { ...record().times, claimed: CREATED, answered: CREATED, closed: at }, ...overrides });
const withdrawn = (at = NOW) => record({ status: 'withdrawn', times: { ...record().times, withdrawn: at } });
/** Logged by a coordinator after a phone call: nobody to ask for feedback, nobody who may withdraw it. */
const logged = (overrides: Partial<ConsultationRecord> = {}) => claimedBy(first, { channel: 'phone', requester: null, ...overrides });

describe('claiming a request', () => {
  it('a new request becomes the claiming coordinator’s, with the time it was claimed', () => {
    const result = claim(record(), first, NOW);
    expect(result).toEqual({ ok: true, next: { ...record(), status: 'claimed', claimedBy: first, times: { ...record().times, claimed: NOW } } });
  });

  it('a second click by the same coordinator succeeds and changes nothing', () => {
    const mine = claimedBy(first);
    const result = claim(mine, first, NOW);
    expect(result).toEqual({ ok: true, next: mine });
    expect(result.ok && result.next).toBe(mine);
  });

  it('a colleague is told who already took it', () => {
    expect(claim(claimedBy(first), second, NOW)).toEqual({ ok: false, reason: 'already_claimed', by: first });
  });

  it('an answered or closed request cannot be claimed again, not even by the one who answered it', () => {
    expect(claim(answered(), first, NOW)).toEqual({ ok: false, reason: 'already_claimed', by: first });
    expect(claim(closed(), first, NOW)).toEqual({ ok: false, reason: 'already_claimed', by: first });
  });

  it('a withdrawn request is refused as withdrawn', () => {
    expect(claim(withdrawn(), first, NOW)).toEqual({ ok: false, reason: 'withdrawn' });
  });

  it('a request that is neither new nor held by anyone is refused instead of crashing', () => {
    expect(claim(record({ status: 'claimed', claimedBy: null }), first, NOW)).toEqual({ ok: false, reason: 'not_claimable' });
  });
});

describe('withdrawing a request', () => {
  it('the requester may withdraw a new request; the time is kept', () => {
    expect(withdraw(record(), requester.id, NOW)).toEqual({
      ok: true,
      next: { ...record(), status: 'withdrawn', times: { ...record().times, withdrawn: NOW } },
    });
  });

  it('a second click on a withdrawn request succeeds and changes nothing', () => {
    const gone = withdrawn();
    expect(withdraw(gone, requester.id, LATER)).toEqual({ ok: true, next: gone });
  });

  it('someone else cannot withdraw it', () => {
    expect(withdraw(record(), otherRequester.id, NOW)).toEqual({ ok: false, reason: 'not_yours' });
  });

  it('a logged consultation (no requester) is refused as not yours, never a crash', () => {
    expect(withdraw(logged({ status: 'new', claimedBy: null }), requester.id, NOW)).toEqual({ ok: false, reason: 'not_yours' });
    expect(withdraw(logged(), '', NOW)).toEqual({ ok: false, reason: 'not_yours' });
  });

  it('once a coordinator has taken it, it can no longer be withdrawn; an old receipt says where it stands', () => {
    expect(withdraw(claimedBy(first), requester.id, NOW)).toEqual({ ok: false, reason: 'already_claimed' });
    expect(withdraw(answered(), requester.id, NOW)).toEqual({ ok: false, reason: 'already_answered' });
    expect(withdraw(closed(), requester.id, NOW)).toEqual({ ok: false, reason: 'already_answered' });
  });
});

describe('a request handed on to another RC', () => {
  // The copy at the receiving RC is the live case; the one left behind only says where it went.
  const transferred = (overrides: Partial<ConsultationRecord> = {}) => claimedBy(first, { status: 'transferred', ...overrides });
  const refused = { ok: false, reason: 'transferred' };

  it('can no longer be claimed, answered, closed or reopened there, whoever clicks an old card', () => {
    expect(claim(transferred(), first, LATER)).toEqual(refused);
    expect(claim(transferred({ claimedBy: null }), second, LATER)).toEqual(refused);
    expect(answer(transferred(), first, { answer: CLEAN_ANSWER, outcomes: [] }, LATER)).toEqual(refused);
    expect(close(transferred(), LATER)).toEqual(refused);
    expect(reopen(transferred(), second, LATER)).toEqual(refused);
  });

  it('cannot be withdrawn by its requester from the old receipt, which says it was handed on', () => {
    expect(withdraw(transferred(), requester.id, LATER)).toEqual(refused);
  });
});

describe('answering a request', () => {
  const input = { answer: CLEAN_ANSWER, outcomes: ['risk_assessment' as const] };

  it('any coordinator may answer a claimed request; who answered is kept and the requester will be asked for follow-up', () => {
    const result = answer(claimedBy(first), second, input, NOW);
    expect(result).toEqual({
      ok: true,
      next: {
        ...claimedBy(first),
        status: 'answered',
        answer: CLEAN_ANSWER,
        outcomes: ['risk_assessment'],
        answeredBy: second,
        followUp: 'pending',
        times: { ...claimedBy(first).times, answered: NOW },
      },
    });
  });

  it('asks about follow-up once, even when the request is reopened and answered again', () => {
    expect(answer(claimedBy(first, { followUp: 'asked' }), first, input, NOW)).toMatchObject({ ok: true, next: { followUp: 'asked' } });
    expect(answer(claimedBy(first, { followUp: 'pending' }), first, input, NOW)).toMatchObject({ ok: true, next: { followUp: 'pending' } });
  });

  it('a logged consultation has nobody to ask about follow-up', () => {
    expect(answer(logged(), first, input, NOW)).toMatchObject({ ok: true, next: { followUp: 'none', status: 'answered' } });
  });

  it('refuses a request nobody has claimed, one already answered, a closed one and a withdrawn one', () => {
    expect(answer(record(), first, input, NOW)).toEqual({ ok: false, reason: 'not_claimed' });
    expect(answer(answered(), first, input, NOW)).toEqual({ ok: false, reason: 'already_answered' });
    expect(answer(closed(), first, input, NOW)).toEqual({ ok: false, reason: 'closed' });
    expect(answer(withdrawn(), first, input, NOW)).toEqual({ ok: false, reason: 'withdrawn' });
  });
});

describe('closing a request', () => {
  it('a claimed or answered request closes at the given time', () => {
    expect(close(claimedBy(first), NOW)).toEqual({ ok: true, next: { ...claimedBy(first), status: 'closed', times: { ...claimedBy(first).times, closed: NOW } } });
    expect(close(answered(), NOW)).toMatchObject({ ok: true, next: { status: 'closed', times: { closed: NOW } } });
  });

  it('a second click on a closed request succeeds and keeps the first closing time', () => {
    const done = closed(NOW);
    expect(close(done, LATER)).toEqual({ ok: true, next: done });
  });

  it('refuses to close a request nobody has claimed, or one the requester withdrew', () => {
    expect(close(record(), NOW)).toEqual({ ok: false, reason: 'not_claimed' });
    expect(close(withdrawn(), NOW)).toEqual({ ok: false, reason: 'withdrawn' });
  });
});

describe('reopening a request', () => {
  it('the coordinator who reopens an answered or closed request takes it, and the retention clock stops', () => {
    expect(reopen(closed(), second, LATER)).toEqual({
      ok: true,
      next: { ...closed(), status: 'claimed', claimedBy: second, times: { ...closed().times, claimed: LATER, closed: null } },
    });
    expect(reopen(answered(), second, LATER)).toMatchObject({ ok: true, next: { status: 'claimed', claimedBy: second } });
  });

  it('refuses a request that is still open, and one the requester withdrew', () => {
    expect(reopen(record(), first, NOW)).toEqual({ ok: false, reason: 'not_closed' });
    expect(reopen(claimedBy(first), first, NOW)).toEqual({ ok: false, reason: 'not_closed' });
    expect(reopen(withdrawn(), first, NOW)).toEqual({ ok: false, reason: 'withdrawn' });
  });
});

describe('the requester’s feedback', () => {
  it('the requester rates an answered or closed request, and says whether the advice was followed', () => {
    expect(rateHelpfulness(answered(), requester.id, 4)).toEqual({ ok: true, next: { ...answered(), helpfulness: 4 } });
    expect(rateHelpfulness(closed(), requester.id, 5)).toMatchObject({ ok: true, next: { helpfulness: 5 } });
    expect(recordAdviceFollowed(closed(), requester.id, 'yes')).toEqual({ ok: true, next: { ...closed(), adviceFollowed: 'yes' } });
  });

  it('refuses feedback from someone else, and on a logged consultation, as not yours', () => {
    expect(rateHelpfulness(answered(), otherRequester.id, 4)).toEqual({ ok: false, reason: 'not_yours' });
    expect(rateHelpfulness(logged({ status: 'answered' }), requester.id, 4)).toEqual({ ok: false, reason: 'not_yours' });
    expect(recordAdviceFollowed(logged({ status: 'closed' }), requester.id, 'yes')).toEqual({ ok: false, reason: 'not_yours' });
  });

  it('refuses feedback before there is an answer, and on a withdrawn request', () => {
    expect(rateHelpfulness(record(), requester.id, 3)).toEqual({ ok: false, reason: 'not_answered' });
    expect(rateHelpfulness(claimedBy(first), requester.id, 3)).toEqual({ ok: false, reason: 'not_answered' });
    expect(recordAdviceFollowed(withdrawn(), requester.id, 'no')).toEqual({ ok: false, reason: 'not_answered' });
  });
});

describe('announcing an unclaimed request again', () => {
  it('counts the announcement and keeps its time', () => {
    const twice = record({ reannouncements: 1 });
    expect(markReannounced(twice, NOW)).toEqual({ ok: true, next: { ...twice, reannouncements: 2, times: { ...twice.times, reannounced: NOW } } });
  });

  it('refuses once someone has claimed it', () => {
    expect(markReannounced(claimedBy(first), NOW)).toEqual({ ok: false, reason: 'not_new' });
  });
});

describe('asking whether the advice was followed', () => {
  it('asks a pending follow-up once, keeping the time', () => {
    const due = answered({ followUp: 'pending' });
    expect(markFollowUpAsked(due, NOW)).toEqual({ ok: true, next: { ...due, followUp: 'asked', times: { ...due.times, followUpAsked: NOW } } });
  });

  it('a second ask succeeds and changes nothing', () => {
    const asked = answered({ followUp: 'asked', times: { ...answered().times, followUpAsked: NOW } });
    expect(markFollowUpAsked(asked, LATER)).toEqual({ ok: true, next: asked });
  });

  it('refuses when nothing is due (no answer yet, or a logged consultation)', () => {
    expect(markFollowUpAsked(logged({ status: 'answered' }), NOW)).toEqual({ ok: false, reason: 'not_due' });
  });
});

describe('erasing free text after the retention period', () => {
  const cutoff = new Date('2026-06-01T00:00:00.000Z');

  it('erases question and answer of a request closed before the cutoff; the codes stay', () => {
    const old = closed('2026-05-01T00:00:00.000Z');
    expect(eraseFreeText(old, cutoff, NOW)).toEqual({ ok: true, next: { ...old, question: null, answer: null, times: { ...old.times, erased: NOW } } });
  });

  it('erases a request withdrawn before the cutoff, and one that ended exactly at it', () => {
    expect(eraseFreeText(withdrawn('2026-05-01T00:00:00.000Z'), cutoff, NOW)).toMatchObject({ ok: true, next: { question: null } });
    expect(eraseFreeText(closed(cutoff.toISOString()), cutoff, NOW)).toMatchObject({ ok: true, next: { question: null, answer: null } });
  });

  it('keeps the text of a request closed or withdrawn after the cutoff, and of any request still open', () => {
    expect(eraseFreeText(closed('2026-06-01T00:00:00.001Z'), cutoff, NOW)).toEqual({ ok: false, reason: 'not_expired' });
    expect(eraseFreeText(withdrawn('2026-07-01T00:00:00.000Z'), cutoff, NOW)).toEqual({ ok: false, reason: 'not_expired' });
    for (const open of [record(), claimedBy(first), answered()]) {
      expect(eraseFreeText(open, cutoff, NOW)).toEqual({ ok: false, reason: 'not_expired' });
    }
  });

  it('an already erased request succeeds again without a new erasure time', () => {
    const erased = closed('2026-05-01T00:00:00.000Z', { question: null, answer: null });
    expect(eraseFreeText(erased, cutoff, LATER)).toEqual({ ok: true, next: erased });
  });

  it('erases the answer of a logged consultation that never had a question', () => {
    const old = closed('2026-05-01T00:00:00.000Z', { requester: null, channel: 'phone', question: null });
    expect(eraseFreeText(old, cutoff, NOW)).toEqual({ ok: true, next: { ...old, answer: null, times: { ...old.times, erased: NOW } } });
  });

  it('erases a request with only the question left (no answer was ever given)', () => {
    const unanswered = withdrawn('2026-05-01T00:00:00.000Z');
    expect(unanswered.answer).toBeNull();
    expect(eraseFreeText(unanswered, cutoff, NOW)).toMatchObject({ ok: true, next: { question: null, times: { erased: NOW } } });
  });
});
