import { join } from 'node:path';
import type { AppConfig } from '../config.js';
import { CosmosStore } from './cosmos/cosmos-store.js';
import type { DocumentStore } from './port.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

/** The store the configuration names: SQLite under the data dir, or Cosmos DB. */
export function openStore(config: AppConfig['store']): DocumentStore {
  if (config.kind === 'cosmos') {
    return new CosmosStore({ endpoint: config.endpoint, key: config.key, databaseId: config.databaseId });
  }
  return new SqliteStore({ file: join(config.dataDir, 'rc-bot.sqlite') });
}
