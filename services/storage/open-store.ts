import { join } from 'node:path';
import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import type { AppConfig } from '../config.js';
import { CosmosStore } from './cosmos/cosmos-store.js';
import type { DocumentStore } from './port.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

/** The store the configuration names: SQLite under the data dir, or Cosmos DB. */
export function openStore(config: AppConfig['store']): DocumentStore {
  if (config.kind === 'cosmos') {
    const { endpoint, databaseId } = config;
    if (config.key) return new CosmosStore({ endpoint, databaseId, key: config.key });
    // Keyless: the user-assigned identity the bot runs as, or whatever Entra credential the
    // environment offers (a system-assigned identity, a developer's az login).
    const credential = config.managedIdentityClientId
      ? new ManagedIdentityCredential({ clientId: config.managedIdentityClientId })
      : new DefaultAzureCredential();
    return new CosmosStore({ endpoint, databaseId, credential });
  }
  return new SqliteStore({ file: join(config.dataDir, 'rc-bot.sqlite') });
}
