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
import { ADVICE_FOLLOWED, AGE_BANDS, CHANNELS, GENDERS, OUTCOMES, PERPETRATORS, QUESTION_TYPES, SECTORS, STATUSES, VIOLENCE_FORMS } from '../../services/consultation/codes.js';
import { DirectoryIndex } from '../../services/directory/lookup.js';
import { ORGANISATION_TYPES } from '../../services/sessions/codes.js';
import { participantsFormCard, trainingEvaluationCard } from '../../cards/training/after.card.js';
import { declineRequestCard, proposeDatesCard } from '../../cards/training/answer-forms.card.js';
import { cancelTrainingCard, rescheduleTrainingCard, trainingEventFormCard } from '../../cards/training/event-form.card.js';
import { trainingRequestChannelCard, trainingRequestsCard, type TrainingRequestView } from '../../cards/training/request-channel.card.js';
import { trainingRequestFormCard } from '../../cards/training/request-form.card.js';
import { trainingListCard, type TrainingItem } from '../../cards/training/training-list.card.js';
import { TRAINING_CODES } from '../../bot/training/views.js';

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

const session = { networkId: 'net-1', sessionId: 'net-1:s:0', date: '10 mars 2026' };

const trainingRequest: TrainingRequestView = {
  rcId: 'resursteam-heder-goteborg', id: 'request:1', topic: 'Riskbedömning', kind: 'Utbildning', status: 'proposed', takenBy: 'Lina',
  professions: 'Lärare, Elevhälsa', participants: 25, period: 'mån 4 maj – fre 29 maj', format: 'På plats', municipality: 'Göteborg',
  text: 'Gärna en eftermiddag.', proposals: ['tis 12 maj 13:00'], declineReason: null, received: '22 nov 14:05',
};
const trainingItem: TrainingItem = {
  rcId: 'resursteam-heder-goteborg', id: 'event:1', title: 'Riskbedömning för elevhälsan', subtitle: 'Utbildning · Riskbedömning', when: 'tis 12 maj 13:00–16:00',
  where: 'Stadshuset', capacity: 30, free: 0, registered: 30, waiting: 2, mine: { state: 'none' }, invitedOnly: true,
  calendarUrl: 'https://rc.example/calendar/t.ics', meetingUrl: 'https://teams.microsoft.com/l/meetup-join/x', manage: false, started: false,
};
const trainingErrors = { values: { title: 'x', date: '2026-05-12' }, errors: { date: 'Välj en vardag.' } };
const notice = { text: 'Sparat.', tone: 'good' as const };

/** Builder name → the cards it renders for one language. */
export function cardFixtures(m: Messages): Record<string, () => AdaptiveCard[]> {
  const gavle = index.centresFor('2180')!;
  const centre = index.centres[0]!;
  return {
    welcomeCard: () => [welcomeCard({ messages: m, isAdmin: true, showStatistics: true, showQueue: true })],
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
      coverage: '6 av 10', trainings: [{ title: 'Utbildningar genomförda', value: '3' }, { title: 'Deltagare: lärare', value: '<5' }], notComputable: ['Direkt stöd'], periods: [{ title: '2026K3', value: 'quarter:2026:3' }], csvUrl: 'https://example.test/x.csv',
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
    trainingRequestFormCard: () => [trainingRequestFormCard({ messages: m, codes: TRAINING_CODES, municipalities, values: { topic: 'fgm' }, errors: { text: 'Kontrollera texten.' }, warned: true, submissionKey: 'k' })],
    trainingRequestChannelCard: () => [
      ...(['new', 'taken', 'proposed', 'declined', 'planned'] as const).map((status) => trainingRequestChannelCard({ messages: m, request: { ...trainingRequest, status, declineReason: status === 'declined' ? 'Ingen tid' : null }, notice })),
      trainingRequestChannelCard({ messages: m, request: trainingRequest, national: true }),
    ],
    trainingRequestsCard: () => [trainingRequestsCard({ messages: m, requests: [trainingRequest] }), trainingRequestsCard({ messages: m, requests: [] })],
    proposeDatesCard: () => [proposeDatesCard({ messages: m, rcId: 'rc', requestId: 'request:1', topic: 'Riskbedömning', ...trainingErrors, errors: { date1: 'Välj en vardag.' } })],
    declineRequestCard: () => [declineRequestCard({ messages: m, rcId: 'rc', requestId: 'request:1', values: {}, errors: { reason: 'Skriv ett skäl.' }, warned: true })],
    trainingEventFormCard: () => [trainingEventFormCard({ messages: m, rcId: 'rc', requestId: 'request:1', codes: TRAINING_CODES, municipalities, ...trainingErrors })],
    cancelTrainingCard: () => [cancelTrainingCard({ messages: m, rcId: 'rc', eventId: 'event:1', title: 'Riskbedömning', values: {}, errors: { reason: 'Skriv ett skäl.' }, warned: true })],
    rescheduleTrainingCard: () => [rescheduleTrainingCard({ messages: m, rcId: 'rc', eventId: 'event:1', title: 'Riskbedömning', ...trainingErrors })],
    participantsFormCard: () => [participantsFormCard({ messages: m, rcId: 'rc', eventId: 'event:1', title: 'Riskbedömning', values: { prof_teacher: '12' }, errors: { sector_school: 'Ange ett heltal.' }, professions: TRAINING_CODES.professions, sectors: TRAINING_CODES.sectors })],
    trainingEvaluationCard: () => [
      trainingEvaluationCard({ messages: m, rcId: 'rc', eventId: 'event:1', title: 'Riskbedömning', values: { rating: '4' }, errors: { different: 'Kontrollera texten.' }, done: false, warned: true }),
      trainingEvaluationCard({ messages: m, rcId: 'rc', eventId: 'event:1', title: 'Riskbedömning', values: {}, errors: {}, done: true, warned: false }),
    ],
    trainingListCard: () => [
      trainingListCard({ messages: m, items: [trainingItem, { ...trainingItem, id: 'event:2', free: 3, mine: { state: 'registered' } }, { ...trainingItem, id: 'event:3', mine: { state: 'waiting', position: 2 } }], municipalities, notice }),
      trainingListCard({ messages: m, items: [{ ...trainingItem, manage: true }, { ...trainingItem, id: 'event:4', manage: true, started: true }], municipalities, coordinatorRc: 'rc' }),
      trainingListCard({ messages: m, items: [], municipalities }),
    ],
  };
}

export const LANGUAGES = { sv: messagesFor('sv'), en: messagesFor('en') };
