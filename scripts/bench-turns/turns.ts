// The turns bench-turns measures, as Teams sends them: the echo floor ("hej" to the echo bot),
// and on the RC bot the welcome ("hej"), the nearest RC, a consultation submit, a coordinator's
// claim and answer in the bound channel, statistics in chat and a network member booking a place
// in a session. Submits feed the claims, and claims the answers, so those two are bounded by what
// earlier phases left to claim or answer; bookings by the free places seeded (./sessions.ts).

import { randomUUID } from 'node:crypto';
import { sv } from '../../cards/i18n/sv.js';
import type { Agent } from 'node:http';
import { executeActivity, messageActivity, type Person } from '../../test/helpers/activities.js';
import { post } from './load.js';
import { BOOKERS, BOOKING_NETWORK, BOOKING_SESSIONS, booker, bookingSessionId } from './sessions.js';

export const GBG_ID = 'resursteam-heder-goteborg';
export const CHANNEL = '19:koordinatorer@thread.tacv2';
export const ADMIN: Person = { id: '29:admin', name: 'Olle Administratör', aadObjectId: '7d1c0e2b-3a4f-4b5c-8d6e-9f0a1b2c3d4e' };
// The start of "Platsen är bokad för {org}.", what a booking that took a place answers.
const BOOKED = sv.sessions.booking.booked.split('{')[0]!;
const REFERENCE = /[A-ZÅÄÖ]{2,5}-\d{4}-\d{4,}/;
// Every other request to Göteborg (whose channel is bound, so it can be claimed), the rest spread over four RCs.
const MUNICIPALITIES = ['1480', '0760', '1480', '1421', '1480', '2101', '1480', '2505'];

const worker = (n: number): Person => ({ id: `29:worker-${n}`, name: `Socialsekreterare ${n}`, aadObjectId: `00000000-0000-0000-0000-0000000003${String(n % 100).padStart(2, '0')}` });
const coordinator = (n: number): Person => ({ id: `29:coordinator-${n}`, name: `Koordinator ${n}`, aadObjectId: `00000000-0000-0000-0000-0000000002${String(n % 100).padStart(2, '0')}` });

export interface Target {
  agent: Agent;
  port: number;
  serviceUrl: string;
}

export interface Turn {
  name: string;
  /** How many this phase may send; undefined: as many as time allows. */
  available?: () => number;
  send(target: Target, i: number): Promise<boolean>;
}

const personal = (t: Target, from: Person) => ({ serviceUrl: t.serviceUrl, from, conversationId: `a:personal-${from.aadObjectId}` });
export const inChannel = (t: Target, from: Person) => ({ serviceUrl: t.serviceUrl, from, conversationType: 'channel' as const, conversationId: `${CHANNEL};messageid=1` });

export const echoTurn: Turn = {
  name: 'echo "hej"',
  send: async (t, i) => (await post(t.agent, t.port, messageActivity('hej', personal(t, worker(i % 20))))).status === 200,
};

export class BotTurns {
  acknowledged = 0;
  private readonly claimable: string[] = [];
  private readonly answerable: Array<{ id: string; by: Person }> = [];
  /** Places taken so far: the n-th booking is organisation n % BOOKERS in session n / BOOKERS. */
  private booked = 0;

  readonly turns: Turn[] = [
    { name: 'welcome "hej"', send: async (t, i) => (await post(t.agent, t.port, messageActivity('hej', personal(t, worker(i % 20))))).status === 200 },
    { name: 'nearest RC', send: async (t, i) => (await post(t.agent, t.port, messageActivity('hitta rc kiruna', personal(t, worker(i % 20))))).status === 200 },
    { name: 'consultation submit', send: (t, i) => this.submit(t, i) },
    { name: 'claim', available: () => this.claimable.length, send: (t, i) => this.claim(t, i) },
    { name: 'answer', available: () => this.answerable.length, send: (t) => this.answer(t) },
    {
      // What the turn answers: the "counting" card. The figures follow as an update of that card
      // (bot/card-followup.ts), so the count's own cost shows in the turns running beside it.
      name: 'statistics in chat',
      send: async (t, i) => (await post(t.agent, t.port, executeActivity('stats.show', { period: 'year:2026' }, inChannel(t, coordinator(i % 20))))).status === 200,
    },
    { name: 'session booking', available: () => BOOKING_SESSIONS * BOOKERS - this.booked, send: (t) => this.book(t) },
  ];

  private async book(t: Target): Promise<boolean> {
    const n = this.booked++;
    if (n >= BOOKING_SESSIONS * BOOKERS) return false;
    const member = booker(n % BOOKERS);
    const data = { networkId: BOOKING_NETWORK, sessionId: bookingSessionId(Math.floor(n / BOOKERS)) };
    const reply = await post(t.agent, t.port, executeActivity('session.book', data, personal(t, member)));
    // A refusal (full, already booked, not a member) is a card too: only the booked message counts.
    return reply.status === 200 && reply.body.includes(BOOKED);
  }

  private async submit(t: Target, i: number): Promise<boolean> {
    return (await this.submitFrom(t, MUNICIPALITIES[i % MUNICIPALITIES.length]!, worker(i % 20))) !== undefined;
  }

  /**
   * One submit to each RC the submit turn uses, one after the other, from people the rounds do
   * not use: each is its RC's first of the year in this process, which seeds the RC's reference
   * counter from its stored records (services/consultation/reference-counter.ts). The rounds
   * after it measure the steady state.
   */
  async firstOfYear(t: Target): Promise<Array<{ municipality: string; reference: string; ms: number }>> {
    const firsts: Array<{ municipality: string; reference: string; ms: number }> = [];
    for (const [k, municipality] of [...new Set(MUNICIPALITIES)].entries()) {
      const started = performance.now();
      const reference = await this.submitFrom(t, municipality, worker(20 + k));
      firsts.push({ municipality, reference: reference ?? 'failed', ms: performance.now() - started });
    }
    return firsts;
  }

  /** The reference the receipt gives, or undefined when the submit failed. */
  private async submitFrom(t: Target, municipality: string, from: Person): Promise<string | undefined> {
    const data = {
      municipality,
      sector: 'school', gender: 'girl_woman', ageBand: '13-17', violence: 'control', perpetrators: 'parents', questionType: 'hrv', urgent: 'false',
      question: 'Flicka 15 år som oroar sig inför sommarlovet. Hur går skolan vidare?',
      deidentified: 'true',
      submissionKey: randomUUID(),
    };
    const reply = await post(t.agent, t.port, executeActivity('consultation.submit', data, personal(t, from)));
    const reference = REFERENCE.exec(reply.body)?.[0];
    if (reply.status !== 200 || !reference) return undefined;
    this.acknowledged++;
    if (reference.startsWith('GBG-')) this.claimable.push(reference);
    return reference;
  }

  private async claim(t: Target, i: number): Promise<boolean> {
    const id = this.claimable.shift();
    if (!id) return false;
    const by = coordinator(i % 20);
    const reply = await post(t.agent, t.port, executeActivity('consultation.claim', { rcId: GBG_ID, id }, inChannel(t, by)));
    if (reply.status !== 200) return false;
    this.answerable.push({ id, by });
    return true;
  }

  private async answer(t: Target): Promise<boolean> {
    const next = this.answerable.shift();
    if (!next) return false;
    const data = { rcId: GBG_ID, id: next.id, step: 'submit', answer: 'Gör en orosanmälan och kontakta oss för en riskbedömning.', outcomes: 'report_of_concern,risk_assessment' };
    const reply = await post(t.agent, t.port, executeActivity('consultation.answer', data, inChannel(t, next.by)));
    return reply.status === 200;
  }
}
