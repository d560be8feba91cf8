// The data bench-stats.ts seeds: consultations shaped as the consultation service writes them
// (free text and conversation reference included, so documents have their real size), spread
// over the year and the RCs in proportion to the 2020 volumes, network sessions with
// their questions, and trainings held. Seeded random, so every run measures the same data.

import { consultationRecordSchema, type ConsultationRecord } from '../services/consultation/record.js';
import { formatReference, referenceYear } from '../services/consultation/reference.js';
import { DirectoryIndex } from '../services/directory/lookup.js';
import { networkSchema, questionSchema, sessionSchema } from '../services/sessions/model.js';
import type { Document } from '../services/storage/port.js';
import { trainingEventSchema } from '../services/training/model.js';
import { startOfZonedDay, zonedDate } from '../services/time/zoned-time.js';
import { seededRandom as random } from '../test/helpers/seeded-random.js';

export const YEAR = 2026;
export const NETWORKS = 80;
const SESSIONS_PER_NETWORK = 25;
const directory = new DirectoryIndex();

// Cases in 2020 by pilot: the weights of the national mix.
export const WEIGHTS: Array<[string, number]> = [
  ['resursteam-heder-goteborg', 353],
  ['resurscentrum-barnahus-fyrbodal', 283],
  ['resurscentrum-heder-kronoberg', 41],
  ['una-norrbotten', 38],
  ['resurscentrum-gavleborg', 22],
];


const rand = random(20260101);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
const some = <T>(items: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(items)))];
const QUESTION = 'En elev i årskurs 8 berättar att familjen kontrollerar vilka hon umgås med och att en resa planeras i sommar. '.repeat(5);
const ANSWER = 'Gör en orosanmälan, gör en riskbedömning enligt Patriark och överväg att kontakta polisen om utreseförbud. '.repeat(4);
const CONVERSATION = { activityId: '1:abc', user: { id: '29:user', aadObjectId: 'aad' }, bot: { id: '28:bot', name: 'RC' }, conversation: { id: 'a:1personal-chat-id-long-enough-to-be-real', conversationType: 'personal', tenantId: 'tenant' }, channelId: 'msteams', locale: 'sv-SE', serviceUrl: 'https://smba.trafficmanager.net/emea/' };

export function generate(total: number): ConsultationRecord[] {
  const weightSum = WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  const yearStart = startOfZonedDay(`${YEAR}-01-01`).getTime();
  const yearMs = startOfZonedDay(`${YEAR + 1}-01-01`).getTime() - yearStart;
  const records: ConsultationRecord[] = [];
  for (const [rcId, weight] of WEIGHTS) {
    const centre = directory.centre(rcId);
    if (!centre || centre.coverage.kind !== 'municipalities') throw new Error(`bench: ${rcId} has no municipalities`);
    const n = Math.round((total * weight) / weightSum);
    const area = centre.coverage.codes;
    for (let seq = 1; seq <= n; seq++) {
      const created = yearStart + Math.floor(((seq - 1 + rand()) / n) * yearMs);
      const requested = rand() < 0.6;
      const claimed = created + Math.floor(rand() * 30 * 3_600_000);
      const answered = claimed + Math.floor(rand() * 48 * 3_600_000);
      const iso = (ms: number) => new Date(ms).toISOString();
      const person = { id: '29:coordinator', name: 'Samordnare' };
      const reference = formatReference(centre.shortCode, referenceYear(new Date(created)), seq);
      records.push({
        id: reference, kind: 'consultation', rcId, reference, year: YEAR, seq,
        channel: requested ? 'teams' : pick(['phone', 'email', 'meeting', 'network_session'] as const),
        sector: pick(['social_services', 'social_services', 'school', 'school', 'health_care', 'police', 'self', 'other'] as const),
        municipality: pick(area),
        gender: pick(['girl_woman', 'girl_woman', 'girl_woman', 'boy_man', 'unknown'] as const),
        ageBand: pick(['0-12', '13-17', '13-17', '18-26', '27+', 'unknown'] as const),
        violence: some(['control', 'psychological', 'physical', 'sexual', 'marriage', 'fgm', 'abduction'] as const, 3),
        perpetrators: some(['parents', 'siblings', 'relatives', 'partner', 'unknown'] as const, 2),
        questionType: pick(['hrv', 'hrv', 'case_handling', 'close_relationship'] as const),
        urgent: rand() < 0.1,
        question: QUESTION, answer: ANSWER,
        outcomes: some(['report_of_concern', 'police_report', 'risk_assessment', 'referral', 'continued_support'] as const, 2),
        status: 'closed', contacts: 1 + Math.floor(rand() * 6),
        adviceFollowed: requested && rand() < 0.5 ? pick(['yes', 'no', 'partly', 'unknown'] as const) : null,
        helpfulness: requested && rand() < 0.5 ? 1 + Math.floor(rand() * 5) : null,
        requester: requested ? { id: '29:professional', aadObjectId: 'aad-professional', name: 'Handläggare' } : null,
        claimedBy: person, answeredBy: person, submissionKey: null, channelActivityId: null,
        requesterConversation: requested ? CONVERSATION : null, reannouncements: 0, followUp: requested ? 'asked' : 'none', thread: [],
        times: {
          created: iso(created), claimed: iso(requested ? claimed : created), answered: iso(requested ? answered : created),
          closed: iso(requested ? answered : created), withdrawn: null, erased: null, reannounced: null, followUpAsked: null,
        },
      });
    }
  }
  // The generator is typed, but a drifted schema should fail here and not as odd figures.
  for (const record of records.slice(0, 50)) consultationRecordSchema.parse(record);
  return records;
}

/** Networks with their sessions and questions, as the sessions service stores them. */
export function generateSessions(): Document[] {
  const docs: Document[] = [];
  const iso = (ms: number) => new Date(ms).toISOString();
  const person = (id: string) => ({ id: `29:${id}`, name: id });
  const firstMonday = startOfZonedDay(`${YEAR}-01-05`).getTime() + 9 * 3_600_000;
  for (let n = 0; n < NETWORKS; n++) {
    const rcId = (WEIGHTS[n % WEIGHTS.length] as [string, number])[0];
    const networkId = `net-${n}`;
    const orgs = Array.from({ length: 10 + (n % 11) }, (_, o) => ({
      id: `org-${n}-${o}`, name: `Organisation ${o}`, type: pick(['social_services', 'school', 'police', 'health_care', 'shelter'] as const),
      municipality: '1480', member: person(`m${n}-${o}`), deputy: null, addedAt: iso(firstMonday),
    }));
    const lead = person(`lead-${n}`);
    docs.push({
      id: networkId, kind: 'network', networkId, rcId, name: `Nätverk ${n}`, leads: [lead], organisations: orgs,
      participantIds: [lead.id, ...orgs.map((o) => o.member.id)], meetingUrl: 'https://teams.microsoft.com/l/meetup-join/x',
      conversationReference: null, feedToken: null, createdBy: lead, times: { created: iso(firstMonday), updated: iso(firstMonday) },
    });
    for (let i = 0; i < SESSIONS_PER_NETWORK; i++) {
      const startsAt = firstMonday + (n % 10) * 86_400_000 + i * 14 * 86_400_000;
      const id = `${networkId}:s:${i}`;
      const status = rand() < 0.1 ? 'cancelled' : 'held';
      const present = status === 'held' ? orgs.filter(() => rand() < 0.8) : [];
      docs.push({
        id, kind: 'session', networkId, seriesId: 's', index: i, date: zonedDate(new Date(startsAt)), start: '09:00', end: '11:00', durationMinutes: 120,
        startsAt: iso(startsAt), endsAt: iso(startsAt + 7_200_000), scheduledDate: zonedDate(new Date(startsAt)), movedFrom: null, holiday: null,
        status, sequence: 0, meetingUrl: null, capacity: null, allowMultiplePerOrg: false, bookings: [], waitingList: [], agendaItems: [],
        agendaOrder: [], attendance: orgs.map((o) => ({ orgId: o.id, present: present.includes(o) })),
        ratings: present.filter(() => rand() < 0.5).map((o) => ({ userId: o.member.id, orgId: o.id, rating: 3 + Math.floor(rand() * 3), at: iso(startsAt + 8_000_000) })),
        cancelReason: status === 'cancelled' ? 'Sjukdom' : null,
        times: { created: iso(firstMonday), cancelled: status === 'cancelled' ? iso(startsAt - 86_400_000) : null, rescheduled: null, held: status === 'held' ? iso(startsAt) : null },
      });
      for (let q = 0; q < Math.round(1 + rand() * 3); q++) {
        const org = pick(orgs);
        const submitted = iso(startsAt - 3 * 86_400_000);
        const outcome = status === 'held' && rand() < 0.76 ? 'discussed' : 'carried_over';
        docs.push({
          id: `question:${id}:${q}`, kind: 'question', networkId, sessionId: id, orgId: org.id, submittedBy: org.member, text: QUESTION.slice(0, 300),
          questionType: 'hrv', ageBand: '13-17', violence: ['control'], status: outcome,
          history: [
            { at: submitted, event: 'submitted', status: 'submitted', sessionId: id, by: org.member.id },
            { at: iso(startsAt + 7_200_000), event: outcome, status: outcome, sessionId: id, by: outcome === 'discussed' ? lead.id : null },
          ],
          times: { submitted, updated: iso(startsAt + 7_200_000) },
        });
      }
    }
  }
  // As for the records: a drifted schema should fail here.
  const schemas = { network: networkSchema, session: sessionSchema, question: questionSchema } as const;
  for (const doc of docs.slice(0, 200)) schemas[doc.kind as keyof typeof schemas].parse(doc);
  return docs;
}


/**
 * Trainings and information sessions held through the year, as the training service stores
 * them: about Kronoberg's pace per RC (11 trainings and 51 information sessions a year,
 * L10161–10166), each with its participant counts and a few evaluations.
 */
export function generateTrainings(): Document[] {
  const docs: Document[] = [];
  const iso = (ms: number) => new Date(ms).toISOString();
  const coordinator = { id: '29:coordinator', name: 'Koordinator' };
  const firstTuesday = startOfZonedDay(`${YEAR}-01-06`).getTime() + 8 * 3_600_000;
  for (const [rcId] of WEIGHTS) {
    for (let i = 0; i < 62; i++) {
      const startsAt = firstTuesday + i * 5 * 86_400_000 + Math.floor(i / 5) * 2 * 86_400_000;
      const participants = 5 + Math.floor(rand() * 30);
      const teachers = Math.floor(participants / 3);
      docs.push({
        id: `event:${rcId}:${i}`, kind: 'event', rcId, requestId: null, title: 'Grundutbildning', topic: pick(['hrv_basics', 'risk_assessment', 'fgm'] as const),
        trainingKind: i % 6 === 0 ? 'training' : 'information', date: zonedDate(new Date(startsAt)), start: '09:00', end: '12:00',
        startsAt: iso(startsAt), endsAt: iso(startsAt + 3 * 3_600_000), place: 'Kommunhuset', meetingUrl: null, municipality: '1480',
        audience: 'open', invitedMunicipalities: [], status: 'held', sequence: 0, capacity: 40, allowMultiplePerOrg: true, bookings: [], waitingList: [],
        participants: { byProfession: { teacher: teachers, social_worker: participants - teachers }, bySector: { school: teachers, social_services: participants - teachers } },
        evaluations: Array.from({ length: Math.floor(rand() * 6) }, (_, e) => ({ userId: `29:p${e}`, rating: 3 + Math.floor(rand() * 3), different: null, at: iso(startsAt + 86_400_000) })),
        cancelReason: null, calendarToken: `token-${rcId}-${i}-0000000000`, createdBy: coordinator, times: { created: iso(firstTuesday), updated: iso(startsAt), held: iso(startsAt + 3 * 3_600_000) },
      });
    }
  }
  for (const doc of docs.slice(0, 20)) trainingEventSchema.parse(doc);
  return docs;
}
