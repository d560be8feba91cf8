// Every action checks the caller's role on the server, on both stores: lead-only actions
// refuse members, deputies and outsiders; organisation actions refuse leads and outsiders;
// and a refused action leaves every stored document as it was.

import { describe, expect, it } from 'vitest';
import type { Person } from '../../services/consultation/record.js';
import type { NetworkService } from '../../services/sessions/network-service.js';
import { useStores } from '../helpers/stores.js';
import { coLead, deputyA, lead, LULEA, memberA, nth, ok, OTHER_MEETING_URL, outsider, questionRaw, seriesRaw, world, type World } from './helpers.js';

const stores = useStores();

const newMember: Person = { id: '29:new-member', name: 'Ny medlem' };
const newDeputy: Person = { id: '29:new-deputy', name: 'Ny ersättare' };

type Action = (service: NetworkService, user: Person, w: World & { questionId: string }) => Promise<{ ok: boolean; reason?: string }>;

const LEAD_ONLY: Record<string, Action> = {
  createSeries: (s, u, w) => s.createSeries(u, w.network.networkId, seriesRaw({ firstDate: '2026-04-01' })),
  cancelSession: (s, u, w) => s.cancelSession(u, w.network.networkId, nth(w, 0).id, 'Ledighet'),
  rescheduleSession: (s, u, w) => s.rescheduleSession(u, w.network.networkId, nth(w, 0).id, { startTime: '10:00' }),
  addCoLead: (s, u, w) => s.addCoLead(u, w.network.networkId, coLead),
  addOrganisation: (s, u, w) => s.addOrganisation(u, w.network.networkId, { name: 'Skolan', type: 'school', municipality: LULEA, member: newMember }),
  setDeputy: (s, u, w) => s.setDeputy(u, w.network.networkId, w.orgC.id, newDeputy),
  setMeetingLink: (s, u, w) => s.setMeetingLink(u, w.network.networkId, OTHER_MEETING_URL),
  setChannel: (s, u, w) => s.setChannel(u, w.network.networkId, { conversation: { id: '19:x' } }),
  rotateFeedToken: (s, u, w) => s.rotateFeedToken(u, w.network.networkId),
  agenda: (s, u, w) => s.agenda(u, w.network.networkId, nth(w, 0).id),
  reorder: (s, u, w) => s.reorder(u, w.network.networkId, nth(w, 0).id, [w.questionId]),
  markDiscussed: (s, u, w) => s.markDiscussed(u, w.network.networkId, nth(w, 0).id, w.questionId),
  carryOver: (s, u, w) => s.carryOver(u, w.network.networkId, nth(w, 0).id, w.questionId),
  addAgendaItem: (s, u, w) => s.addAgendaItem(u, w.network.networkId, nth(w, 0).id, { kind: 'method', title: 'Patriark' }),
  recordAttendance: (s, u, w) => s.recordAttendance(u, w.network.networkId, nth(w, 0).id, [w.orgA.id]),
};

const ORGANISATION_ONLY: Record<string, Action> = {
  book: (s, u, w) => s.book(u, w.network.networkId, nth(w, 1).id),
  joinWaitingList: (s, u, w) => s.joinWaitingList(u, w.network.networkId, nth(w, 1).id),
  leaveWaitingList: (s, u, w) => s.leaveWaitingList(u, w.network.networkId, nth(w, 1).id),
  unbook: (s, u, w) => s.unbook(u, w.network.networkId, nth(w, 0).id),
  submitQuestion: (s, u, w) => s.submitQuestion(u, w.network.networkId, nth(w, 0).id, questionRaw()),
  withdrawQuestion: (s, u, w) => s.withdrawQuestion(u, w.network.networkId, w.questionId),
  rateSession: (s, u, w) => s.rateSession(u, w.network.networkId, nth(w, 0).id, 5),
};

describe.each(stores.kinds)('roles (%s)', (kind) => {
  async function setup() {
    const store = await stores.open(kind);
    const w = await world(store);
    const questionId = ok(await w.service.submitQuestion(memberA, w.network.networkId, nth(w, 0).id, questionRaw())).question.id;
    ok(await w.service.book(memberA, w.network.networkId, nth(w, 0).id));
    const docs = store.collection('sessions');
    const snapshot = async () => (await docs.queryAll({}, { partitionKey: w.network.networkId })).sort((a, b) => a.id.localeCompare(b.id));
    return { w: { ...w, questionId }, snapshot };
  }

  it('refuses lead-only actions to members, deputies and outsiders, changing nothing', async () => {
    const { w, snapshot } = await setup();
    const before = await snapshot();
    for (const [name, action] of Object.entries(LEAD_ONLY)) {
      for (const user of [memberA, deputyA, outsider]) {
        expect(await action(w.service, user, w), `${name} by ${user.id}`).toEqual({ ok: false, reason: 'not_lead' });
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses organisation actions to leads and outsiders, changing nothing', async () => {
    const { w, snapshot } = await setup();
    const before = await snapshot();
    for (const [name, action] of Object.entries(ORGANISATION_ONLY)) {
      for (const user of [lead, outsider]) {
        expect(await action(w.service, user, w), `${name} by ${user.id}`).toEqual({ ok: false, reason: 'not_member' });
      }
    }
    expect(await w.service.feedToken(outsider, w.network.networkId)).toEqual({ ok: false, reason: 'not_member' });
    expect(await snapshot()).toEqual(before);
  });

  it('lets the lead do every lead-only action', async () => {
    const { w } = await setup();
    for (const [name, action] of Object.entries(LEAD_ONLY)) {
      // These end the question's or the session's life; their own tests run them.
      if (name === 'recordAttendance' || name === 'cancelSession' || name === 'markDiscussed') continue;
      const result = await action(w.service, lead, w);
      expect(result.ok, `${name}: ${JSON.stringify(result)}`).toBe(true);
    }
  });
});
