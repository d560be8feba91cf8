// Composition: builds the store, state, adapter, bot and server from a parsed config.
// Tests call this in-process; main.ts adds the environment and process signals.
import { ConversationState, UserState } from 'botbuilder';
import { comingSoonCard } from '../cards/coming-soon.card.js';
import type { AppConfig } from '../services/config.js';
import type { Logger } from '../services/logging.js';
import { openStore } from '../services/storage/open-store.js';
import type { DocumentStore } from '../services/storage/port.js';
import { baseActions } from './actions/registry.js';
import { createAdapter } from './adapter.js';
import type { AnswerPlace } from './dialogs/find-centre.dialog.js';
import { RcBot } from './rc-bot.js';
import { createBotServer, type BotServer } from './server.js';
import { StoreStorage } from './state/store-storage.js';

export interface App {
  server: BotServer;
  store: DocumentStore;
}

export async function createApp(config: AppConfig, logger: Logger, overrides: { store?: DocumentStore } = {}): Promise<App> {
  const store = overrides.store ?? openStore(config.store);
  await store.init();
  const storage = new StoreStorage(store.collection('botState'));
  const answerPlace: AnswerPlace = async (_place, { messages }) =>
    comingSoonCard({ messages, title: messages.welcome.findCentre });
  const bot = new RcBot({
    conversationState: new ConversationState(storage),
    userState: new UserState(storage),
    actions: baseActions(),
    answerPlace,
    logger,
  });
  const adapter = createAdapter(config, logger);
  return { server: createBotServer({ adapter, bot, store, logger }), store };
}
