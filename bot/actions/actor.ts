// Resolves who acts and with which roles, once per card action, from facts Teams vouches for:
// the administrators' list and the team the action came from. Services decide with it.
import type { ChannelBindings } from '../../services/consultation/channel-binding.js';
import type { CoordinatorRoster } from '../../services/consultation/coordinator-roster.js';
import type { Actor } from '../../services/rights/actor.js';

export interface ActorDeps {
  isAdmin: (aadObjectId: string | undefined) => boolean;
  bindings: Pick<ChannelBindings, 'forTeam'>;
  roster: Pick<CoordinatorRoster, 'remember'>;
}

export async function resolveActor(
  user: { id: string; aadObjectId?: string; name?: string },
  team: { id: string } | undefined,
  deps: ActorDeps,
): Promise<Actor> {
  // Members of the team bound to an RC are its coordinators: Teams membership is the access control.
  const coordinatorOf = team ? (await deps.bindings.forTeam(team.id)).map((b) => b.rcId) : [];
  // The statistics tab learns who coordinates from here (exact counts for an RC's own people).
  for (const rcId of coordinatorOf) await deps.roster.remember(user.aadObjectId, rcId, user.id);
  return {
    id: user.id,
    ...(user.aadObjectId ? { aadObjectId: user.aadObjectId } : {}),
    ...(user.name ? { name: user.name } : {}),
    isAdmin: deps.isAdmin(user.aadObjectId),
    coordinatorOf,
  };
}
