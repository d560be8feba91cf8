// The Cosmos DB indexing policy of a container, derived from its definition in code.

import type { IndexingPolicy } from '@azure/cosmos';
import type { ContainerDefinition } from '../containers.js';

/** "times.created" or "/times/created" -> "/times/created" (composite index paths are JSON paths). */
function jsonPointer(path: string): string {
  return path.startsWith('/') ? path : `/${path.split('.').join('/')}`;
}

export function indexingPolicyFor(def: ContainerDefinition): IndexingPolicy {
  return {
    // Consistent: a write is queryable as soon as it is acknowledged, which the bot relies on
    // when it writes a case and lists cases in the next turn.
    indexingMode: 'consistent',
    automatic: true,
    includedPaths: [{ path: '/*' }],
    excludedPaths: [...(def.excludedPaths ?? []).map((path) => ({ path })), { path: '/"_etag"/?' }],
    ...(def.compositeIndexes?.length
      ? {
          compositeIndexes: def.compositeIndexes.map((index) =>
            index.map(({ path, order }) => ({ path: jsonPointer(path), order })),
          ),
        }
      : {}),
  };
}
