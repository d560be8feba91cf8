// Who is acting, with the roles the bot resolved for this turn. Services decide what an actor
// may do from this and from the documents they read, never from what a card claims: a new
// entry point (a job, the tab API) that calls a service gets the same checks.
import type { Person } from '../consultation/record.js';

export interface Actor extends Person {
  /** On the administrators' list (RC_ADMIN_IDS): may correct the directory, bind channels, create networks. */
  readonly isAdmin: boolean;
  /**
   * The RCs whose coordinators' channel this action came from. Teams membership of that team
   * is the access control, so a coordinator acts for an RC only from its bound channel.
   */
  readonly coordinatorOf: readonly string[];
}

/** A person with no role beyond their own requests and memberships (personal chat). */
export function personActor(person: Person): Actor {
  return { ...person, isAdmin: false, coordinatorOf: [] };
}

export function coordinates(actor: Actor, rcId: string): boolean {
  return actor.coordinatorOf.includes(rcId);
}

/** The person part, as stored on records ("claimed by …"): roles are facts of the turn, not of the record. */
export function personOf(actor: Person): Person {
  return { id: actor.id, ...(actor.aadObjectId ? { aadObjectId: actor.aadObjectId } : {}), ...(actor.name ? { name: actor.name } : {}) };
}

/** Administrators bind channels to RCs, correct the directory and create networks. */
export function administers(actor: Actor): boolean {
  return actor.isAdmin;
}
