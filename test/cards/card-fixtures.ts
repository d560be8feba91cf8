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
import { closedPeriodsCard } from '../../cards/consultation/closed-periods.card.js';
import { nationalEditCard } from '../../cards/centre/national-edit.card.js';
import { channelRequestCard } from '../../cards/consultation/channel-request.card.js';
import { consultationFormCard } from '../../cards/consultation/consultation-form.card.js';
import type { CaseWorkView } from '../../cards/consultation/case-work.js';
import { contactsCard } from '../../cards/consultation/contacts.card.js';
import { handoverCard } from '../../cards/consultation/handover.card.js';
import { passedToYouCard } from '../../cards/consultation/passed-to-you.card.js';
import type { ConsultationView } from '../../cards/consultation/consultation-view.js';
import type { CaseCodes, FieldState } from '../../cards/consultation/form-fields.js';
import { logFormCard } from '../../cards/consultation/log-form.card.js';
import { mineCard } from '../../cards/consultation/mine.card.js';
import { caseCard } from '../../cards/consultation/case.card.js';
import { reopenPeriodCard } from '../../cards/consultation/reopen-period.card.js';
import { threadFormCard, threadMessageCard, type ThreadView } from '../../cards/consultation/thread.card.js';
import { receiptCard } from '../../cards/consultation/receipt.card.js';
import { centreEditCard, centrePickCard, formValuesOf } from '../../cards/centre/centre-edit.card.js';
import { centreResultCard } from '../../cards/centre/centre-result.card.js';
import { centreSearchCard } from '../../cards/centre/centre-search.card.js';
import { fill, messagesFor, type Messages } from '../../cards/i18n/catalogue.js';
import { noticeCard } from '../../cards/notice.card.js';
import { agendaCard } from '../../cards/sessions/agenda.card.js';
import { attendanceCard, cancelSessionCard, rescheduleCard, sessionRatingCard } from '../../cards/sessions/attendance.card.js';
import { coLeadCard, networkChannelCard, networkCreateCard, networkCreatedCard, organisationAddCard } from '../../cards/sessions/network-form.card.js';
import { seriesCreatedCard, seriesFormCard } from '../../cards/sessions/series-form.card.js';
import { sessionListCard } from '../../cards/sessions/session-list.card.js';
import { deputyCard, meetingLinkCard } from '../../cards/sessions/network-settings.card.js';
import { questionSentCard, sessionQuestionCard } from '../../cards/sessions/session-question.card.js';
import { statsCard } from '../../cards/statistics/stats.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { suggestionCard, welcomeCard } from '../../cards/welcome.card.js';
import { likeliestActions, menuGroups, type MenuFacts } from '../../bot/menu/menu-view.js';
import { ADVICE_FOLLOWED, AGE_BANDS, CHANNELS, CONTACT_CHANNELS, GENDERS, OUTCOMES, PERPETRATORS, QUESTION_TYPES, SECTORS, STAGES, STATUSES, TRANSFER_REASONS, VIOLENCE_FORMS } from '../../services/consultation/codes.js';
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

/** Every role at once, in a channel, leading two networks: the menu at its longest. */
const everyRole = (m: Messages): MenuFacts => ({
  roles: new Set(['requester', 'coordinator', 'lead', 'admin']), scope: 'channel', locale: m === messagesFor('en') ? 'en' : 'sv',
  ledNetworks: [{ id: 'net-1', name: 'Nätverk Norr' }, { id: 'net-2', name: 'Nätverk Syd' }],
});

/** A thread with every kind of message, one of them erased, as each side sees it. */
const thread = (audience: ThreadView['audience'], buttons: ThreadView['buttons']): ThreadView => ({
  audience, rcId: consultation.rcId, id: consultation.id, requesterSector: 'school', buttons,
  entries: [
    { from: 'coordinator', kind: 'question', centreName: consultation.centreName, ...(audience === 'coordinators' ? { byName: 'Maja Lindqvist' } : {}), at: '22 nov 14:05', text: 'Har skolan pratat med socialtjänsten?' },
    { from: 'requester', kind: 'reply', centreName: consultation.centreName, at: '22 nov 15:10', text: 'Ja, en orosanmälan är gjord.' },
    { from: 'coordinator', kind: 'info', centreName: consultation.centreName, at: '23 nov 09:00', text: null },
    { from: 'requester', kind: 'new_contact', centreName: consultation.centreName, at: '2 dec 10:00', text: 'Familjen har bokat resan.' },
  ],
});

/** Builder name → the cards it renders for one language. */
export function cardFixtures(m: Messages): Record<string, () => AdaptiveCard[]> {
  const gavle = index.centresFor('2180')!;
  const centre = index.centres[0]!;
  return {
    welcomeCard: () => [
      welcomeCard({ messages: m, greeting: 'requester', groups: menuGroups(m, { ...everyRole(m), roles: new Set(['requester']), scope: 'personal' }) }),
      welcomeCard({ messages: m, greeting: 'staff', groups: menuGroups(m, everyRole(m)), showCommands: true }),
    ],
    suggestionCard: () => [suggestionCard({ messages: m, actions: likeliestActions('hur gör jag en orosanmälan?', m, { ...everyRole(m), scope: 'personal' }) })],
    handoverCard: () => [
      handoverCard({
        messages: m, rcId: consultation.rcId, id: consultation.id, reference: consultation.reference, holder: { id: '29:maja', name: 'Maja Lindqvist' },
        colleagues: people.map((p) => ({ id: p.value, name: p.title })), centres, reasons: TRANSFER_REASONS, errors: { to: m.caseWork.handover.required }, notice,
      }),
      handoverCard({ messages: m, rcId: consultation.rcId, id: consultation.id, reference: consultation.reference, colleagues: [], centres, reasons: TRANSFER_REASONS, values: { toRcId: centres[0]!.id } }),
    ],
    passedToYouCard: () => [
      passedToYouCard({ messages: m, reference: consultation.reference, by: 'Maja Lindqvist', openUrl: 'https://teams.microsoft.com/l/message/19%3Agbg%40thread.tacv2/1700000000000?parentMessageId=1700000000000' }),
      passedToYouCard({ messages: m, reference: consultation.reference, by: 'Maja Lindqvist' }),
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
      centreResultCard({ messages: m, kind: 'municipality', result: gavle, national: index.nationalFallback, closed: { [gavle.covering[0]!.centre.id]: { now: true, until: '9 augusti 2026' } } }),
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
      channelRequestCard({ messages: m, consultation: { ...consultation, status: 'new' }, national: 'closed', closedUntil: '9 augusti 2026' }),
      channelRequestCard({ messages: m, consultation: { ...consultation, status: 'claimed' }, national: 'handedOver' }),
      channelRequestCard({ messages: m, consultation: { ...consultation, status: 'claimed' }, thread: thread('coordinators', ['ask', 'info']) }),
      channelRequestCard({ messages: m, consultation: { ...consultation, status: 'claimed' }, caseWork }),
      channelRequestCard({ messages: m, consultation: { ...consultation, status: 'transferred' }, caseWork: { ...caseWork, sentTo: { rcId: 'una-norrbotten', centreName: 'Una Norrbotten', reference: 'UNA-2026-0001', reason: 'capacity' } } }),
      channelRequestCard({ messages: m, consultation: { ...consultation, status: 'transferred' }, caseWork }),
    ],
    receiptCard: () => [
      receiptCard({ messages: m, landing: { kind: 'centre' }, consultation: { ...consultation, status: 'new' }, duplicate: true }),
      receiptCard({ messages: m, landing: { kind: 'national', why: 'no_channel' }, consultation: { ...consultation, status: 'new' }, duplicate: false }),
      receiptCard({ messages: m, landing: { kind: 'national', why: 'closed', until: '9 augusti 2026' }, consultation: { ...consultation, status: 'new' }, duplicate: false }),
      receiptCard({ messages: m, landing: { kind: 'none', why: 'closed', until: '9 augusti 2026' }, consultation: { ...consultation, status: 'new' }, duplicate: false }),
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
    closedPeriodsCard: () => [
      closedPeriodsCard({ messages: m, centres, values: { centreId: centres[0]!.id, closedFrom: '2026-08-10', closedTo: '2026-08-01' }, errors: { closedTo: 'ends_before_start' }, notice,
        periods: { centreName: centres[0]!.name, rows: [{ from: '2026-06-29', fromText: '29 juni 2026', toText: '9 augusti 2026' }] } }),
      closedPeriodsCard({ messages: m, centres, values: {}, errors: {}, periods: { centreName: centres[0]!.name, rows: [] } }),
    ],
    nationalEditCard: () => [
      nationalEditCard({ messages: m, name: 'NCH', etag: 'e1', values: { supportLine: '010-12', email: '', web: 'https://www.hedersfortryck.se' }, errors: { supportLine: 'invalid_phone' }, notice }),
    ],
    waitingDigestCard: () => [waitingDigestCard({ messages: m, rows: [{ centreName: consultation.centreName, count: 2, oldestReceivedAt: '22 nov 14:05' }] })],
    answerDeliveryCard: () => [answerDeliveryCard({ messages: m, consultation })],
    adviceFollowedCard: () => [adviceFollowedCard({ messages: m, consultation, codes: ADVICE_FOLLOWED }), adviceFollowedCard({ messages: m, consultation: { ...consultation, adviceFollowed: 'yes' }, codes: ADVICE_FOLLOWED })],
    mineCard: () => [
      mineCard({ messages: m, consultations: [{ ...consultation, status: 'new' }] }),
      mineCard({ messages: m, consultations: [] }),
      mineCard({ messages: m, consultations: [
        { ...consultation, status: 'claimed', summary: 'Flicka 15 år, oro för resa.', thread: thread('requester', ['reply']) },
        { ...consultation, status: 'new', summary: 'Flicka 15 år, oro för resa.', thread: thread('requester', []), handedOnFrom: { centreName: 'Resursteam Heder Göteborg', reference: 'GBG-2026-0007' } },
        { ...consultation, status: 'closed', summary: null, thread: thread('requester', ['new_contact']) },
      ] }),
    ],
    caseCard: () => [
      caseCard({ messages: m, consultation: { ...consultation, status: 'claimed' }, summary: 'Flicka 15 år, oro för resa.', thread: thread('requester', ['reply']), notice }),
      caseCard({ messages: m, consultation: { ...consultation, status: 'new', answer: null }, summary: null, thread: thread('requester', []) }),
    ],
    threadFormCard: () => (['question', 'info', 'reply', 'requester_info', 'new_contact'] as const).map((purpose) =>
      threadFormCard({ ...warned, values: { text: 'Har ni pratat med Amina?' }, errors: { text: 'possibly_identifying' }, privacy: { text: { blocking: [], warnings: ['personal_name'] } }, messages: m, purpose, consultation, maxLength: 2000 })),
    reopenPeriodCard: () => [
      reopenPeriodCard({ messages: m, rcId: consultation.rcId, centreName: consultation.centreName, days: '400', error: 'out_of_range', limits: { min: 1, max: 365 } }),
      reopenPeriodCard({ messages: m, rcId: consultation.rcId, centreName: consultation.centreName, days: '30', limits: { min: 1, max: 365 }, notice }),
    ],
    threadMessageCard: () => [
      threadMessageCard({ messages: m, consultation, kind: 'question', text: 'Har skolan pratat med socialtjänsten?' }),
      threadMessageCard({ messages: m, consultation, kind: 'info', text: 'Vi ringer i morgon.' }),
    ],
    bindChannelCard: () => [bindChannelCard({ messages: m, centres, notice })],
    statsCard: () => [statsCard({
      messages: m, scopeName: 'Gävleborg', scope: 'rc:x', periodLabel: '2026K3', period: 'quarter:2026:3', exact: false,
      key: [{ title: 'Ärenden', value: '15' }, { title: 'Kommuner som nåtts', value: '6 av 10' }], sectors: [{ title: 'Skola', value: '<5' }], violence: [{ title: 'Kontroll', value: '60 %' }],
      trainings: [{ title: 'Utbildningar genomförda', value: '3' }, { title: 'Deltagare: lärare', value: '<5' }], notComputable: ['Direkt stöd'], periods: [{ title: '2026K3', value: 'quarter:2026:3' }], csvUrl: 'https://example.test/x.csv',
    })],
    sessionListCard: () => [sessionListCard({
      messages: m,
      items: [
        { ...session, networkName: 'Nätverk Norr', start: '13:00', end: '15:00', role: 'member', started: false, freePlaces: 2, booking: { state: 'none' }, meetingUrl: 'https://teams.microsoft.com/l/x', feedUrl: 'https://example.test/feed.ics' },
        { ...session, networkName: 'Nätverk Norr', start: '13:00', end: '15:00', role: 'lead', started: false, freePlaces: 0, booking: { state: 'none' }, meetingUrl: 'https://teams.microsoft.com/l/x', counts: { bookings: 3, questions: 1 } },
      ],
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
    meetingLinkCard: () => [meetingLinkCard({ messages: m, networkId: 'net-1', networkName: 'Nätverk Norr', meetingUrl: 'https://zoom.us/j/1', error: m.consultation.errors.not_teams_meeting, notice })],
    deputyCard: () => [deputyCard({ messages: m, organisations: [{ title: 'Nätverk Norr: Polisen', value: 'o2' }], people, values: {}, errors: { organisation: m.consultation.errors.required }, notice })],
    networkCreatedCard: () => [networkCreatedCard({ messages: m, text: fill(m.sessions.network.created, { name: 'Nätverk Norr' }) })],
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
