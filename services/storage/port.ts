// The document-store port. Services speak only to these interfaces; the embedded
// (SQLite) and Cosmos DB adapters implement them and are proven by one contract suite.
//
// Queries are a small structured language rather than SQL strings, so that both
// adapters can only be asked what Azure Cosmos DB and the local wire server answer
// the same way (no GROUP BY, DISTINCT, OFFSET/LIMIT; see ../shared/reference/stack-facts.md).

import type { ContainerName } from './containers.js';

export type { ContainerName };

export type Scalar = string | number | boolean | null;

/** Every stored document has a string id; other fields are the owner's business. */
export interface Document {
  id: string;
  [field: string]: unknown;
}

/** A document as read back, with the version tag a conditional write must present. */
export interface Stored<T extends Document> {
  item: T;
  etag: string;
}

/**
 * A field path: top-level name or dotted path into nested objects ("status", "times.created").
 * Checked against FIELD_PATH before it reaches either adapter's query text.
 */
export type FieldPath = string;
export const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export type Filter =
  | { field: FieldPath; op: '=' | '!=' | '<' | '<=' | '>' | '>='; value: Scalar }
  | { field: FieldPath; op: 'in'; values: Scalar[] }
  /** The field is an array that holds this value. */
  | { field: FieldPath; op: 'contains'; value: Scalar }
  | { field: FieldPath; op: 'startsWith'; value: string }
  | { field: FieldPath; op: 'defined' | 'undefined' };

export interface QuerySpec {
  /** All filters must hold (AND). */
  where?: Filter[];
  /** One sort key: both stores order single fields the same; two need composite indexes. */
  orderBy?: { field: FieldPath; direction?: 'asc' | 'desc' };
  /** Top-level fields to return; `id` is always included. Omit for whole documents. */
  select?: string[];
  /** At most this many results in all (Cosmos TOP). */
  top?: number;
}

export interface QueryOptions {
  /** Restrict to one partition; omitted means a cross-partition query. */
  partitionKey?: string;
  /** Page size; the store may return fewer. */
  pageSize?: number;
  /** Opaque token from a previous page. */
  continuation?: string;
}

export interface Page<T> {
  items: T[];
  /** Present when more results follow. */
  continuation?: string;
}

export interface Collection<T extends Document> {
  readonly name: string;
  /** Undefined when absent (also when the partition key does not match). */
  get(id: string, partitionKey: string): Promise<Stored<T> | undefined>;
  /** Throws AlreadyExistsError when the id is taken in that partition. */
  create(item: T): Promise<Stored<T>>;
  /**
   * Replaces only if the stored version still has this etag.
   * Throws ChangedBySomeoneElseError otherwise, NotFoundError when absent.
   */
  replace(item: T, ifMatch: string): Promise<Stored<T>>;
  upsert(item: T): Promise<Stored<T>>;
  /** True when something was deleted. With ifMatch, a stale etag throws ChangedBySomeoneElseError. */
  delete(id: string, partitionKey: string, ifMatch?: string): Promise<boolean>;
  query<R = T>(spec: QuerySpec, options?: QueryOptions): Promise<Page<R>>;
  /** Every page of a query, collected. For bounded result sets only. */
  queryAll<R = T>(spec: QuerySpec, options?: Omit<QueryOptions, 'continuation'>): Promise<R[]>;
  count(spec: Pick<QuerySpec, 'where'>, options?: Pick<QueryOptions, 'partitionKey'>): Promise<number>;
}

export interface StoreHealth {
  ok: boolean;
  kind: 'embedded' | 'cosmos';
  detail?: string;
}

export interface DocumentStore {
  readonly kind: 'embedded' | 'cosmos';
  /** Creates database, containers and indexes when missing. Idempotent. */
  init(): Promise<void>;
  collection<T extends Document>(name: ContainerName): Collection<T>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
