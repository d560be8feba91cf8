// The containers the product uses, with their partition keys and indexing, written in code
// so that a new Cosmos DB account and a new laptop get the same layout.

import { STAT_PATHS } from '../statistics/stat-fields.js';
import { isValidDocumentId } from './document-id.js';

/**
 * A period read in bulk with one projection (a report's rows). The embedded store keeps the
 * projection in an index on the range field, so the read never parses the documents
 * (./sqlite/covering-index.ts); Cosmos DB needs nothing for it.
 */
export interface CoveringIndex {
  /** One of the container's rangeIndexes. */
  range: string;
  /** Fields the read filters with '=' (besides the partition). */
  equal: readonly string[];
  /** Field paths of the projection, as the read's select names them (at most 30). */
  select: readonly string[];
}

export interface ContainerDefinition {
  name: string;
  /** Top-level field whose value partitions the container. */
  partitionKey: string;
  /**
   * Fields sorted together. Cosmos DB needs a composite index for a sort on several fields; and
   * a sort on the last field within equality filters on all the others is read off the index
   * by both stores (../storage/composite-sort.ts), not sorted from the whole partition.
   */
  compositeIndexes?: Array<Array<{ path: string; order: 'ascending' | 'descending' }>>;
  /** Fields never queried, left out of the Cosmos index to save RU on writes. */
  excludedPaths?: string[];
  /**
   * Fields read by range within a partition (a period of instants). Cosmos DB indexes every
   * path anyway; the embedded store keeps an index on each of these (a covering index on the
   * field, when there is one, serves as it), so a month of a large partition is read without
   * parsing the rest of it.
   */
  rangeIndexes?: string[];
  /**
   * Fields compared with = across partitions, where few documents match (a kind of document
   * that is rare in its container). Cosmos DB indexes every path anyway; the embedded store keeps
   * an index on each, so finding the networks among all sessions does not parse every session.
   */
  crossPartitionIndexes?: string[];
  coveringIndexes?: readonly CoveringIndex[];
  /**
   * The embedded store counts writes per partition of this container (SQLite triggers), so that
   * `writeVersion` can tell cheaply whether anything a computation read has changed since.
   */
  writeVersions?: boolean;
  /** Used by the test suites only: never deployed, never checked for at a keyless start. */
  testOnly?: boolean;
}

export const CONTAINERS = {
  /** Bot Framework conversation and user state (dialog stacks, drafts). */
  botState: { name: 'botState', partitionKey: 'id', excludedPaths: ['/state/*'] },
  /** Small system documents: data versions, job leases, counters. */
  system: { name: 'system', partitionKey: 'pk' },
  /** The resource-centre directory as shipped, and administrators' corrections to it. */
  directory: { name: 'directory', partitionKey: 'pk' },
  /**
   * Consultation records (id = human reference, e.g. GBG-2026-0007) and their submission-key
   * documents, one partition per RC. Conversation references are opaque and never queried.
   */
  consultations: {
    name: 'consultations',
    partitionKey: 'rcId',
    excludedPaths: ['/requesterConversation/*'],
    rangeIndexes: ['times.created'],
    // A report's rows: the records of a period, their codes and times only (../statistics/stat-rows.ts).
    coveringIndexes: [{ range: 'times.created', equal: ['kind'], select: STAT_PATHS }],
    // The highest reference number of an RC and year, which seeds its counter (../consultation/reference-counter.ts).
    compositeIndexes: [
      [
        { path: 'kind', order: 'descending' },
        { path: 'year', order: 'descending' },
        { path: 'seq', order: 'descending' },
      ],
    ],
  },
  /** Which Teams channel an RC's coordinators work in: one binding document per RC. */
  channelBindings: { name: 'channelBindings', partitionKey: 'rcId', excludedPaths: ['/conversationReference/*'] },
  /**
   * Network sessions (nätverksträffar), one partition per network: the network itself, its
   * series, one document per session (bookings inside it, so capacity is one conditional
   * write) and the questions sent in advance. Conversation references are opaque. A network's
   * next sessions (after an instant, earliest first) are read on every booking turn.
   */
  sessions: { name: 'sessions', partitionKey: 'networkId', excludedPaths: ['/conversationReference/*'], rangeIndexes: ['startsAt'], crossPartitionIndexes: ['kind'], writeVersions: true },
  /**
   * Figures derived from the consultations, one partition per RC: a tally per Stockholm month,
   * and the change mark every consultation write leaves on its month so a tally knows it is stale.
   */
  statistics: { name: 'statistics', partitionKey: 'rcId', excludedPaths: ['/counts/*', '/msToClaim/*', '/msToAnswer/*', '/municipalities/*'] },
  /** Test-only container used by the storage contract suite. */
  contract: {
    name: 'contract',
    partitionKey: 'tenant',
    rangeIndexes: ['at'],
    crossPartitionIndexes: ['name'],
    coveringIndexes: [{ range: 'at', equal: ['kind'], select: ['label', 'n', 'note', 'meta.at'] }],
    compositeIndexes: [
      [
        { path: 'group', order: 'ascending' },
        { path: 'n', order: 'descending' },
      ],
    ],
    writeVersions: true,
    testOnly: true,
  },
  /**
   * Training requests and training events, one partition per RC. An event holds its
   * registrations and waiting list (capacity is one conditional write), participant counts and
   * evaluations. Conversation references are opaque.
   */
  trainings: { name: 'trainings', partitionKey: 'rcId', excludedPaths: ['/requesterConversation/*'], rangeIndexes: ['startsAt'] },
} as const satisfies Record<string, ContainerDefinition>;

export type ContainerName = keyof typeof CONTAINERS;

export function containerDefinition(name: ContainerName): ContainerDefinition {
  return CONTAINERS[name];
}

/** Properties Cosmos DB adds to every document. Neither store returns them as data. */
export const SYSTEM_PROPERTIES = ['_rid', '_self', '_etag', '_attachments', '_ts'] as const;

/**
 * The id and partition key value of a document, checked the same way by both stores.
 * Throws when either is not a usable non-empty string.
 */
export function documentKey(def: ContainerDefinition, item: { id?: unknown; [field: string]: unknown }): {
  id: string;
  partitionKey: string;
} {
  const { id } = item;
  if (!isValidDocumentId(id)) {
    throw new Error(
      `${def.name}: id must be a non-empty string of at most 255 characters without / \\ ? #, got ${JSON.stringify(id)}`,
    );
  }
  const partitionKey = item[def.partitionKey];
  if (typeof partitionKey !== 'string' || partitionKey === '') {
    throw new Error(
      `${def.name}/${id}: partition key field "${def.partitionKey}" must be a non-empty string, got ${JSON.stringify(partitionKey)}`,
    );
  }
  return { id, partitionKey };
}
