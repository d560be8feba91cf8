// A DocumentStore that counts what passes through the port, one per call: the store round
// trips of a turn (a queryAll over several pages counts once; the bench's turns read one page).

import type { Collection, Document, DocumentStore } from '../../services/storage/port.js';

const COUNTED = ['get', 'create', 'replace', 'upsert', 'delete', 'query', 'queryAll', 'count', 'writeVersion'] as const;

export function countingStore(store: DocumentStore): { store: DocumentStore; counts: Record<string, number> } {
  const counts: Record<string, number> = { calls: 0 };
  // Methods bound to the real store: an adapter keeps its connection on itself.
  const wrapped: DocumentStore = {
    kind: store.kind,
    init: () => store.init(),
    health: () => store.health(),
    close: () => store.close(),
    collection: <T extends Document>(name: Parameters<DocumentStore['collection']>[0]): Collection<T> => {
        const real = store.collection<T>(name);
        const overrides = Object.fromEntries(
          COUNTED.map((method) => [
            method,
            {
              value: (...args: unknown[]) => {
                counts.calls = (counts.calls ?? 0) + 1;
                const key = `${name}.${method}`;
                counts[key] = (counts[key] ?? 0) + 1;
                return (real[method] as (...a: unknown[]) => unknown).apply(real, args);
              },
            },
          ]),
        );
        return Object.create(real, overrides) as Collection<T>;
    },
  };
  return { store: wrapped, counts };
}
