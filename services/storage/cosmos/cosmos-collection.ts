// One Cosmos DB container behind the Collection port.

import { createHash } from 'node:crypto';
import type { Container, ItemDefinition, Resource, SqlQuerySpec } from '@azure/cosmos';
import { documentKey, SYSTEM_PROPERTIES, type ContainerDefinition } from '../containers.js';
import { InvalidQueryError, NotFoundError } from '../errors.js';
import type { Collection, Document, Page, QueryOptions, QuerySpec, Stored } from '../port.js';
import { collectPages } from '../collect-pages.js';
import { servingCompositeIndex } from '../composite-sort.js';
import {
  checkQueryOptions,
  checkQuerySpec,
  decodeContinuation,
  encodeContinuation,
  queryFingerprint,
  type CheckedQuery,
} from '../query-check.js';
import { toStoreError } from './cosmos-errors.js';
import { countQuery, projectedRow, selectQuery, versionQuery } from './cosmos-query.js';
import { statusOf, withRetry, type RetryPolicy } from './retry.js';
import { recordStoreCall } from '../../telemetry/telemetry.js';

export class CosmosCollection<T extends Document> implements Collection<T> {
  constructor(
    private readonly container: Container,
    private readonly def: ContainerDefinition,
    private readonly retry: RetryPolicy,
  ) {}

  get name(): string {
    return this.def.name;
  }

  async get(id: string, partitionKey: string): Promise<Stored<T> | undefined> {
    // An id Cosmos DB would refuse cannot be stored, and would only garble the request URL.
    if (!this.isUsableKey(id, partitionKey)) return undefined;
    const res = await this.call('read', id, () => this.container.item(id, partitionKey).read<ItemDefinition>());
    return res.resource ? this.stored(res.resource) : undefined;
  }

  async create(item: T): Promise<Stored<T>> {
    const { id } = documentKey(this.def, item);
    const res = await this.call('create', id, () =>
      this.container.items.create<ItemDefinition>(item, { disableAutomaticIdGeneration: true }),
    );
    return this.stored(this.required(res.resource, id));
  }

  async replace(item: T, ifMatch: string): Promise<Stored<T>> {
    const { id, partitionKey } = documentKey(this.def, item);
    try {
      const res = await this.call('replace', id, () =>
        this.container.item(id, partitionKey).replace<ItemDefinition>(item, {
          accessCondition: { type: 'IfMatch', condition: ifMatch },
        }),
      );
      return this.stored(this.required(res.resource, id));
    } catch (err) {
      if (statusOf(err) === 404) throw new NotFoundError(this.name, id);
      throw err;
    }
  }

  async upsert(item: T): Promise<Stored<T>> {
    const { id } = documentKey(this.def, item);
    const res = await this.call('upsert', id, () => this.container.items.upsert<ItemDefinition>(item));
    return this.stored(this.required(res.resource, id));
  }

  async delete(id: string, partitionKey: string, ifMatch?: string): Promise<boolean> {
    if (!this.isUsableKey(id, partitionKey)) return false;
    try {
      await this.call('delete', id, () =>
        this.container
          .item(id, partitionKey)
          .delete(ifMatch === undefined ? {} : { accessCondition: { type: 'IfMatch', condition: ifMatch } }),
      );
      return true;
    } catch (err) {
      // A missing document answers 404 before its etag is compared, as in the embedded store.
      if (statusOf(err) === 404) return false;
      throw err;
    }
  }

  async query<R = T>(spec: QuerySpec, options?: QueryOptions): Promise<Page<R>> {
    const query = checkQuerySpec(spec);
    const opts = checkQueryOptions(options);
    const fingerprint = queryFingerprint(this.name, query, opts.partitionKey);
    let sdkToken: string | undefined;
    if (opts.continuation !== undefined) {
      const position = decodeContinuation(opts.continuation, fingerprint);
      if (typeof position !== 'string') throw new InvalidQueryError('malformed continuation token');
      sdkToken = position;
    }
    const sql = selectQuery(query, this.partition(opts.partitionKey), servingCompositeIndex(this.def, query));
    const res = await this.call(
      'query',
      undefined,
      () =>
        this.container.items
          .query<Record<string, unknown>>(sql, {
            maxItemCount: opts.pageSize,
            ...(sdkToken === undefined ? {} : { continuationToken: sdkToken }),
            ...(opts.partitionKey === undefined ? {} : { partitionKey: opts.partitionKey }),
          })
          .fetchNext(),
      true,
    );
    const items = res.resources.map((r) => withoutSystemProperties(projectedRow(r, query.select)) as R);
    return res.continuationToken ? { items, continuation: encodeContinuation(res.continuationToken, fingerprint) } : { items };
  }

  queryAll<R = T>(spec: QuerySpec, options?: Omit<QueryOptions, 'continuation'>): Promise<R[]> {
    return collectPages((continuation) => this.query<R>(spec, { ...options, ...(continuation ? { continuation } : {}) }));
  }

  async count(spec: Pick<QuerySpec, 'where'>, options?: Pick<QueryOptions, 'partitionKey'>): Promise<number> {
    const counts = await this.whereOnly<number>('count', spec, options, countQuery);
    // The SDK aggregates across partitions; summing also covers a per-partition answer.
    return counts.reduce((sum, n) => sum + n, 0);
  }

  async writeVersion(spec: Pick<QuerySpec, 'where'>, options?: Pick<QueryOptions, 'partitionKey'>): Promise<string> {
    // Every write gives a document a new ETag, so the matching ids and ETags change with any
    // write that adds, changes or removes a match. Sorted: pages across partitions come in no set order.
    const pairs = await this.whereOnly<[string, string]>('query', spec, options, versionQuery, 1000);
    const hash = createHash('sha256');
    for (const [id, etag] of pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1))) hash.update(`${id}\u0000${etag}\u0000`);
    return `${pairs.length}:${hash.digest('base64url')}`;
  }

  /** Every result of a query built from a filter alone (a count, the write version's pairs), within one partition when named. */
  private async whereOnly<R>(
    operation: 'count' | 'query',
    spec: Pick<QuerySpec, 'where'>,
    options: Pick<QueryOptions, 'partitionKey'> | undefined,
    build: (query: Pick<CheckedQuery, 'where'>, partition?: { field: string; value: string }) => SqlQuerySpec,
    maxItemCount?: number,
  ): Promise<R[]> {
    const query = checkQuerySpec(spec.where ? { where: spec.where } : {});
    const opts = checkQueryOptions(options?.partitionKey === undefined ? {} : { partitionKey: options.partitionKey });
    const sql = build(query, this.partition(opts.partitionKey));
    const feed = { ...(maxItemCount === undefined ? {} : { maxItemCount }), ...(opts.partitionKey === undefined ? {} : { partitionKey: opts.partitionKey }) };
    const res = await this.call(operation, undefined, () => this.container.items.query<R>(sql, feed).fetchAll(), true);
    return res.resources;
  }

  private partition(value: string | undefined): { field: string; value: string } | undefined {
    return value === undefined ? undefined : { field: this.def.partitionKey, value };
  }

  private isUsableKey(id: string, partitionKey: string): boolean {
    try {
      documentKey(this.def, { id, [this.def.partitionKey]: partitionKey });
      return true;
    } catch {
      return false;
    }
  }

  /** Every SDK call goes through here: retries, typed errors, and its latency and charge. */
  private async call<R>(operation: string, id: string | undefined, op: () => Promise<R>, query = false): Promise<R> {
    const started = performance.now();
    try {
      const res = await withRetry(op, this.retry);
      recordStoreCall({ container: this.name, operation, outcome: 'ok', ms: performance.now() - started, requestCharge: chargeOf(res) });
      return res;
    } catch (err) {
      const status = statusOf(err);
      recordStoreCall({
        container: this.name,
        operation,
        // A missing document is an answer, not a failure.
        outcome: status === 404 || status === 412 || status === 409 ? 'ok' : 'error',
        ms: performance.now() - started,
        requestCharge: chargeOf(err),
        ...(status === undefined ? {} : { status }),
      });
      throw toStoreError(err, { container: this.name, ...(id === undefined ? {} : { id }), query });
    }
  }

  private required(resource: (ItemDefinition & Resource) | undefined, id: string): ItemDefinition & Resource {
    if (!resource) throw new Error(`${this.name}/${id}: Cosmos DB returned no document`);
    return resource;
  }

  private stored(resource: ItemDefinition & Resource): Stored<T> {
    return { item: withoutSystemProperties(resource) as T, etag: resource._etag };
  }
}

/** The request units of a response or error, as the SDK reports them (a field or a header). */
function chargeOf(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { requestCharge, headers } = value as { requestCharge?: unknown; headers?: Record<string, unknown> };
  const raw = typeof requestCharge === 'number' ? requestCharge : headers?.['x-ms-request-charge'];
  const charge = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
  return Number.isFinite(charge) ? charge : undefined;
}

function withoutSystemProperties(resource: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...resource };
  for (const p of SYSTEM_PROPERTIES) delete copy[p];
  return copy;
}
