// Networks and their members: who leads, which organisations take part with one member and
// one deputy each, the standing meeting link, the channel and the calendar-feed token.
// Administrators create networks; only leads change them afterwards.

import { randomBytes, randomUUID } from 'node:crypto';
import { personSchema } from '../consultation/record.js';
import { MAX_NAME, organisationTypeSchema, type OrganisationType } from './codes.js';
import { asLead, invalid, NOT_FOUND, NOT_LEAD, NOT_MEMBER, nowIso, type Invalid, type NotFound, type NotLead, type NotMember, type SessionFieldError, type SessionsContext } from './context.js';
import { administers, personOf, type Actor } from '../rights/actor.js';
import { teamsMeetingUrl } from './meeting-url.js';
import type { Network, Organisation, Person } from './model.js';
import { holdsRole, isLead, organisation, participantIds, roleOf } from './roles.js';
import type { Conflict } from './sessions-repository.js';

export interface CreateNetworkInput {
  rcId: string;
  name: string;
  leads: Person[];
  meetingUrl: string;
}

export interface OrganisationInput {
  name: string;
  /** One of ORGANISATION_TYPES; checked here, as the card may send anything. */
  type: string;
  /** SCB municipality code, 4 digits. */
  municipality: string;
  member: Person;
  deputy?: Person | null;
}

export type NetworkChange<F = never> = { ok: true; network: Network } | NotFound | NotLead | Conflict | F;
export type CreateNetworkResult = { ok: true; network: Network } | { ok: false; reason: 'not_admin' } | Invalid<keyof CreateNetworkInput>;
export type AddOrganisationResult = { ok: true; network: Network; organisation: Organisation } | NotFound | NotLead | Conflict | Invalid<keyof OrganisationInput>;

// 256 bits from the system CSPRNG: the token is the only thing guarding the feed.
const FEED_TOKEN_BYTES = 32;
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const isPerson = (value: unknown): value is Person => personSchema.safeParse(value).success;

function cleanName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.trim();
  return name !== '' && name.length <= MAX_NAME ? name : null;
}

/** Only administrators create networks; whether the caller is one is the directory's answer, passed in. */
export async function createNetwork(ctx: SessionsContext, admin: Actor, input: CreateNetworkInput): Promise<CreateNetworkResult> {
  if (!administers(admin)) return { ok: false, reason: 'not_admin' };
  const errors: Partial<Record<keyof CreateNetworkInput, SessionFieldError>> = {};
  if (typeof input.rcId !== 'string' || input.rcId === '') errors.rcId = 'required';
  else if (!ctx.centreExists(input.rcId)) errors.rcId = 'unknown_centre';
  const name = cleanName(input.name);
  if (name === null) errors.name = typeof input.name === 'string' && input.name.trim() === '' ? 'required' : 'invalid';
  const leads = Array.isArray(input.leads) ? dedupe(input.leads) : [];
  if (leads.length === 0) errors.leads = 'required';
  else if (!leads.every(isPerson)) errors.leads = 'invalid';
  const meetingUrl = teamsMeetingUrl(input.meetingUrl);
  if (meetingUrl === null) errors.meetingUrl = 'not_teams_meeting';
  if (Object.keys(errors).length > 0 || name === null || meetingUrl === null) return invalid(errors);

  const networkId = `net-${randomUUID()}`;
  const now = nowIso(ctx);
  const network: Network = {
    id: networkId,
    kind: 'network',
    networkId,
    rcId: input.rcId,
    name,
    leads,
    organisations: [],
    participantIds: participantIds({ leads, organisations: [] }),
    meetingUrl,
    conversationReference: null,
    feedToken: null,
    createdBy: personOf(admin),
    times: { created: now, updated: now },
  };
  await ctx.repo.createIfAbsent(network);
  return { ok: true, network };
}

export async function addCoLead(ctx: SessionsContext, lead: Person, networkId: string, person: Person): Promise<NetworkChange<Invalid<'person'>>> {
  if (!isPerson(person)) return invalid({ person: 'invalid' });
  return change(ctx, lead, networkId, (network) => {
    if (isLead(network, person.id)) return network;
    if (holdsRole(network, person.id)) return invalid({ person: 'already_in_network' });
    return { ...network, leads: [...network.leads, person] };
  });
}

export async function addOrganisation(ctx: SessionsContext, lead: Person, networkId: string, input: OrganisationInput): Promise<AddOrganisationResult> {
  const errors: Partial<Record<keyof OrganisationInput, SessionFieldError>> = {};
  const name = cleanName(input.name);
  if (name === null) errors.name = typeof input.name === 'string' && input.name.trim() === '' ? 'required' : 'invalid';
  const type = organisationTypeSchema.safeParse(input.type);
  if (!type.success) errors.type = 'invalid';
  if (typeof input.municipality !== 'string' || !/^\d{4}$/.test(input.municipality)) errors.municipality = 'invalid';
  else if (!ctx.municipalityExists(input.municipality)) errors.municipality = 'unknown_municipality';
  if (!isPerson(input.member)) errors.member = 'invalid';
  const deputy = input.deputy ?? null;
  if (deputy !== null && (!isPerson(deputy) || deputy.id === input.member?.id)) errors.deputy = 'invalid';
  if (Object.keys(errors).length > 0 || name === null || !type.success) return invalid(errors);

  const org: Organisation = { id: `org-${randomUUID()}`, name, type: type.data, municipality: input.municipality, member: input.member, deputy, addedAt: nowIso(ctx) };
  const result = await change(ctx, lead, networkId, (network) => {
    const taken: Partial<Record<keyof OrganisationInput, SessionFieldError>> = {};
    if (holdsRole(network, org.member.id)) taken.member = 'already_in_network';
    if (org.deputy && holdsRole(network, org.deputy.id)) taken.deputy = 'already_in_network';
    if (Object.keys(taken).length > 0) return invalid(taken);
    return { ...network, organisations: [...network.organisations, org] };
  });
  return result.ok ? { ...result, organisation: org } : result;
}

/** Replaces (or with null removes) an organisation's deputy. Bookings the old deputy made stay the organisation's. */
export async function setDeputy(
  ctx: SessionsContext,
  lead: Person,
  networkId: string,
  orgId: string,
  deputy: Person | null,
): Promise<NetworkChange<Invalid<'orgId' | 'deputy'>>> {
  if (deputy !== null && !isPerson(deputy)) return invalid({ deputy: 'invalid' });
  return change(ctx, lead, networkId, (network) => {
    const org = organisation(network, orgId);
    if (!org) return invalid({ orgId: 'unknown_organisation' });
    if (deputy?.id === org.deputy?.id) return network;
    if (deputy && (deputy.id === org.member.id || holdsRole(network, deputy.id))) return invalid({ deputy: 'already_in_network' });
    return { ...network, organisations: network.organisations.map((o) => (o.id === orgId ? { ...o, deputy } : o)) };
  });
}

export async function setMeetingLink(ctx: SessionsContext, lead: Person, networkId: string, meetingUrl: string): Promise<NetworkChange<Invalid<'meetingUrl'>>> {
  const url = teamsMeetingUrl(meetingUrl);
  if (url === null) return invalid({ meetingUrl: 'not_teams_meeting' });
  return change(ctx, lead, networkId, (network) => (network.meetingUrl === url ? network : { ...network, meetingUrl: url }));
}

/** The network's Teams channel, as an opaque reference from the bot. */
export async function setChannel(ctx: SessionsContext, lead: Person, networkId: string, conversationReference: unknown): Promise<NetworkChange<Invalid<'conversationReference'>>> {
  if (typeof conversationReference !== 'object' || conversationReference === null) return invalid({ conversationReference: 'invalid' });
  return change(ctx, lead, networkId, (network) => ({ ...network, conversationReference }));
}

/** Every network the user leads or belongs to (cross-partition). */
export async function networksOf(ctx: SessionsContext, userId: string): Promise<Network[]> {
  return ctx.repo.networksWith(userId);
}

/** The network's calendar-feed token, made on first request. Anyone with a role may subscribe. */
export async function feedToken(ctx: SessionsContext, user: Person, networkId: string): Promise<{ ok: true; token: string } | NotFound | NotMember | Conflict> {
  const stored = await ctx.repo.network(networkId);
  if (!stored) return NOT_FOUND;
  if (roleOf(stored.item, user.id) === null) return NOT_MEMBER;
  if (stored.item.feedToken !== null) return { ok: true, token: stored.item.feedToken };
  // Two first requests at once: one token wins and the other caller re-reads it.
  const result = await ctx.repo.updateNetwork<object, never>(networkId, (network) =>
    network.feedToken !== null ? { ok: true, next: network } : { ok: true, next: stamp(ctx, { ...network, feedToken: newToken() }) },
  );
  return result.ok ? { ok: true, token: result.item.feedToken ?? '' } : result;
}

/** A new token; calendars subscribed with the old one stop updating (a leaked link is revoked). */
export async function rotateFeedToken(ctx: SessionsContext, lead: Person, networkId: string): Promise<{ ok: true; token: string } | NotFound | NotLead | Conflict> {
  const token = newToken();
  const result = await change<never>(ctx, lead, networkId, (network) => ({ ...network, feedToken: token }));
  return result.ok ? { ok: true, token } : result;
}

export async function networkByFeedToken(ctx: SessionsContext, token: string): Promise<Network | undefined> {
  // Anything not shaped like a token cannot match; no need to ask the store.
  if (typeof token !== 'string' || !FEED_TOKEN_PATTERN.test(token)) return undefined;
  return ctx.repo.networkByFeedToken(token);
}

function newToken(): string {
  return randomBytes(FEED_TOKEN_BYTES).toString('base64url');
}

/** A lead's change: `decide` returns the next network (the same object when nothing changes) or an Invalid. */
async function change<F extends Invalid<string>>(
  ctx: SessionsContext,
  lead: Person,
  networkId: string,
  decide: (network: Network) => Network | F,
): Promise<NetworkChange<F>> {
  const access = await asLead(ctx, lead, networkId);
  if (!access.ok) return access;
  const result = await ctx.repo.updateNetwork<object, F | NotLead>(networkId, (current) => {
    // Checked again on the version being replaced: a lead removed meanwhile changes nothing.
    if (!isLead(current, lead.id)) return NOT_LEAD;
    const next = decide(current);
    if ('reason' in next) return next;
    return { ok: true, next: next === current ? current : stamp(ctx, next) };
  });
  return result.ok ? { ok: true, network: result.item } : result;
}

function stamp(ctx: SessionsContext, network: Network): Network {
  return { ...network, participantIds: participantIds(network), times: { ...network.times, updated: nowIso(ctx) } };
}

function dedupe(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const id = (p as Partial<Person> | null)?.id;
    if (typeof id !== 'string' || seen.has(id)) return typeof id !== 'string';
    seen.add(id);
    return true;
  });
}
