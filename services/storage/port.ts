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

/**
 * Comparisons are type-strict in both stores, as in Cosmos DB: 31 never matches "31", true never
 * matches 1, and a document whose field is missing or of another type matches no comparison,
 * not even '!='. A null value is refused (InvalidQueryError): ask with 'defined' / 'undefined'.
 * Strings compare by code point, not Swedish collation ("Z" < "a", "ä" < "å" < "ö").
 */
export type Filter =
  | { field: FieldPath; op: '=' | '!=' | '<' | '<=' | '>' | '>='; value: Scalar }
  /** Any of the values (at most 256); an empty list matches nothing. */
  | { field: FieldPath; op: 'in'; values: Scalar[] }
  /** The field is an array that holds this value (a string field "containing" it does not count). */
  | { field: FieldPath; op: 'contains'; value: Scalar }
  /** Case-sensitive prefix; no wildcards. */
  | { field: FieldPath; op: 'startsWith'; value: string }
  /** A stored null counts as defined; 'undefined' means the field is missing. */
  | { field: FieldPath; op: 'defined' | 'undefined' };

export interface QuerySpec {
  /** All filters must hold (AND). */
  where?: Filter[];
  /**
   * One sort key: both stores order single fields the same; two need composite indexes.
   * The field must be present, with one JSON type, on every document the query matches:
   * the embedded store and the wire server leave out documents without it, and Azure
   * Cosmos DB may not. Add a 'defined' filter when in doubt.
   */
  orderBy?: { field: FieldPath; direction?: 'asc' | 'desc' };
  /**
   * Fields to return, each a field path (`times.created` returns `{ times: { created } }`
   * and nothing else of `times`); `id` is always included. Omit for whole documents.
   * A missing field is left out of the result; a null one is returned as null. Two paths
   * where one lies inside the other are refused.
   */
  select?: string[];
  /** At most this many results in all (Cosmos TOP). */
  top?: number;
}

export interface QueryOptions {
  /** Restrict to one partition; omitted means a cross-partition query. */
  partitionKey?: string;
  /** Page size (default 100, at most 1000); the store may return fewer. */
  pageSize?: number;
  /**
   * Opaque token from a previous page of the same query and partition (else InvalidQueryError).
   * Pages are not a snapshot: writes between pages may shift what the next page holds.
   */
  continuation?: string;
}

export interface Page<T> {
  items: T[];
  /** Present when more results follow. */
  continuation?: string;
}

/**
 * Ids are non-empty strings of at most 255 characters without / \ ? # (Cosmos DB's rule,
 * applied by both stores). The container's partition key field must hold a non-empty string.
 * Cosmos system properties (_rid, _self, _etag, _attachments, _ts) are never returned as data.
 * Stores fail with the typed errors of ./errors.js; StoreUnavailableError means "try later".
 */
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
  /**
   * A token that changes with every write that adds, changes or removes a document this query
   * matches, on any instance (it may also change for other writes to the partitions the query
   * reads). Read before a computation over the query's documents, an unchanged token later means
   * the computation would give the same answer again. Compare tokens of the same query only.
   * The embedded store answers from per-partition write counters (containers with
   * `writeVersions`), Cosmos DB from the matching documents' ids and ETags.
   */
  writeVersion(spec: Pick<QuerySpec, 'where'>, options?: Pick<QueryOptions, 'partitionKey'>): Promise<string>;
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
