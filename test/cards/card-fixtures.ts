// One representative view model (or a few) for every exported card builder in cards/**, in the
// state that shows the most inputs: warnings raised (the confirmation toggle appears), several
// centres for the municipality, errors under fields, optional rows present. The accessibility
// walk (card-accessibility.test.ts) renders each; a builder missing here fails that test, so a
// new card is covered the day it is added. When a view model changes, this is the one file to adapt.
import { adviceFollowedCard, answerDeliveryCard } from '../../cards/consultation/answer-delivery.card.js';
import { answerFormCard } from '../../cards/consultation/answer-form.card.js';
import { bindChannelCard } from '../../cards/consultation/bind-channel.card.js';
import { bindNationalCard } from '../../cards/consultation/bind-national.card.js';
import { queueCard } from '../../cards/consultation/queue.card.js';
import { waitingDigestCard } from '../../cards/consultation/waiting-digest.card.js';
import { catalogueStatusCard } from '../../cards/centre/catalogue-status.card.js';
import { targetsFormCard } from '../../cards/consultation/targets-form.card.js';
import { channelRequestCard } from '../../cards/consultation/channel-request.card.js';
import { consultationFormCard } from '../../cards/consultation/consultation-form.card.js';
import type { CaseWorkView } from '../../cards/consultation/case-work.js';
import { contactsCard } from '../../cards/consultation/contacts.card.js';
import { handoverCard } from '../../cards/consultation/handover.card.js';
import type { ConsultationView } from '../../cards/consultation/consultation-view.js';
import type { CaseCodes, FieldState } from '../../cards/consultation/form-fields.js';
import { logFormCard } from '../../cards/consultation/log-form.card.js';
import { mineCard } from '../../cards/consultation/mine.card.js';
import { receiptCard } from '../../cards/consultation/receipt.card.js';
import { centreEditCard, centrePickCard, formValuesOf } from '../../cards/centre/centre-edit.card.js';
import { centreResultCard } from '../../cards/centre/centre-result.card.js';
import { centreSearchCard } from '../../cards/centre/centre-search.card.js';
import { messagesFor, type Messages } from '../../cards/i18n/catalogue.js';
import { noticeCard } from '../../cards/notice.card.js';
import { agendaCard } from '../../cards/sessions/agenda.card.js';
import { attendanceCard, cancelSessionCard, rescheduleCard, sessionRatingCard } from '../../cards/sessions/attendance.card.js';
import { coLeadCard, networkChannelCard, networkCreateCard, organisationAddCard } from '../../cards/sessions/network-form.card.js';
import { seriesCreatedCard, seriesFormCard } from '../../cards/sessions/series-form.card.js';
import { sessionListCard } from '../../cards/sessions/session-list.card.js';
import { deputyCard, meetingLinkCard } from '../../cards/sessions/network-settings.card.js';
import { questionSentCard, sessionQuestionCard } from '../../cards/sessions/session-question.card.js';
import { statsCard } from '../../cards/statistics/stats.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { welcomeCard } from '../../cards/welcome.card.js';
import { ADVICE_FOLLOWED, AGE_BANDS, CHANNELS, CONTACT_CHANNELS, GENDERS, OUTCOMES, PERPETRATORS, QUESTION_TYPES, SECTORS, STAGES, STATUSES, TRANSFER_REASONS, VIOLENCE_FORMS } from '../../services/consultation/codes.js';
import { DirectoryIndex } from '../../services/directory/lookup.js';
import { ORGANISATION_TYPES } from '../../services/sessions/codes.js';

const index = new DirectoryIndex();
const places = [...index.municipalities().map((m) => ({ title: m.name, value: m.code })), ...index.counties().map((c) => ({ title: c.name, value: `county:${c.code}` }))];
const municipalities = index.municipalities().map((m) => ({ title: m.name, value: m.code }));
const centres = index.centres.map((c) => ({ id: c.id, name: c.name }));
const people = [{ title: 'Maja Lindqvist', value: '29:maja' }, { title: 'Omar Haddad', value: '29:omar' }];

const codes: CaseCodes = {
  sector: SECTORS, gender: GENDERS, ageBand: AGE_BANDS, violence: VIOLENCE_FORMS,
  perpetrators: PERPETRATORS, questionType: QUESTION_TYPES, channel: CHANNELS, outcomes: OUTCOMES,
};

/** A form sent back with an error under the free text and a warning to confirm. */
const warned: FieldState = {
  values: { question: 'Flicka 15 år, oro för resa.', urgent: 'true' },
  codes,
  errors: { question: 'possibly_identifying', municipality: 'unknown_municipality' },
  privacy: { question: { blocking: [], warnings: ['school_name'] }, answer: { blocking: [], warnings: ['personal_name'] } },
};

const consultation: ConsultationView = {
  id: 'GBG-2026-0001', rcId: 'resursteam-heder-goteborg', reference: 'GBG-2026-0001', status: 'answered', urgent: true,
  centreName: 'Resursteam heder, Göteborgs Stad', municipalityName: 'Göteborg', sector: 'school', gender: 'girl_woman', ageBand: '13-17',
  violence: ['control', 'fgm'], perpetrators: ['parents'], questionType: 'hrv', channel: 'teams',
  question: 'Flicka 14 år, oro för resa.', answer: 'Gör en orosanmälan.', outcomes: ['report_of_concern'],
  claimedByName: 'Lina', helpfulness: null, adviceFollowed: null, receivedAt: '22 nov 14:05', concernsChild: true,
};

/** A case that came from another RC, with its stage, two further contacts and every kind of handing on. */
const caseWork: CaseWorkView = {
  cameFrom: { centreName: 'Barnahus Fyrbodal', reference: 'FYR-2026-0003' },
  sentTo: { rcId: 'una-norrbotten', centreName: 'Una Norrbotten', reference: null, reason: 'other_area' },
  stage: 'investigation_under_way',
  contacts: 3,
  contactLog: [{ on: 'tis 24 nov.', channel: 'phone' }, { on: 'ons 25 nov.', channel: 'meeting' }],
  history: [
    { kind: 'release', when: '22 nov 14:05', byName: 'Lina' },
    { kind: 'pass', when: '22 nov 15:00', byName: 'Lina', toName: 'Omar' },
    { kind: 'transfer', when: '23 nov 09:00', byName: 'Omar', centreName: 'Una Norrbotten' },
  ],
};

const session = { networkId: 'net-1', sessionId: 'net-1:s:0', date: '10 mars 2026' };
const notice = { text: 'Sparat.', tone: 'good' as const };

/** Builder name → the cards it renders for one language. */
export function cardFixtures(m: Messages): Record<string, () => AdaptiveCard[]> {
  const gavle = index.centresFor('2180')!;
  const centre = index.centres[0]!;
  return {
    welcomeCard: () => [welcomeCard({ messages: m, isAdmin: true, showStatistics: true, showQueue: true })],
    handoverCard: () => [
      handoverCard({
        messages: m, rcId: consultation.rcId, id: consultation.id, reference: consultation.reference, holder: { id: '29:maja', name: 'Maja Lindqvist' },
        colleagues: people.map((p) => ({ id: p.value, name: p.title })), centres, reasons: TRANSFER_REASONS, errors: { to: m.caseWork.handover.required }, notice,
      }),
      handoverCard({ messages: m, rcId: consultation.rcId, id: consultation.id, reference: consultation.reference, colleagues: [], centres, reasons: TRANSFER_REASONS, values: { toRcId: centres[0]!.id } }),
    ],
    contactsCard: () => [
      contactsCard({
        messages: m, rcId: consultation.rcId, id: consultation.id, reference: consultation.reference, contacts: 3, channels: CONTACT_CHANNELS, stages: STAGES,
        contactKey: 'k', values: { channel: 'phone', on: '2026-11-24', stage: 'unknown' }, errors: { on: 'future', stage: 'invalid' }, notice,
      }),
    ],
    noticeCard: () => [noticeCard({ messages: m, text: m.common.unknownAction }), noticeCard({ messages: m, text: m.refusals.not_admin, tone: 'attention' })],
    centreSearchCard: () => [centreSearchCard({ messages: m, places, selected: '2180', error: m.centre.placeRequired })],
    centreResultCard: () => [
      centreResultCard({ messages: m, kind: 'municipality', result: gavle, national: index.nationalFallback }),
      centreResultCard({ messages: m, kind: 'county', result: index.centresForCounty('21')!, municipalityNames: {}, national: index.nationalFallback }),
      centreResultCard({ messages: m, kind: 'notFound', query: 'Atlantis', suggestions: index.findPlace('Atlantis').suggestions }),
    ],
    centrePickCard: () => [centrePickCard({ messages: m, centres })],
    centreEditCard: () => [centreEditCard({ messages: m, centre, values: formValuesOf(centre), municipalities, errors: { phone: 'invalid_phone', coverage: 'empty_coverage' }, notice })],
    consultationFormCard: () => [consultationFormCard({ ...warned, messages: m, municipalities, centres: centres.slice(0, 2), submissionKey: 'k', maxQuestionLength: 2000 })],
    logFormCard: () => [logFormCard({ ...warned, messages: m, municipalities, submissionKey: 'k', maxTextLength: 2000, notice })],
    answerFormCard: () => [answerFormCard({ ...warned, errors: { answer: 'possibly_identifying' }, messages: m, consultation, maxAnswerLength: 2000 })],
    channelRequestCard: () => [
      ...STATUSES.map((status) => channelRequestCard({ messages: m, consultation: { ...consultation, status }, notice, timing: { waitedHours: 3, targetHours: 1, overdue: true } })),
      channelRequestCard({ messages: m, consultation: { ...consultation, status: 'new' }, national: 'no_channel' }),
      channelRequestCard({ messages: m, consultation: { ...consultation, status: 'claimed' }, caseWork }),
      channelRequestCard({ messages: m, consultation: { ...consultation, status: 'transferred' }, caseWork: { ...caseWork, sentTo: { rcId: 'una-norrbotten', centreName: 'Una Norrbotten', reference: 'UNA-2026-0001', reason: 'capacity' } } }),
      channelRequestCard({ messages: m, consultation: { ...consultation, status: 'transferred' }, caseWork }),
    ],
    receiptCard: () => [
      receiptCard({ messages: m, landing: { kind: 'centre' }, consultation: { ...consultation, status: 'new' }, duplicate: true }),
      receiptCard({ messages: m, landing: { kind: 'national', why: 'no_channel' }, consultation: { ...consultation, status: 'new' }, duplicate: false }),
      receiptCard({
        messages: m, landing: { kind: 'centre' }, consultation: { ...consultation, status: 'new' }, duplicate: false,
        centreContact: { kind: 'phone', value: '031-123 45 67' }, nchContact: { kind: 'web', value: 'https://www.hedersfortryck.se' },
      }),
    ],
    queueCard: () => [
      queueCard({ messages: m, scope: { kind: 'centre', centreName: consultation.centreName }, notice, items: [
        { consultation: { ...consultation, status: 'new' }, timing: { waitedHours: 2, targetHours: 1, overdue: true } },
        { consultation: { ...consultation, status: 'claimed', urgent: false }, timing: { waitedHours: 30, targetHours: 24, overdue: false } },
      ] }),
      queueCard({ messages: m, scope: { kind: 'mine' }, items: [] }),
    ],
    catalogueStatusCard: () => [
      catalogueStatusCard({ messages: m, rows: [{ centreId: null, name: 'NCH', gaps: ['no_contacts'] }, { centreId: centre.id, name: centre.name, gaps: ['no_contacts', 'coverage_not_stated', 'no_channel'] }] }),
      catalogueStatusCard({ messages: m, rows: [] }),
    ],
    targetsFormCard: () => [targetsFormCard({ messages: m, centres, values: { centreId: centres[0]!.id, normalHours: '200', urgentHours: '' }, errors: { normalHours: 'out_of_range', urgentHours: 'required' }, notice })],
    bindNationalCard: () => [bindNationalCard({ messages: m, notice })],
    waitingDigestCard: () => [waitingDigestCard({ messages: m, rows: [{ centreName: consultation.centreName, count: 2, oldestReceivedAt: '22 nov 14:05' }] })],
    answerDeliveryCard: () => [answerDeliveryCard({ messages: m, consultation })],
    adviceFollowedCard: () => [adviceFollowedCard({ messages: m, consultation, codes: ADVICE_FOLLOWED }), adviceFollowedCard({ messages: m, consultation: { ...consultation, adviceFollowed: 'yes' }, codes: ADVICE_FOLLOWED })],
    mineCard: () => [mineCard({ messages: m, consultations: [{ ...consultation, status: 'new' }] }), mineCard({ messages: m, consultations: [] })],
    bindChannelCard: () => [bindChannelCard({ messages: m, centres, notice })],
    statsCard: () => [statsCard({
      messages: m, scopeName: 'Gävleborg', scope: 'rc:x', periodLabel: '2026K3', period: 'quarter:2026:3', exact: false,
      key: [{ title: m.stats.cases, value: '15' }], sectors: [{ title: 'Skola', value: '<5' }], violence: [{ title: 'Kontroll', value: '60 %' }],
      coverage: '6 av 10', notComputable: ['Utbildningar'], periods: [{ title: '2026K3', value: 'quarter:2026:3' }], csvUrl: 'https://example.test/x.csv',
    })],
    sessionListCard: () => [sessionListCard({
      messages: m,
      items: [{ ...session, networkName: 'Nätverk Norr', start: '13:00', end: '15:00', role: 'member', started: false, freePlaces: 2, booking: { state: 'none' }, meetingUrl: 'https://teams.microsoft.com/l/x' }],
      ledNetworks: [{ id: 'net-1', name: 'Nätverk Norr' }],
      notice,
    })],
    agendaCard: () => [agendaCard({
      messages: m, ...session, notice,
      entries: [
        { kind: 'question', id: 'q1', text: null, status: 'discussed', questionType: 'hrv', orgName: 'Socialtjänsten Luleå' },
        { kind: 'question', id: 'q2', text: 'Hur gör vi vid oro för utresa?', status: 'submitted', questionType: 'hrv', orgName: 'Polisen' },
        { kind: 'item', id: 'i1', title: 'Dom i hovrätten', itemKind: 'court_ruling' },
      ],
    })],
    attendanceCard: () => [attendanceCard({ messages: m, ...session, notice, organisations: [{ id: 'o1', name: 'Socialtjänsten Luleå', booked: true }, { id: 'o2', name: 'Polisen', booked: false }] })],
    sessionRatingCard: () => [sessionRatingCard({ messages: m, ...session, rated: false }), sessionRatingCard({ messages: m, ...session, rated: true })],
    cancelSessionCard: () => [cancelSessionCard({ messages: m, ...session, reason: 'Sjukdom', error: m.consultation.errors.required })],
    rescheduleCard: () => [rescheduleCard({ messages: m, ...session, values: { date: '2026-03-12', startTime: '13:00', meetingUrl: 'https://teams.microsoft.com/l/x' }, error: m.consultation.errors.required })],
    networkCreateCard: () => [networkCreateCard({ messages: m, values: {}, errors: { name: m.consultation.errors.required }, people, centres: centres.map((c) => ({ title: c.name, value: c.id })), notice })],
    organisationAddCard: () => [organisationAddCard({ messages: m, values: {}, errors: { name: m.consultation.errors.required }, people, networks: [{ title: 'Nätverk Norr', value: 'net-1' }], municipalities, orgTypes: ORGANISATION_TYPES, notice })],
    coLeadCard: () => [coLeadCard({ messages: m, values: {}, errors: {}, people, networks: [{ title: 'Nätverk Norr', value: 'net-1' }], notice })],
    networkChannelCard: () => [networkChannelCard({ messages: m, networks: [{ title: 'Nätverk Norr', value: 'net-1' }], notice })],
    seriesFormCard: () => [seriesFormCard({ messages: m, networkId: 'net-1', networkName: 'Nätverk Norr', values: {}, errors: { firstDate: m.consultation.errors.required }, submissionKey: 'k' })],
    seriesCreatedCard: () => [seriesCreatedCard({ messages: m, networkName: 'Nätverk Norr', dates: ['10 mars', '24 mars'], affected: [{ date: '7 apr', movedTo: '8 apr', reason: 'Annandag påsk' }] })],
    questionSentCard: () => [questionSentCard({ messages: m, networkId: 'net-1', questionId: 'question:1', date: session.date })],
    meetingLinkCard: () => [meetingLinkCard({ messages: m, networkId: 'net-1', networkName: 'Nätverk Norr', meetingUrl: 'https://zoom.us/j/1', error: m.consultation.errors.invalid, notice })],
    deputyCard: () => [deputyCard({ messages: m, organisations: [{ title: 'Nätverk Norr: Polisen', value: 'o2' }], people, values: {}, errors: { organisation: m.consultation.errors.required }, notice })],
    sessionQuestionCard: () => [sessionQuestionCard({ ...warned, errors: { question: 'possibly_identifying' }, messages: m, ...session, maxLength: 2000, notice })],
  };
}

export const LANGUAGES = { sv: messagesFor('sv'), en: messagesFor('en') };
