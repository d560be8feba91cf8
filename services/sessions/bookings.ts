// Booking a session for one's organisation, the waiting list, and what is coming up. The
// organisation is always resolved from the stored network (a card naming another
// organisation gets not_member); the rules themselves are in booking-rules.ts.

import * as rules from './booking-rules.js';
import { NOT_FOUND, NOT_MEMBER, nowIso, type Conflict, type NotFound, type NotMember, type SessionsContext } from './context.js';
import type { Booking, Network, Person, Session } from './model.js';
import { actingFor, roleOf } from './roles.js';

type Access = NotFound | NotMember | Conflict;
export type BookResult = { ok: true; session: Session; booking: Booking; duplicate: boolean } | rules.BookRefusal | Access;
export type WaitResult = { ok: true; session: Session; position: number } | rules.WaitRefusal | Access;
export type LeaveWaitResult = { ok: true; session: Session } | { ok: false; reason: 'not_waiting' } | Access;
/** `promoted`: organisations moved in from the waiting list, for the bot to tell them. */
export type UnbookResult = { ok: true; session: Session; released: Booking; promoted: Booking[] } | rules.UnbookRefusal | Access;

async function actorFor(
  ctx: SessionsContext,
  user: Person,
  networkId: string,
  orgId: string | undefined,
): Promise<{ ok: true; network: Network; actor: rules.Actor } | NotFound | NotMember> {
  const stored = await ctx.repo.network(networkId);
  if (!stored) return NOT_FOUND;
  const role = actingFor(stored.item, user.id, orgId);
  return role ? { ok: true, network: stored.item, actor: { ...role, person: user } } : NOT_MEMBER;
}

/** Books the user's organisation (member or deputy). `orgId` from a card only narrows; it grants nothing. */
export async function book(ctx: SessionsContext, user: Person, networkId: string, sessionId: string, orgId?: string): Promise<BookResult> {
  const access = await actorFor(ctx, user, networkId, orgId);
  if (!access.ok) return access;
  const count = access.network.organisations.length;
  const result = await ctx.repo.updateSession<{ booking: Booking; duplicate: boolean }, rules.BookRefusal>(networkId, sessionId, (s) =>
    rules.book(s, access.actor, count, nowIso(ctx)),
  );
  return result.ok ? { ok: true, session: result.item, booking: result.booking, duplicate: result.duplicate } : result;
}

export async function joinWaitingList(ctx: SessionsContext, user: Person, networkId: string, sessionId: string, orgId?: string): Promise<WaitResult> {
  const access = await actorFor(ctx, user, networkId, orgId);
  if (!access.ok) return access;
  const count = access.network.organisations.length;
  const result = await ctx.repo.updateSession<{ position: number }, rules.WaitRefusal>(networkId, sessionId, (s) =>
    rules.joinWaitingList(s, access.actor, count, nowIso(ctx)),
  );
  return result.ok ? { ok: true, session: result.item, position: result.position } : result;
}

export async function leaveWaitingList(ctx: SessionsContext, user: Person, networkId: string, sessionId: string, orgId?: string): Promise<LeaveWaitResult> {
  const access = await actorFor(ctx, user, networkId, orgId);
  if (!access.ok) return access;
  const result = await ctx.repo.updateSession<object, { ok: false; reason: 'not_waiting' }>(networkId, sessionId, (s) => rules.leaveWaitingList(s, access.actor));
  return result.ok ? { ok: true, session: result.item } : result;
}

export async function unbook(ctx: SessionsContext, user: Person, networkId: string, sessionId: string, orgId?: string): Promise<UnbookResult> {
  const access = await actorFor(ctx, user, networkId, orgId);
  if (!access.ok) return access;
  const count = access.network.organisations.length;
  const result = await ctx.repo.updateSession<{ released: Booking; promoted: Booking[] }, rules.UnbookRefusal>(networkId, sessionId, (s) =>
    rules.unbook(s, access.actor, count, nowIso(ctx)),
  );
  return result.ok ? { ok: true, session: result.item, released: result.released, promoted: result.promoted } : result;
}

export type MyBooking =
  | { state: 'booked' }
  /** The organisation's place is held by the member or deputy named. */
  | { state: 'org_booked'; by: Person }
  | { state: 'waiting'; position: number }
  | { state: 'none' };

export interface UpcomingSession {
  network: { id: string; name: string };
  role: 'lead' | 'member' | 'deputy';
  /** For members and deputies: the organisation they act for. */
  orgId: string | null;
  session: Session;
  capacity: number;
  freePlaces: number;
  /** Always 'none' for a lead, who does not book. */
  myBooking: MyBooking;
  /** For the lead: places booked and questions sent in (withdrawn ones left out), to see what the session needs. */
  leadCounts?: { bookings: number; questions: number };
}

export const UPCOMING_PER_NETWORK = 5;

/** The next sessions of every network the user has a role in, earliest first. */
export async function upcoming(ctx: SessionsContext, userId: string, now: Date, limit = 10): Promise<UpcomingSession[]> {
  const networks = await ctx.repo.networksWith(userId);
  const all: UpcomingSession[] = [];
  for (const network of networks) {
    const role = roleOf(network, userId);
    if (role === null) continue;
    const sessions = await ctx.repo.scheduledAfter(network.networkId, now.toISOString(), UPCOMING_PER_NETWORK);
    const count = network.organisations.length;
    for (const session of sessions) {
      all.push({
        network: { id: network.networkId, name: network.name },
        role: role === 'lead' ? 'lead' : role.role,
        orgId: role === 'lead' ? null : role.org.id,
        session,
        capacity: rules.capacityOf(session, count),
        freePlaces: rules.freePlaces(session, count),
        myBooking: role === 'lead' ? { state: 'none' } : bookingState(session, { org: role.org, person: { id: userId } }),
        ...(role === 'lead' ? { leadCounts: await leadCounts(ctx, session) } : {}),
      });
    }
  }
  return all.sort((a, b) => (a.session.startsAt < b.session.startsAt ? -1 : a.session.startsAt > b.session.startsAt ? 1 : 0)).slice(0, Math.max(1, limit));
}

async function leadCounts(ctx: SessionsContext, session: Session): Promise<{ bookings: number; questions: number }> {
  const questions = await ctx.repo.questionsOf(session.networkId, session.id);
  return { bookings: session.bookings.length, questions: questions.filter((q) => q.status !== 'withdrawn').length };
}

function bookingState(session: Session, actor: Pick<rules.Actor, 'org' | 'person'>): MyBooking {
  const booking = rules.bookingOf(session, actor);
  if (booking) return booking.person.id === actor.person.id ? { state: 'booked' } : { state: 'org_booked', by: booking.person };
  const position = rules.waitingPosition(session, actor);
  return position === null ? { state: 'none' } : { state: 'waiting', position };
}
