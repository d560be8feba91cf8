// What every part of the session service shares, and the refusals they have in common.
// The parts are plain functions over this context; network-service.ts binds them into one class.

import type { FieldError, PrivacyKinds } from '../consultation/fields.js';
import type { Clock } from '../time/clock.js';
import type { Network, Person } from './model.js';
import { isLead } from './roles.js';
import type { Conflict, NotFound, SessionsRepository } from './sessions-repository.js';

export interface SessionsContext {
  repo: SessionsRepository;
  clock: Clock;
  /** False refuses the RC id of a new network. */
  centreExists(rcId: string): boolean;
  /** False refuses an organisation's municipality code. */
  municipalityExists(code: string): boolean;
}

export type SessionFieldError =
  | FieldError
  | 'out_of_range'
  | 'unknown_centre'
  | 'unknown_organisation'
  | 'unknown_entry'
  | 'already_in_network';

export type Invalid<F extends string = string> = {
  ok: false;
  reason: 'invalid';
  errors: Partial<Record<F, SessionFieldError>>;
  /** Kinds of identifiers found per free-text field, for pointing at the problem. */
  privacy: Partial<Record<F, PrivacyKinds>>;
};

export type NotLead = { ok: false; reason: 'not_lead' };
/** The user holds no member or deputy place for the organisation (or for any, when none was named). */
export type NotMember = { ok: false; reason: 'not_member' };
export type { Conflict, NotFound };

export const NOT_FOUND: NotFound = { ok: false, reason: 'not_found' };
export const NOT_LEAD: NotLead = { ok: false, reason: 'not_lead' };
export const NOT_MEMBER: NotMember = { ok: false, reason: 'not_member' };

export function invalid<F extends string>(
  errors: Partial<Record<F, SessionFieldError>>,
  privacy: Partial<Record<F, PrivacyKinds>> = {},
): Invalid<F> {
  return { ok: false, reason: 'invalid', errors, privacy };
}

export function nowIso(ctx: SessionsContext): string {
  return ctx.clock.now().toISOString();
}

/** The network, when the user leads it. */
export async function asLead(ctx: SessionsContext, lead: Person, networkId: string): Promise<{ ok: true; network: Network } | NotFound | NotLead> {
  const stored = await ctx.repo.network(networkId);
  if (!stored) return NOT_FOUND;
  return isLead(stored.item, lead.id) ? { ok: true, network: stored.item } : NOT_LEAD;
}
