// Networks on both stores: only administrators create them, only leads change them, one
// person holds one place, "my networks" across partitions, and the calendar-feed token.

import { actor } from '../helpers/actors.js';
import { describe, expect, it } from 'vitest';
import { teamsMeetingUrl } from '../../services/sessions/meeting-url.js';
import { UNA } from '../fixtures/directory.js';
import { useStores } from '../helpers/stores.js';
import { admin, coLead, deputyA, harness, lead, LULEA, MEETING_URL, memberA, memberB, memberC, ok, OTHER_MEETING_URL, outsider, world } from './helpers.js';

const stores = useStores();

describe('teamsMeetingUrl', () => {
  it('accepts https Teams meeting links only', () => {
    expect(teamsMeetingUrl(MEETING_URL)).toBe(MEETING_URL);
    expect(teamsMeetingUrl(` ${OTHER_MEETING_URL} `)).toBe(OTHER_MEETING_URL);
    for (const bad of [
      'http://teams.microsoft.com/l/meetup-join/19%3a1',
      'https://teams.microsoft.com.evil.example/l/meetup-join/19%3a1',
      'https://evil.example/l/meetup-join/19%3a1',
      'https://teams.microsoft.com/',
      'https://user:pw@teams.microsoft.com/l/meetup-join/19%3a1',
      'https://teams.microsoft.com:8443/l/meetup-join/19%3a1',
      'javascript:alert(1)',
      '',
      42,
    ]) {
      expect(teamsMeetingUrl(bad), String(bad)).toBeNull();
    }
  });
});

describe.each(stores.kinds)('networks (%s)', (kind) => {
  const setup = async () => harness(await stores.open(kind));

  it('lets only administrators create a network, with a Teams meeting link and a known centre', async () => {
    const { service } = await setup();
    const input = { rcId: UNA, name: 'Nätverk Norrbotten', leads: [lead], meetingUrl: MEETING_URL };
    expect(await service.createNetwork(actor(lead), input)).toEqual({ ok: false, reason: 'not_admin' });
    expect(await service.createNetwork(actor(admin, { admin: true }), { ...input, rcId: 'no-such-centre', name: ' ', leads: [], meetingUrl: 'https://zoom.us/j/1' })).toEqual({
      ok: false,
      reason: 'invalid',
      errors: { rcId: 'unknown_centre', name: 'required', leads: 'required', meetingUrl: 'not_teams_meeting' },
      privacy: {},
    });
    const created = ok(await service.createNetwork(actor(admin, { admin: true }), input));
    expect(created.network).toMatchObject({ rcId: UNA, name: 'Nätverk Norrbotten', leads: [lead], organisations: [], meetingUrl: MEETING_URL, feedToken: null, createdBy: admin });
    expect(await service.network(created.network.networkId)).toEqual(created.network);
  });

  it('lets only leads add co-leads and organisations; one person holds one place in a network', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const org = { name: 'Elevhälsan', type: 'school' as const, municipality: LULEA, member: outsider };
    expect(await w.service.addOrganisation(memberA, id, org)).toEqual({ ok: false, reason: 'not_lead' });
    expect(await w.service.addOrganisation(lead, 'net-missing', org)).toEqual({ ok: false, reason: 'not_found' });
    expect(await w.service.addOrganisation(lead, id, { ...org, type: 'bank' as never, municipality: '9999', deputy: outsider })).toMatchObject({
      ok: false,
      reason: 'invalid',
      errors: { type: 'invalid', municipality: 'unknown_municipality', deputy: 'invalid' },
    });
    expect(await w.service.addOrganisation(lead, id, { ...org, member: deputyA })).toMatchObject({ reason: 'invalid', errors: { member: 'already_in_network' } });

    expect(await w.service.addCoLead(memberB, id, coLead)).toEqual({ ok: false, reason: 'not_lead' });
    expect(await w.service.addCoLead(lead, id, memberB)).toMatchObject({ reason: 'invalid', errors: { person: 'already_in_network' } });
    expect(ok(await w.service.addCoLead(lead, id, coLead)).network.leads).toEqual([lead, coLead]);
    // The co-lead now changes the network like the lead.
    const added = ok(await w.service.addOrganisation(coLead, id, org));
    expect(added.network.organisations.map((o) => o.name)).toEqual(['Socialtjänsten Luleå', 'Kvinno- och tjejjouren', 'Polisen, brottsofferenheten', 'Elevhälsan']);
    expect(added.network.participantIds).toEqual(expect.arrayContaining([lead.id, coLead.id, memberA.id, deputyA.id, outsider.id]));
  });

  it('sets deputies, the meeting link and the channel for leads only', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    expect(await w.service.setDeputy(memberC, id, w.orgC.id, outsider)).toEqual({ ok: false, reason: 'not_lead' });
    expect(await w.service.setDeputy(lead, id, 'org-missing', outsider)).toMatchObject({ reason: 'invalid', errors: { orgId: 'unknown_organisation' } });
    expect(await w.service.setDeputy(lead, id, w.orgC.id, memberA)).toMatchObject({ reason: 'invalid', errors: { deputy: 'already_in_network' } });
    const set = ok(await w.service.setDeputy(lead, id, w.orgC.id, outsider));
    expect(set.network.organisations.find((o) => o.id === w.orgC.id)?.deputy).toEqual(outsider);
    expect(w.service.roleOf(set.network, outsider.id)).toMatchObject({ role: 'deputy', org: { id: w.orgC.id } });
    const removed = ok(await w.service.setDeputy(lead, id, w.orgA.id, null));
    expect(w.service.roleOf(removed.network, deputyA.id)).toBeNull();

    expect(await w.service.setMeetingLink(memberA, id, OTHER_MEETING_URL)).toEqual({ ok: false, reason: 'not_lead' });
    expect(await w.service.setMeetingLink(lead, id, 'https://meet.example/abc')).toMatchObject({ reason: 'invalid', errors: { meetingUrl: 'not_teams_meeting' } });
    expect(ok(await w.service.setMeetingLink(lead, id, OTHER_MEETING_URL)).network.meetingUrl).toBe(OTHER_MEETING_URL);

    const reference = { conversation: { id: '19:channel@thread.tacv2' }, serviceUrl: 'https://smba.example/' };
    expect(await w.service.setChannel(memberA, id, reference)).toEqual({ ok: false, reason: 'not_lead' });
    expect(await w.service.setChannel(lead, id, 'not-a-reference')).toMatchObject({ reason: 'invalid' });
    expect(ok(await w.service.setChannel(lead, id, reference)).network.conversationReference).toEqual(reference);
  });

  it('finds a user\'s networks across partitions, as lead, member or deputy, with the role', async () => {
    const store = await stores.open(kind);
    const w = await world(store);
    const second = ok(await w.service.createNetwork(actor(admin, { admin: true }), { rcId: UNA, name: 'Arbetsgrupp skola', leads: [coLead], meetingUrl: MEETING_URL }));
    ok(await w.service.addOrganisation(coLead, second.network.networkId, { name: 'Skolan', type: 'school', municipality: LULEA, member: lead }));

    expect((await w.service.networksOf(lead.id)).map((n) => n.name)).toEqual(['Arbetsgrupp skola', 'Nätverk Norrbotten']);
    expect((await w.service.networksOf(deputyA.id)).map((n) => n.name)).toEqual(['Nätverk Norrbotten']);
    expect(await w.service.networksOf(outsider.id)).toEqual([]);
    const [network] = await w.service.networksOf(memberB.id);
    if (!network) throw new Error('no network');
    expect(w.service.roleOf(network, lead.id)).toBe('lead');
    expect(w.service.roleOf(network, memberB.id)).toMatchObject({ role: 'member', org: { id: w.orgB.id } });
    expect(w.service.roleOf(network, outsider.id)).toBeNull();
  });

  it('gives participants one unguessable feed token, found again by the token alone', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    expect(await w.service.feedToken(outsider, id)).toEqual({ ok: false, reason: 'not_member' });
    const [first, second] = await Promise.all([w.service.feedToken(memberA, id), w.service.feedToken(lead, id)]);
    const token = ok(first!).token;
    expect(ok(second!).token).toBe(token);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect((await w.service.networkByFeedToken(token))?.networkId).toBe(id);
    expect(await w.service.networkByFeedToken(token.slice(1) + 'A')).toBeUndefined();
    expect(await w.service.networkByFeedToken("' OR 1=1 --")).toBeUndefined();

    expect(await w.service.rotateFeedToken(memberA, id)).toEqual({ ok: false, reason: 'not_lead' });
    const rotated = ok(await w.service.rotateFeedToken(lead, id)).token;
    expect(rotated).not.toBe(token);
    expect(await w.service.networkByFeedToken(token)).toBeUndefined();
    expect((await w.service.networkByFeedToken(rotated))?.networkId).toBe(id);
  });
});
