// People as services see them when they act: a person plus the roles the bot resolved for the
// turn. Tests say which roles someone has instead of relying on where a card came from.
import type { Person } from '../../services/consultation/record.js';
import type { Actor } from '../../services/rights/actor.js';

export function actor(person: Person, roles: { admin?: boolean; coordinatorOf?: readonly string[] } = {}): Actor {
  return { ...person, isAdmin: roles.admin ?? false, coordinatorOf: roles.coordinatorOf ?? [] };
}
