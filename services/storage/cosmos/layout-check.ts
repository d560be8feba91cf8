// A keyless start (managed identity, data-plane role) may not create databases or containers:
// Cosmos DB's data-plane roles cannot. The deployment creates them; the bot only checks they
// are there, and refuses to start with one line per thing that is missing or different.

import type { Database } from '@azure/cosmos';
import { deployedContainers, type DeployedContainer } from './layout.js';
import { statusOf, withRetry, type RetryPolicy } from './retry.js';

export class StoreLayoutError extends Error {
  constructor(readonly problems: string[]) {
    super(`The Cosmos DB database is not as the code expects:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'StoreLayoutError';
  }
}

const HINT = 'the deployment creates it (deploy/README.md)';

/** Problems found, one line each; empty when the database holds every expected container. */
export async function checkCosmosLayout(
  database: Database,
  expected: DeployedContainer[] = deployedContainers(),
  retry?: RetryPolicy,
): Promise<string[]> {
  const read = <R>(op: () => Promise<R>) => (retry ? withRetry(op, retry) : op());
  const refused = (what: string, err: unknown) => {
    const status = statusOf(err);
    if (status === 404) return undefined;
    if (status === 401 || status === 403) {
      return `${what}: Cosmos DB refused to show it (HTTP ${status}); give the identity the "Cosmos DB Built-in Data Contributor" role (deploy/modules/cosmos.bicep)`;
    }
    throw err;
  };

  try {
    const { resource } = await read(() => database.read());
    if (!resource) return [`database ${database.id}: missing; ${HINT}`];
  } catch (err) {
    return [refused(`database ${database.id}`, err) ?? `database ${database.id}: missing; ${HINT}`];
  }

  // Read side by side (a round trip each on every start), reported in the expected order.
  const found = await Promise.all(
    expected.map(async (want): Promise<string | undefined> => {
      const what = `container ${database.id}/${want.name}`;
      try {
        const { resource } = await read(() => database.container(want.name).read());
        const paths = resource?.partitionKey?.paths;
        if (!resource) return `${what}: missing; ${HINT}`;
        if (paths?.[0] !== want.partitionKey.paths[0]) return `${what}: partition key is ${paths?.join(',') ?? 'none'}, the code expects ${want.partitionKey.paths[0]}`;
        return undefined;
      } catch (err) {
        return refused(what, err) ?? `${what}: missing; ${HINT}`;
      }
    }),
  );
  return found.filter((problem): problem is string => problem !== undefined);
}

