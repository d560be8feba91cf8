// A store with some methods of one container replaced: a spy, a fault, a race.

import type { Collection, Document, DocumentStore } from '../../services/storage/port.js';

export function overriding(store: DocumentStore, container: string, methods: (real: Collection<Document>) => Partial<Collection<Document>>): DocumentStore {
  return Object.create(store, {
    collection: {
      value: <T extends Document>(name: Parameters<DocumentStore['collection']>[0]): Collection<T> => {
        const real = store.collection<T>(name);
        if (name !== container) return real;
        const replaced = Object.entries(methods(real as unknown as Collection<Document>)).map(([key, value]) => [key, { value }]);
        return Object.create(real, Object.fromEntries(replaced)) as Collection<T>;
      },
    },
  });
}
