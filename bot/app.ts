// Composition: builds the store, services, state, adapter, bot, jobs and server from a parsed
// config. Tests call this in-process; main.ts adds the environment and process signals.
import { ConversationState, UserState } from 'botbuilder';
import { PLACES_DATASET } from '../cards/verbs.js';
import type { AppConfig } from '../services/config.js';
import { ChannelBindings } from '../services/consultation/channel-binding.js';
import { CaseContacts } from '../services/consultation/case-contacts.js';
import { CaseHandover } from '../services/consultation/case-handover.js';
import { ConsultationService } from '../services/consultation/consultation-service.js';
import { ResponseTargetSettings } from '../services/consultation/response-target-settings.js';
import { CaseThread } from '../services/consultation/case-thread.js';
import { CoordinatorRoster } from '../services/consultation/coordinator-roster.js';
import { StatisticsService } from '../services/statistics/statistics-service.js';
import { QueuedReports } from '../services/statistics/queued-reports.js';
import { DirectoryService } from '../services/directory/directory-service.js';
import { JobRunner } from '../services/jobs/job-runner.js';
import { UserConversations } from '../services/notify/user-conversations.js';
import { NetworkService } from '../services/sessions/network-service.js';
import { NetworkSessionStats } from '../services/sessions/session-stats-source.js';
import { OnceLedger } from '../services/jobs/once-ledger.js';
import { TrainingService } from '../services/training/training-service.js';
import { TrainingStatsFromEvents } from '../services/training/training-stats-source.js';
import { trainingCalendar } from './training/calendar-file.js';
import { trainingJobs } from './training/jobs.js';
import { TrainingNotifier } from './training/notifier.js';
import type { Logger } from '../services/logging.js';
import { openStore } from '../services/storage/open-store.js';
import type { DocumentStore } from '../services/storage/port.js';
import { systemClock, type Clock } from '../services/time/clock.js';
import { resolveActor } from './actions/actor.js';
import { buildRoutes } from './actions/registry.js';
import { answerPlaceToday } from './directory/place-choices.js';
import { createAdapter } from './adapter.js';
import { consultationJobs } from './consultation/jobs.js';
import { ConsultationNotifier } from './consultation/notifier.js';
import { ThreadNotifier } from './consultation/thread-notifier.js';
import { Messenger } from './messenger.js';
import { CardFollowUps } from './card-followup.js';
import { RcBot } from './rc-bot.js';
import { sessionJobs } from './sessions/jobs.js';
import { SessionNotifier } from './sessions/notifier.js';
import { createBotServer, type BotServer } from './server.js';
import { calendarFeed } from './sessions/calendar-feed.js';
import { StoreStorage } from './state/store-storage.js';
import { ExportLinks } from './statistics/export-links.js';
import { statisticsJobs } from './statistics/jobs.js';
import { registerStatsApi } from './stats-api.js';
import { tabAuthFor, type TabAuth } from './tab-auth.js';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project folder (with package.json), whether running from dist/ or from source in tests. */
function projectRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export interface App {
  server: BotServer;
  store: DocumentStore;
  directory: DirectoryService;
  consultations: ConsultationService;
  networks: NetworkService;
  handover: CaseHandover;
  contacts: CaseContacts;
  trainings: TrainingService;
  statistics: StatisticsService;
  roster: CoordinatorRoster;
  /** Not started here: main.ts starts it; tests run jobs on demand with runDueNow(). */
  jobs: JobRunner;
}

/** How many typeahead results Teams shows at most. */
const TYPEAHEAD_LIMIT = 15;

export async function createApp(
  config: AppConfig,
  logger: Logger,
  overrides: { store?: DocumentStore; clock?: Clock; tabAuth?: TabAuth } = {},
): Promise<App> {
  const clock = overrides.clock ?? systemClock;
  const store = overrides.store ?? (await openStore(config.store));
  await store.init();
  const directory = await DirectoryService.open(store, { adminIds: config.adminIds, clock, refreshMs: config.directoryRefreshMs });
  const current = () => directory.current();
  // Bindings and response targets change rarely: read again as often as directory corrections.
  // One settings reader for both services, so a write on this instance is seen by both at once.
  const targetSettings = new ResponseTargetSettings(store, current, clock, config.directoryRefreshMs);
  const consultations = new ConsultationService(store, current, clock, { retentionDays: config.retentionDays, targets: targetSettings });
  const bindings = new ChannelBindings(store, current, clock, { cacheMs: config.directoryRefreshMs, targets: targetSettings });
  const handover = new CaseHandover(store, current, clock);
  const contacts = new CaseContacts(store, clock);
  const networks = new NetworkService(store, clock, { directory: current, retentionDays: config.retentionDays, cacheMs: config.directoryRefreshMs });
  const roster = new CoordinatorRoster(store, clock, config.directoryRefreshMs);
  const trainings = new TrainingService(store, clock, { directory: current });
  const statistics = new StatisticsService(store, current, clock, {
    sessions: new NetworkSessionStats(store),
    trainings: new TrainingStatsFromEvents(store),
    onStoreError: (error) => logger.warn({ err: error }, 'a month tally could not be stored; reports count that month from its records'),
  });
  // Counts at once in this process: the embedded store reads synchronously, so a second count
  // beside the first gains nothing and only lengthens what the turns wait behind; Cosmos DB's
  // round trips of two counts overlap.
  const reports = new QueuedReports(statistics, store.kind === 'cosmos' ? 2 : 1);
  const adapter = createAdapter(config, logger);
  const messenger = new Messenger(adapter, config.bot.appId, logger);
  const people = new UserConversations(store, clock);
  const notifier = new ConsultationNotifier(messenger, bindings, consultations, current, logger, { roster, people });
  const sessionNotifier = new SessionNotifier(messenger, people);
  const caseThread = new CaseThread(store, current, clock);
  const threadNotifier = new ThreadNotifier(messenger, bindings, notifier, current);
  const trainingNotifier = new TrainingNotifier(messenger, bindings, trainings, current, { tell: (id, text) => sessionNotifier.tell(id, text), referenceFor: (id) => people.referenceFor(id) }, OnceLedger.forStore(store, clock));
  const trainingCalendarUrl = (token: string) => `${config.publicBaseUrl}/calendar/${token}.ics`;
  const calendarUrl = (token: string, sessionId?: string) =>
    `${config.publicBaseUrl}/calendar/${token}${sessionId ? `/${encodeURIComponent(sessionId)}` : ''}.ics`;

  const storage = new StoreStorage(store.collection('botState'));
  const followUps = new CardFollowUps(messenger, logger);
  const bot = new RcBot({
    followUps,
    conversationState: new ConversationState(storage),
    userState: new UserState(storage),
    routes: buildRoutes({
      directory, consultations, bindings, notifier, networks, sessionNotifier, calendarUrl, clock, roster,
      statistics: reports, exportLinks: new ExportLinks(store, clock), publicBaseUrl: config.publicBaseUrl, caseThread, threadNotifier, handover, contacts,
      trainings, trainingNotifier, trainingCalendarUrl,
    }),
    resolveActor: (user, team) => resolveActor(user, team, { isAdmin: (id) => directory.isAdmin(id), bindings, roster }),
    rememberConversation: (userId, reference) => people.remember(userId, reference),
    refreshChannel: (teamId, channelId, serviceUrl) => bindings.refreshServiceUrl(teamId, channelId, serviceUrl),
    answerPlace: async (place, language) => answerPlaceToday(current(), place, language, bindings, clock.now()),
    searchChoices: (dataset, query) =>
      dataset === PLACES_DATASET
        ? current().typeahead(query, TYPEAHEAD_LIMIT).map((p) => ({ title: `${p.name} (${p.countyName})`, value: p.code }))
        : [],
    logger,
  });

  const jobs = new JobRunner({ store, clock, onError: (job, error) => logger.error({ err: error, job }, 'background job failed') });
  for (const job of [...consultationJobs(consultations, notifier, logger), ...sessionJobs(networks, sessionNotifier, logger), ...statisticsJobs(statistics, logger), ...trainingJobs(trainings, sessionNotifier)]) jobs.register(job);

  const routes = (server: Parameters<typeof registerStatsApi>[0]) =>
    registerStatsApi(server, { statistics: reports, directory, roster, store, clock, auth: overrides.tabAuth ?? tabAuthFor(config), distRoot: join(projectRoot(), 'dist') });
  // Corrections saved by another instance: looked for before a turn, at most every directoryRefreshMs.
  // A store that cannot be reached leaves the directory as it was; the turn goes on.
  const beforeTurn = () =>
    directory.refreshIfStale().catch((error: unknown) => logger.warn({ err: error }, 'directory corrections could not be re-read; serving the last known'));
  // One calendar path: a network's feed token, else a training's own token (one file).
  const sessionsCalendar = calendarFeed(networks);
  const trainingFile = trainingCalendar(trainings);
  const calendar = async (token: string, sessionId?: string) => (await sessionsCalendar(token, sessionId)) ?? (sessionId ? undefined : trainingFile(token));
  const server = createBotServer({ adapter, bot, store, logger, beforeClose: async (graceMs) => {
      // Cards still being counted are finished (or told to try again) while the store is open.
      await followUps.settle(graceMs);
      await jobs.stop();
    }, beforeTurn, calendar, routes });
  return { server, store, directory, consultations, networks, trainings, statistics, roster, jobs, handover, contacts };
}
