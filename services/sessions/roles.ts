// Who someone is in a network. Leads change the network, the series and the agenda; members
// and deputies act for their own organisation only. Every service call resolves the role from
// the network document as stored, never from what a card claims.

import type { Network, Organisation } from './model.js';

export type OrgRole = { org: Organisation; role: 'member' | 'deputy' };
export type NetworkRole = 'lead' | OrgRole | null;

export function isLead(network: Network, userId: string): boolean {
  return network.leads.some((lead) => lead.id === userId);
}

/** The organisations the user acts for (one, since a person may hold one place in a network). */
export function orgRolesOf(network: Network, userId: string): OrgRole[] {
  return network.organisations.flatMap((org): OrgRole[] => {
    if (org.member.id === userId) return [{ org, role: 'member' }];
    if (org.deputy?.id === userId) return [{ org, role: 'deputy' }];
    return [];
  });
}

export function roleOf(network: Network, userId: string): NetworkRole {
  if (isLead(network, userId)) return 'lead';
  return orgRolesOf(network, userId)[0] ?? null;
}

/**
 * The organisation the user acts for. `orgId` is what a card says; it only narrows the choice
 * and never grants anything: a user of organisation A naming B gets undefined.
 */
export function actingFor(network: Network, userId: string, orgId?: string): OrgRole | undefined {
  const roles = orgRolesOf(network, userId);
  return orgId === undefined ? roles[0] : roles.find((r) => r.org.id === orgId);
}

/** Everyone with a role, for the cross-partition "my networks" query. */
export function participantIds(network: Pick<Network, 'leads' | 'organisations'>): string[] {
  const ids = [
    ...network.leads.map((lead) => lead.id),
    ...network.organisations.flatMap((org) => [org.member.id, ...(org.deputy ? [org.deputy.id] : [])]),
  ];
  return [...new Set(ids)];
}

/** Whether the person already holds a role, so nobody is lead and member, or member of two organisations. */
export function holdsRole(network: Network, userId: string): boolean {
  return roleOf(network, userId) !== null;
}

export function organisation(network: Network, orgId: string): Organisation | undefined {
  return network.organisations.find((org) => org.id === orgId);
}
