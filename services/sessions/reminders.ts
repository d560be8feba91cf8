// Which reminders are due now: for every scheduled session, each booked person before the
// start (two days and one hour by default), and the leads the day before with how many
// questions wait. Computed from the stored sessions and `now` only, so any number of bot
// instances may ask; each reminder carries a stable key, and the sender claims it with
// OnceLedger.claimOnce before sending, so exactly one instance sends it.
//
// Keys hold the session's sequence: a rescheduled session (sequence bumped) is reminded of
// again for its new time, while a reminder already sent for the same time is never repeated.

import type { OnceLedger } from '../jobs/once-ledger.js';
import type { SessionsContext } from './context.js';
import type { Network, Person, Session } from './model.js';

const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const DEFAULT_REMINDER_OFFSETS: readonly number[] = [2 * DAY_MS, HOUR_MS];
export const LEAD_REMINDER_OFFSET = DAY_MS;
const MAX_OFFSET = 30 * DAY_MS;

interface ReminderBase {
  /** Claim this with OnceLedger.claimOnce right before sending. */
  key: string;
  networkId: string;
  networkName: string;
  sessionId: string;
  sequence: number;
  startsAt: string;
  /** The session's own link, else the network's. */
  meetingUrl: string;
}

export type Reminder =
  | (ReminderBase & { kind: 'participant'; person: Person; orgId: string; offsetMinutes: number })
  | (ReminderBase & { kind: 'lead'; leads: Person[]; questions: { submitted: number; carriedOver: number } });

export interface ReminderOptions {
  /** How long before the start each booked person is reminded, in ms. */
  before?: readonly number[];
  /** How long before the start the leads are reminded, in ms. */
  leadBefore?: number;
}

export function participantKey(sessionId: string, sequence: number, userId: string, offsetMinutes: number): string {
  return `session-reminder:${sessionId}:${sequence}:${userId}:${offsetMinutes}m`;
}

export function leadKey(sessionId: string, sequence: number): string {
  return `session-lead:${sessionId}:${sequence}`;
}

export async function dueReminders(ctx: SessionsContext, now: Date, options: ReminderOptions = {}): Promise<Reminder[]> {
  const offsets = checkedOffsets(options.before ?? DEFAULT_REMINDER_OFFSETS);
  const leadBefore = checkedOffsets([options.leadBefore ?? LEAD_REMINDER_OFFSET])[0] ?? LEAD_REMINDER_OFFSET;
  const horizon = new Date(now.getTime() + Math.max(leadBefore, ...offsets));
  const sessions = await ctx.repo.scheduledStartingBetween(now.toISOString(), horizon.toISOString());
  const networks = new Map<string, Network | undefined>();
  const due: Reminder[] = [];
  for (const session of sessions) {
    if (!networks.has(session.networkId)) networks.set(session.networkId, (await ctx.repo.network(session.networkId))?.item);
    const network = networks.get(session.networkId);
    if (!network) continue;
    const start = Date.parse(session.startsAt);
    const base = {
      networkId: network.networkId,
      networkName: network.name,
      sessionId: session.id,
      sequence: session.sequence,
      startsAt: session.startsAt,
      meetingUrl: session.meetingUrl ?? network.meetingUrl,
    };
    const offset = dueOffset(offsets, start, now.getTime());
    if (offset !== null) {
      const offsetMinutes = Math.round(offset / MINUTE_MS);
      for (const { person, orgId } of recipients(network, session)) {
        due.push({ ...base, kind: 'participant', key: participantKey(session.id, session.sequence, person.id, offsetMinutes), person, orgId, offsetMinutes });
      }
    }
    if (start - leadBefore <= now.getTime()) {
      const questions = await ctx.repo.questionsOf(network.networkId, session.id);
      const count = (status: string) => questions.filter((q) => q.status === status).length;
      due.push({ ...base, kind: 'lead', key: leadKey(session.id, session.sequence), leads: network.leads, questions: { submitted: count('submitted'), carriedOver: count('carried_over') } });
    }
  }
  return due;
}

/** The reminders this caller won; another instance (or an earlier run) got the rest. */
export async function claimReminders(ledger: Pick<OnceLedger, 'claimOnce'>, reminders: readonly Reminder[]): Promise<Reminder[]> {
  const won: Reminder[] = [];
  for (const reminder of reminders) if (await ledger.claimOnce(reminder.key)) won.push(reminder);
  return won;
}

/**
 * The one offset whose window holds `now`: from (start − offset) until the next, shorter
 * offset's time. So a job that was down, or a booking made 30 minutes before, sends only the
 * reminder that still fits, never a late "in two days" beside the "in one hour".
 */
export function dueOffset(offsets: readonly number[], startMs: number, nowMs: number): number | null {
  if (nowMs >= startMs) return null;
  const sorted = [...offsets].sort((a, b) => b - a);
  for (let i = 0; i < sorted.length; i++) {
    const offset = sorted[i] as number;
    const until = startMs - (sorted[i + 1] ?? 0);
    if (startMs - offset <= nowMs && nowMs < until) return offset;
  }
  return null;
}

/**
 * Whoever booked; when that person no longer acts for the organisation (a deputy replaced),
 * the organisation's member instead, so the place is not forgotten.
 */
function recipients(network: Network, session: Session): Array<{ person: Person; orgId: string }> {
  const out: Array<{ person: Person; orgId: string }> = [];
  for (const booking of session.bookings) {
    const org = network.organisations.find((o) => o.id === booking.orgId);
    if (!org) continue;
    const stillActs = org.member.id === booking.person.id || org.deputy?.id === booking.person.id;
    const person = stillActs ? booking.person : org.member;
    if (!out.some((r) => r.person.id === person.id)) out.push({ person, orgId: org.id });
  }
  return out;
}

function checkedOffsets(offsets: readonly number[]): number[] {
  const unique = [...new Set(offsets)];
  if (unique.length === 0 || unique.some((o) => !Number.isInteger(o) || o < MINUTE_MS || o > MAX_OFFSET)) {
    throw new RangeError(`reminder offsets must be whole ms between one minute and 30 days, got ${JSON.stringify(offsets)}`);
  }
  return unique;
}
