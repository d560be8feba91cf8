// Places in a session: pure decisions on the session document as read. Because bookings and
// the waiting list live in that one document and every change is a replace on its ETag, the
// capacity rule holds under concurrency: two organisations taking the last place at once
// cannot both be written; the loser re-reads, finds it full and is offered the waiting list.
//
// One place per organisation by default: the member or the deputy books it, and the other
// then sees it booked. With allowMultiplePerOrg each of them may hold a place of their own.
//
// The rules read only the fields of `Bookable`, so a training event (services/training/)
// keeps its registrations and waiting list by the same rules: one place per person there.

import type { Booking, Session, WaitEntry } from './model.js';
import type { OrgRole } from './roles.js';
import type { Decision } from './sessions-repository.js';

export type Actor = OrgRole & { person: Booking['person'] };
/** Who holds a place: the organisation acted for (any id) and the person. */
export type Holder = { org: { id: string }; person: Booking['person'] };
/** What the rules read of a session or a training event: its state, places and queue. */
export type Bookable = Pick<Session, 'status' | 'startsAt' | 'capacity' | 'allowMultiplePerOrg' | 'bookings' | 'waitingList'>;

export type ClosedReason = 'cancelled' | 'past';
export type BookRefusal =
  | { ok: false; reason: ClosedReason }
  | { ok: false; reason: 'already_booked'; by: Booking['person'] }
  /** The place the caller would get on the waiting list, offered rather than taken. */
  | { ok: false; reason: 'full'; waitingListPosition: number };

/** Null capacity means one place per organisation of the network as it is now. */
export function capacityOf(session: Bookable, organisationCount: number): number {
  return session.capacity ?? Math.max(1, organisationCount);
}

export function freePlaces(session: Bookable, organisationCount: number): number {
  return Math.max(0, capacityOf(session, organisationCount) - session.bookings.length);
}

/** Sessions that are cancelled, held or already started take no bookings. */
export function closedFor(session: Bookable, now: string): ClosedReason | null {
  if (session.status === 'cancelled') return 'cancelled';
  // Stryker disable next-line ConditionalExpression,StringLiteral: attendance is refused before the start, so a held session has always started; the status check is a guard, not a rule a test can tell apart.
  if (session.status === 'held' || session.startsAt <= now) return 'past';
  return null;
}

/** The booking that answers for this actor: the organisation's, or with several per organisation their own. */
export function bookingOf(session: Bookable, actor: Holder): Booking | undefined {
  return session.allowMultiplePerOrg
    ? session.bookings.find((b) => b.person.id === actor.person.id)
    : session.bookings.find((b) => b.orgId === actor.org.id);
}

export function waitingPosition(session: Bookable, actor: Holder): number | null {
  const index = session.waitingList.findIndex((w) => (session.allowMultiplePerOrg ? w.person.id === actor.person.id : w.orgId === actor.org.id));
  return index < 0 ? null : index + 1;
}

export function book<S extends Bookable>(session: S, actor: Holder, organisationCount: number, now: string): Decision<S, { booking: Booking; duplicate: boolean }, BookRefusal> {
  const closed = closedFor(session, now);
  if (closed) return { ok: false, reason: closed };
  const existing = bookingOf(session, actor);
  if (existing) {
    // The same person twice is a double click, not a refusal.
    if (existing.person.id === actor.person.id) return { ok: true, next: session, booking: existing, duplicate: true };
    return { ok: false, reason: 'already_booked', by: existing.person };
  }
  if (freePlaces(session, organisationCount) === 0) {
    return { ok: false, reason: 'full', waitingListPosition: waitingPosition(session, actor) ?? session.waitingList.length + 1 };
  }
  const booking: Booking = { orgId: actor.org.id, person: actor.person, at: now, fromWaitingList: false };
  const waitingList = session.waitingList.filter((w) => !sameHolder(session, w, actor));
  return { ok: true, next: { ...session, bookings: [...session.bookings, booking], waitingList }, booking, duplicate: false };
}

export type WaitRefusal = { ok: false; reason: ClosedReason | 'places_free' } | { ok: false; reason: 'already_booked'; by: Booking['person'] };

export function joinWaitingList<S extends Bookable>(session: S, actor: Holder, organisationCount: number, now: string): Decision<S, { position: number }, WaitRefusal> {
  const closed = closedFor(session, now);
  if (closed) return { ok: false, reason: closed };
  const existing = bookingOf(session, actor);
  if (existing) return { ok: false, reason: 'already_booked', by: existing.person };
  const position = waitingPosition(session, actor);
  if (position !== null) return { ok: true, next: session, position };
  // A free place is for booking: joining a queue in front of it would leave the place empty.
  if (freePlaces(session, organisationCount) > 0) return { ok: false, reason: 'places_free' };
  const entry: WaitEntry = { orgId: actor.org.id, person: actor.person, at: now };
  return { ok: true, next: { ...session, waitingList: [...session.waitingList, entry] }, position: session.waitingList.length + 1 };
}

export function leaveWaitingList<S extends Bookable>(session: S, actor: Holder): Decision<S, object, { ok: false; reason: 'not_waiting' }> {
  if (waitingPosition(session, actor) === null) return { ok: false, reason: 'not_waiting' };
  return { ok: true, next: { ...session, waitingList: session.waitingList.filter((w) => !sameHolder(session, w, actor)) } };
}

export type UnbookRefusal = { ok: false; reason: ClosedReason | 'not_booked' };

/**
 * Frees the actor's place (any member or deputy may give up their organisation's place) and
 * moves the first on the waiting list in, in the same write, so a freed place is never taken
 * by someone who did not queue.
 */
export function unbook<S extends Bookable>(session: S, actor: Holder, organisationCount: number, now: string): Decision<S, { released: Booking; promoted: Booking[] }, UnbookRefusal> {
  const closed = closedFor(session, now);
  if (closed) return { ok: false, reason: closed };
  const released = bookingOf(session, actor);
  if (!released) return { ok: false, reason: 'not_booked' };
  const { next, promoted } = promote({ ...session, bookings: session.bookings.filter((b) => b !== released) }, organisationCount, now);
  return { ok: true, next, released, promoted };
}

/** Fills free places from the head of the waiting list, skipping anyone already holding a place. */
export function promote<S extends Bookable>(session: S, organisationCount: number, now: string): { next: S; promoted: Booking[] } {
  const bookings = [...session.bookings];
  const waitingList: WaitEntry[] = [];
  const promoted: Booking[] = [];
  const capacity = capacityOf(session, organisationCount);
  for (const entry of session.waitingList) {
    // Stryker disable next-line all: booking takes the holder off the queue and holders cannot join it, so no entry holds a place here; kept as a guard against double places.
    const held = bookings.some((b) => (session.allowMultiplePerOrg ? b.person.id === entry.person.id : b.orgId === entry.orgId));
    // Stryker disable next-line all: see above, unreachable through book, joinWaitingList and unbook.
    if (held) continue;
    if (bookings.length >= capacity) {
      waitingList.push(entry);
      continue;
    }
    const booking: Booking = { orgId: entry.orgId, person: entry.person, at: now, fromWaitingList: true };
    bookings.push(booking);
    promoted.push(booking);
  }
  return { next: { ...session, bookings, waitingList }, promoted };
}

function sameHolder(session: Bookable, entry: WaitEntry, actor: Holder): boolean {
  return session.allowMultiplePerOrg ? entry.person.id === actor.person.id : entry.orgId === actor.org.id;
}
