// Bot Framework state (dialog stacks, drafts, user preferences) kept in the product's own
// document store, so a conversation resumes after a restart on SQLite and on Cosmos DB alike.
import type { Storage, StoreItems } from 'botbuilder';
import type { Collection, Document } from '../../services/storage/port.js';
import { ChangedBySomeoneElseError } from '../../services/storage/errors.js';
import { escapeStateKey } from './key-escape.js';

interface StateDocument extends Document {
  /** The original Bot Framework key, kept for diagnosis; the id is its escaped form. */
  key: string;
  state: Record<string, unknown>;
  updatedAt: string;
}

export class StoreStorage implements Storage {
  constructor(
    private readonly collection: Collection<StateDocument>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const id = escapeStateKey(key);
        const found = await this.collection.get(id, id);
        if (found) items[key] = { ...found.item.state, eTag: found.etag };
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([key, value]) => {
        const { eTag, ...state } = (value ?? {}) as Record<string, unknown> & { eTag?: string };
        const id = escapeStateKey(key);
        const doc: StateDocument = { id, key, state, updatedAt: this.now().toISOString() };
        // Hand the new version back to BotState's cached object, so a second save in the
        // same turn presents the current eTag instead of failing against its own write.
        const remember = (etag: string) => {
          if (value && typeof value === 'object') (value as { eTag?: string }).eTag = etag;
        };
        if (!eTag || eTag === '*') {
          remember((await this.collection.upsert(doc)).etag);
          return;
        }
        try {
          remember((await this.collection.replace(doc, eTag)).etag);
        } catch (error) {
          // Bot Framework's own storages throw on an eTag conflict; the turn fails rather
          // than silently overwriting another turn's state.
          if (error instanceof ChangedBySomeoneElseError) {
            throw new Error(`State for this conversation was changed by another turn (${key})`, { cause: error });
          }
          throw error;
        }
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(
      keys.map(async (key) => {
        const id = escapeStateKey(key);
        await this.collection.delete(id, id);
      }),
    );
  }
}
