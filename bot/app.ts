// Composition: builds the store, state, adapter, bot and server from a parsed config.
// Tests call this in-process; main.ts adds the environment and process signals.
import { ConversationState, UserState } from 'botbuilder';
import { PLACES_DATASET } from '../cards/verbs.js';
import type { AppConfig } from '../services/config.js';
import type { Logger } from '../services/logging.js';
import { DirectoryService } from '../services/directory/directory-service.js';
import { openStore } from '../services/storage/open-store.js';
import { systemClock, type Clock } from '../services/time/clock.js';
import type { DocumentStore } from '../services/storage/port.js';
import { answerPlace } from './actions/centre.handlers.js';
import { buildActions } from './actions/registry.js';
import { createAdapter } from './adapter.js';
import { RcBot } from './rc-bot.js';
import { createBotServer, type BotServer } from './server.js';
import { StoreStorage } from './state/store-storage.js';

export interface App {
  server: BotServer;
  store: DocumentStore;
  directory: DirectoryService;
}

/** How many typeahead results Teams shows at most. */
const TYPEAHEAD_LIMIT = 15;

export async function createApp(
  config: AppConfig,
  logger: Logger,
  overrides: { store?: DocumentStore; clock?: Clock } = {},
): Promise<App> {
  const clock = overrides.clock ?? systemClock;
  const store = overrides.store ?? openStore(config.store);
  await store.init();
  const directory = await DirectoryService.open(store, { adminIds: config.adminIds, clock });
  const storage = new StoreStorage(store.collection('botState'));
  const bot = new RcBot({
    conversationState: new ConversationState(storage),
    userState: new UserState(storage),
    actions: buildActions({ directory }),
    answerPlace: async (place, language) => answerPlace(directory.current(), place, language),
    searchChoices: (dataset, query) =>
      dataset === PLACES_DATASET
        ? directory.current().typeahead(query, TYPEAHEAD_LIMIT).map((p) => ({ title: `${p.name} (${p.countyName})`, value: p.code }))
        : [],
    isAdmin: (id) => directory.isAdmin(id),
    logger,
  });
  const adapter = createAdapter(config, logger);
  return { server: createBotServer({ adapter, bot, store, logger }), store, directory };
}
