// The Azure Cosmos DB document store: one database, one container per definition in CONTAINERS.

import type https from 'node:https';
import type { TokenCredential } from '@azure/identity';
import type { IndexingPolicy, RetryOptions } from '@azure/cosmos';
import { CONTAINERS, containerDefinition, type ContainerName } from '../containers.js';
import { StoreUnavailableError } from '../errors.js';
import type { Collection, Document, DocumentStore, StoreHealth } from '../port.js';
import { CosmosCollection } from './cosmos-collection.js';
import { loadCosmosSdk } from './cosmos-sdk.js';
import { firstLine, toStoreError } from './cosmos-errors.js';
import { indexingPolicyFor } from './indexing-policy.js';
import { checkCosmosLayout, StoreLayoutError } from './layout-check.js';
import { partitionKeyPath } from './layout.js';
import { DEFAULT_RETRY_POLICY, statusOf, withRetry, type RetryPolicy } from './retry.js';

const { CosmosClient } = await loadCosmosSdk();

export type CosmosAuth = { key: string } | { credential: TokenCredential };

export type CosmosStoreOptions = CosmosAuth & {
  endpoint: string;
  databaseId: string;
  /**
   * What init() does about the database and its containers. 'create' (the default with a key):
   * create what is missing, as on a laptop. 'verify' (the default keyless): only check they
   * exist, because a data-plane role cannot create them, and refuse naming what is missing.
   */
  provision?: 'create' | 'verify';
  /** Tests only: an agent that trusts the test server's certificate. */
  agent?: https.Agent;
  /** Our own 429/503 retry layer, on top of the SDK's. */
  retry?: Partial<RetryPolicy>;
  /** Per request; the SDK's default is 60 s, far beyond a bot turn. */
  requestTimeoutMs?: number;
  healthTimeoutMs?: number;
};

/**
 * The SDK retries 429 by itself (default 9 times within 30 s). Our wrapper retries 429 and 503
 * around it, so the SDK is held to 2 retries within 2 s: with our 3 attempts that is at most
 * 9 requests and roughly 10 s of waiting for one call, instead of 10 × 30 s.
 */
/**
 * createIfNotExists reads, then creates: two instances starting on a fresh database both find
 * nothing and one of the creates answers 409. Asking again then finds what the other created.
 */
async function existingOnConflict<T>(createIfNotExists: () => Promise<T>): Promise<T> {
  try {
    return await createIfNotExists();
  } catch (err) {
    if (statusOf(err) !== 409) throw err;
    return createIfNotExists();
  }
}

type CompositeIndexes = IndexingPolicy['compositeIndexes'];

function sameCompositeIndexes(stored: CompositeIndexes, wanted: CompositeIndexes): boolean {
  const text = (indexes: CompositeIndexes) => JSON.stringify((indexes ?? []).map((index) => index.map(({ path, order }) => [path, order ?? 'ascending'])));
  return text(stored) === text(wanted);
}

export const SDK_RETRY_OPTIONS: RetryOptions = { maxRetryAttemptCount: 2, maxWaitTimeInSeconds: 2 };

export class CosmosStore implements DocumentStore {
  readonly kind = 'cosmos' as const;
  private readonly client: InstanceType<typeof CosmosClient>;
  private readonly retry: RetryPolicy;
  private readonly collections = new Map<ContainerName, CosmosCollection<Document>>();

  constructor(private readonly options: CosmosStoreOptions) {
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.client = new CosmosClient({
      endpoint: options.endpoint,
      ...('key' in options ? { key: options.key } : { aadCredentials: options.credential }),
      ...(options.agent ? { agent: options.agent } : {}),
      connectionPolicy: {
        requestTimeout: options.requestTimeoutMs ?? 10_000,
        retryOptions: SDK_RETRY_OPTIONS,
        // With a custom agent we talk to a single local endpoint; discovery would only
        // chase the account's advertised locations.
        ...(options.agent ? { enableEndpointDiscovery: false } : {}),
      },
    });
  }

  async init(): Promise<void> {
    const { databaseId } = this.options;
    const provision = this.options.provision ?? ('key' in this.options ? 'create' : 'verify');
    if (provision === 'verify') {
      const problems = await this.guard(() => checkCosmosLayout(this.client.database(databaseId), undefined, this.retry));
      if (problems.length > 0) throw new StoreLayoutError(problems);
      return;
    }
    await this.guard(async () => {
      const { database } = await withRetry(() => existingOnConflict(() => this.client.databases.createIfNotExists({ id: databaseId })), this.retry);
      // The containers side by side: one after the other they were a round trip each on every start.
      await Promise.all(
        Object.values(CONTAINERS).map(async (def) => {
          const definition = { id: def.name, partitionKey: { paths: [partitionKeyPath(def)] }, indexingPolicy: indexingPolicyFor(def) };
          const { container, resource } = await withRetry(() => existingOnConflict(() => database.containers.createIfNotExists(definition)), this.retry);
          // createIfNotExists leaves an existing container's indexing policy as it is: a composite
          // index added since (a database made by an earlier version) is added by replacing the
          // policy, which Cosmos DB applies online. A deployed database gets it from the Bicep.
          if (!sameCompositeIndexes(resource?.indexingPolicy?.compositeIndexes, definition.indexingPolicy.compositeIndexes)) {
            await withRetry(() => container.replace({ ...definition, partitionKey: resource?.partitionKey ?? definition.partitionKey }), this.retry);
          }
        }),
      );
    });
  }

  /** Init failures as the port's errors: unavailable, or one line naming what failed. */
  private async guard<R>(step: () => Promise<R>): Promise<R> {
    const { databaseId } = this.options;
    try {
      return await step();
    } catch (err) {
      const mapped = toStoreError(err, { container: databaseId });
      if (mapped instanceof StoreUnavailableError) throw mapped;
      throw new Error(`Cosmos DB init of ${databaseId} failed: ${firstLine(err)}`, { cause: err });
    }
  }

  collection<T extends Document>(name: ContainerName): Collection<T> {
    let c = this.collections.get(name);
    if (!c) {
      const def = containerDefinition(name);
      c = new CosmosCollection<Document>(this.client.database(this.options.databaseId).container(def.name), def, this.retry);
      this.collections.set(name, c);
    }
    return c as unknown as Collection<T>;
  }

  async health(): Promise<StoreHealth> {
    const timeoutMs = this.options.healthTimeoutMs ?? 2000;
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new Error(`no answer within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      const read = this.client.database(this.options.databaseId).read({ abortSignal: controller.signal });
      read.catch(() => undefined); // a late failure after the timeout must not go unhandled
      // The abort alone is not enough: SDK retries could outlive it.
      const res = await Promise.race([read, timedOut]);
      if (!res.resource) return { ok: false, kind: this.kind, detail: `database ${this.options.databaseId} not found` };
      return { ok: true, kind: this.kind };
    } catch (err) {
      return { ok: false, kind: this.kind, detail: firstLine(err) };
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    this.client.dispose();
  }
}
