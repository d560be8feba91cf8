import { join } from 'node:path';
import type { TokenCredential } from '@azure/identity';
import type { AppConfig } from '../config.js';
import type { DocumentStore } from './port.js';

/**
 * The store the configuration names: SQLite under the data dir, or Cosmos DB. Each adapter is
 * loaded only when named: @azure/cosmos alone is about 17 MB of memory a SQLite instance never uses.
 */
export async function openStore(config: AppConfig['store']): Promise<DocumentStore> {
  if (config.kind === 'cosmos') {
    const { CosmosStore } = await import('./cosmos/cosmos-store.js');
    const { endpoint, databaseId } = config;
    if (config.key) return new CosmosStore({ endpoint, databaseId, key: config.key });
    return new CosmosStore({ endpoint, databaseId, credential: entraCredential(config.managedIdentityClientId) });
  }
  const { SqliteStore } = await import('./sqlite/sqlite-store.js');
  return new SqliteStore({ file: join(config.dataDir, 'rc-bot.sqlite') });
}

/**
 * Keyless: the user-assigned identity the bot runs as, or whatever Entra credential the
 * environment offers (a system-assigned identity, a developer's az login). @azure/identity is
 * loaded on the first token only: it would add about 0.4 s to every start with a key or SQLite.
 */
function entraCredential(clientId: string | undefined): TokenCredential {
  let credential: Promise<TokenCredential> | undefined;
  const load = () =>
    (credential ??= import('@azure/identity').then(({ DefaultAzureCredential, ManagedIdentityCredential }) =>
      clientId ? new ManagedIdentityCredential({ clientId }) : new DefaultAzureCredential(),
    ));
  return { getToken: async (scopes, options) => (await load()).getToken(scopes, options) };
}
