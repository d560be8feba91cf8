// Races made real: a store whose next replaces wait for each other, so every writer has read the
// same version before any writes. Used by the session booking and training registration tests.
import { ChangedBySomeoneElseError } from '../../services/storage/errors.js';
import type { Collection, Document, DocumentStore } from '../../services/storage/port.js';

/**
 * A store whose next `parties` replaces wait until all of them have arrived, so each has
 * read the document before any writes; counts the writes the store then refused.
 */
export function replaceBarrier(store: DocumentStore): { store: DocumentStore; arm(parties: number): void; collisions(): number } {
  let waiting: Array<() => void> = [];
  let parties = 0;
  let refused = 0;
  const wrap = <T extends Document>(inner: Collection<T>): Collection<T> =>
    Object.assign(Object.create(inner) as Collection<T>, {
      async replace(item: T, ifMatch: string) {
        if (parties > 0) {
          parties--;
          await new Promise<void>((resolve) => {
            waiting.push(resolve);
            if (parties === 0) for (const release of waiting.splice(0)) release();
          });
        }
        try {
          return await inner.replace(item, ifMatch);
        } catch (error) {
          if (error instanceof ChangedBySomeoneElseError) refused++;
          throw error;
        }
      },
    });
  const wrapped = Object.assign(Object.create(store) as DocumentStore, {
    collection: <T extends Document>(name: Parameters<DocumentStore['collection']>[0]) => wrap(store.collection<T>(name)),
  });
  return {
    store: wrapped,
    arm(n) {
      waiting = [];
      parties = n;
    },
    collisions: () => refused,
  };
}
