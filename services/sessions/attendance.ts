// After a session: the lead records which organisations were there (attendance is kept by
// organisation), the session becomes held, its open questions move on, and the people to ask
// "how was it?" come back. Each participant rates a held session once.

import { carryOpenQuestions, type CarryOverResult } from './carry-over.js';
import { asLead, invalid, NOT_FOUND, NOT_MEMBER, nowIso, type Conflict, type Invalid, type NotFound, type NotLead, type NotMember, type SessionsContext } from './context.js';
import type { Network, Person, Session } from './model.js';
import { orgRolesOf } from './roles.js';

export interface Participant {
  orgId: string;
  person: Person;
}

export type AttendanceResult =
  | { ok: true; session: Session; participants: Participant[]; questions: CarryOverResult }
  | NotFound
  | NotLead
  | Conflict
  | Invalid<'presentOrgIds'>
  | { ok: false; reason: 'cancelled' | 'not_started' };

export type RateResult =
  | { ok: true; session: Session }
  | NotFound
  | NotMember
  | Conflict
  | { ok: false; reason: 'invalid_rating' | 'not_held' | 'not_present' | 'already_rated' };

/** The network and session as the lead's attendance sheet lists them (leads only). */
export async function attendanceSheet(ctx: SessionsContext, lead: Person, networkId: string, sessionId: string): Promise<{ ok: true; network: Network; session: Session } | NotFound | NotLead> {
  const access = await asLead(ctx, lead, networkId);
  if (!access.ok) return access;
  const session = await ctx.repo.session(networkId, sessionId);
  return session ? { ok: true, network: access.network, session: session.item } : NOT_FOUND;
}

/**
 * Marks the session held with attendance for every organisation of the network. Recording
 * again corrects the attendance (and finishes a carry-over an earlier call could not).
 */
export async function recordAttendance(
  ctx: SessionsContext,
  lead: Person,
  networkId: string,
  sessionId: string,
  presentOrgIds: readonly string[],
): Promise<AttendanceResult> {
  const access = await asLead(ctx, lead, networkId);
  if (!access.ok) return access;
  const network = access.network;
  const known = new Set(network.organisations.map((o) => o.id));
  if (!Array.isArray(presentOrgIds) || presentOrgIds.some((id) => typeof id !== 'string' || !known.has(id))) {
    return invalid({ presentOrgIds: 'unknown_organisation' });
  }
  const present = new Set(presentOrgIds);
  const result = await ctx.repo.updateSession<object, { ok: false; reason: 'cancelled' | 'not_started' }>(networkId, sessionId, (session) => {
    const now = nowIso(ctx);
    if (session.status === 'cancelled') return { ok: false, reason: 'cancelled' };
    if (session.startsAt > now) return { ok: false, reason: 'not_started' };
    const attendance = network.organisations.map((org) => ({ orgId: org.id, present: present.has(org.id) }));
    return { ok: true, next: { ...session, status: 'held', attendance, times: { ...session.times, held: session.times.held ?? now } } };
  });
  if (!result.ok) return result;
  const questions = await carryOpenQuestions(ctx, networkId, result.item, 'session_held');
  return { ok: true, session: result.item, participants: participantsToAsk(network, result.item), questions };
}

/**
 * Who to ask for satisfaction: for each organisation present, whoever booked its place(s);
 * an organisation that came without booking is asked through its member. Anyone who has
 * already rated is left out, so recording attendance again asks nobody twice.
 */
export function participantsToAsk(network: Network, session: Session): Participant[] {
  const rated = new Set(session.ratings.map((r) => r.userId));
  const people: Participant[] = [];
  for (const { orgId, present } of session.attendance) {
    const org = network.organisations.find((o) => o.id === orgId);
    if (!present || !org) continue;
    const booked = session.bookings.filter((b) => b.orgId === orgId).map((b) => b.person);
    for (const person of booked.length > 0 ? booked : [org.member]) {
      if (!rated.has(person.id) && !people.some((p) => p.person.id === person.id)) people.push({ orgId, person });
    }
  }
  return people;
}

/** 1–5, once per person, by a member or deputy of an organisation that was there. */
export async function rateSession(ctx: SessionsContext, user: Person, networkId: string, sessionId: string, rating: number): Promise<RateResult> {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return { ok: false, reason: 'invalid_rating' };
  const network = await ctx.repo.network(networkId);
  if (!network) return NOT_FOUND;
  const orgIds = orgRolesOf(network.item, user.id).map((r) => r.org.id);
  if (orgIds.length === 0) return NOT_MEMBER;
  const result = await ctx.repo.updateSession<object, { ok: false; reason: 'not_held' | 'not_present' | 'already_rated' }>(networkId, sessionId, (session) => {
    if (session.status !== 'held') return { ok: false, reason: 'not_held' };
    const orgId = orgIds.find((id) => session.attendance.some((a) => a.orgId === id && a.present));
    if (orgId === undefined) return { ok: false, reason: 'not_present' };
    // Inside the conditional write: two clicks at once still leave one rating.
    if (session.ratings.some((r) => r.userId === user.id)) return { ok: false, reason: 'already_rated' };
    return { ok: true, next: { ...session, ratings: [...session.ratings, { userId: user.id, orgId, rating, at: nowIso(ctx) }] } };
  });
  return result.ok ? { ok: true, session: result.item } : result;
}
