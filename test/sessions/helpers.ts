// Shared pieces of the network-session tests: a service on a given store with a FakeClock,
// the people of one network (lead, co-lead, members and deputies of three organisations, an
// outsider), and a network with a fortnightly series set up the way a lead would.

import { actor } from '../helpers/actors.js';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Person } from '../../services/consultation/record.js';
import { NetworkService } from '../../services/sessions/network-service.js';
import type { Network, Organisation, Session } from '../../services/sessions/model.js';
import type { DocumentStore } from '../../services/storage/port.js';
import { FakeClock } from '../../services/time/fake-clock.js';
import { SHIPPED, UNA } from '../fixtures/directory.js';
import { yieldTurn } from '../helpers/stores.js';

export const LULEA = '2580';
export const PITEA = '2581';
export const BODEN = '2582';

export const MEETING_URL =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDQ4MGRhYjgtMzc5MS00ZjM2%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf%22%7d';
export const OTHER_MEETING_URL = 'https://teams.microsoft.com/meet/2345678901234?p=AbCdEf';

const person = (id: string, name: string): Person => ({ id: `29:${id}`, name });
export const admin = person('admin', 'Administratör');
export const lead = person('lead', 'Samordnare Una');
export const coLead = person('co-lead', 'Samordnare Två');
export const memberA = person('member-a', 'Medlem A');
export const deputyA = person('deputy-a', 'Ersättare A');
export const memberB = person('member-b', 'Medlem B');
export const deputyB = person('deputy-b', 'Ersättare B');
export const memberC = person('member-c', 'Medlem C');
export const outsider = person('outsider', 'Utomstående');

export const CLEAN_QUESTION = 'En flicka i gymnasieåldern har berättat om kontroll från familjen. Hur har ni arbetat med skyddsbedömning?';

export interface Harness {
  store: DocumentStore;
  clock: FakeClock;
  service: NetworkService;
}

/** Monday 2 March 2026, 09:00 in Stockholm: a week before the first session. */
export const START = '2026-03-02T08:00:00Z';

export function harness(store: DocumentStore, start = START): Harness {
  const clock = new FakeClock(start);
  const service = new NetworkService(store, clock, { directory: () => SHIPPED, sleep: () => yieldTurn() });
  return { store, clock, service };
}

export interface World extends Harness {
  network: Network;
  orgA: Organisation;
  orgB: Organisation;
  orgC: Organisation;
  sessions: Session[];
}

/** Una Norrbotten's network: three organisations (C without a deputy) and four fortnightly sessions from Tuesday 10 March, 13:00. */
export async function world(store: DocumentStore, seriesInput: Record<string, string> = {}): Promise<World> {
  const h = harness(store);
  const created = await h.service.createNetwork(actor(admin, { admin: true }), { rcId: UNA, name: 'Nätverk Norrbotten', leads: [lead], meetingUrl: MEETING_URL });
  if (!created.ok) throw new Error(`createNetwork: ${JSON.stringify(created)}`);
  const id = created.network.networkId;
  const add = async (name: string, type: string, municipality: string, member: Person, deputy: Person | null) => {
    const result = await h.service.addOrganisation(lead, id, { name, type: type as Organisation['type'], municipality, member, deputy });
    if (!result.ok) throw new Error(`addOrganisation: ${JSON.stringify(result)}`);
    return result.organisation;
  };
  const orgA = await add('Socialtjänsten Luleå', 'social_services', LULEA, memberA, deputyA);
  const orgB = await add('Kvinno- och tjejjouren', 'shelter', PITEA, memberB, deputyB);
  const orgC = await add('Polisen, brottsofferenheten', 'police', BODEN, memberC, null);
  const series = await h.service.createSeries(lead, id, seriesRaw(seriesInput));
  if (!series.ok) throw new Error(`createSeries: ${JSON.stringify(series)}`);
  const network = await h.service.network(id);
  if (!network) throw new Error('network vanished');
  return { ...h, network, orgA, orgB, orgC, sessions: series.sessions };
}

/** A series as the card sends it: every value a string. */
export function seriesRaw(overrides: Record<string, string> = {}): Record<string, string> {
  return { firstDate: '2026-03-10', startTime: '13:00', durationMinutes: '120', cadenceWeeks: '2', endKind: 'count', count: '4', holidayPolicy: 'skip', ...overrides };
}

export function questionRaw(overrides: Record<string, string> = {}): Record<string, string> {
  return { question: CLEAN_QUESTION, questionType: 'hrv', ageBand: '13-17', violence: 'control', deidentified: 'true', submissionKey: randomUUID(), ...overrides };
}

/** The n-th session of the world's series (0-based). */
export function nth(w: World, n: number): Session {
  const session = w.sessions[n];
  if (!session) throw new Error(`no session ${n}`);
  return session;
}

/** Narrows a result to its success branch, failing the test with the refusal otherwise. */
export function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  expect(result).toMatchObject({ ok: true });
  return result as Extract<T, { ok: true }>;
}
