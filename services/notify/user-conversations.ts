// Where each person can be reached: the reference of their personal chat with the bot, kept
// from their last turn there. Proactive notices (a cancelled session, a freed place, a
// reminder) go to people by id, so the bot needs this to reach them. Opaque to services.
import type { Collection, Document, DocumentStore } from '../storage/port.js';
import type { Clock } from '../time/clock.js';

const PK = 'user-conversation';

interface UserConversationDoc extends Document {
  pk: typeof PK;
  userId: string;
  reference: unknown;
  seenAt: string;
}

/** Teams user ids ("29:…") may contain characters ids cannot hold; keep the id safe. */
const idFor = (userId: string) => `user:${Buffer.from(userId).toString('base64url')}`;

export class UserConversations {
  private readonly docs: Collection<UserConversationDoc>;

  constructor(store: DocumentStore, private readonly clock: Clock) {
    this.docs = store.collection<UserConversationDoc>('system');
  }

  async remember(userId: string, reference: unknown): Promise<void> {
    await this.docs.upsert({ id: idFor(userId), pk: PK, userId, reference, seenAt: this.clock.now().toISOString() });
  }

  async referenceFor(userId: string): Promise<unknown | undefined> {
    return (await this.docs.get(idFor(userId), PK))?.item.reference;
  }
}
