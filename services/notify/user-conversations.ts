// Where each person can be reached: the reference of their personal chat with the bot, kept
// from their last turn there. Proactive notices (a cancelled session, a freed place, a
// reminder) go to people by id, so the bot needs this to reach them. Opaque to services.
import { BoundedMap } from '../bounded.js';
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

// A personal chat's reference rarely changes, and writing it on every turn was one store round
// trip per turn. It is written again when it changes, and at least this often while the person
// keeps talking to this instance (another instance may have written an older one meanwhile).
const REWRITE_AFTER_MS = 60 * 60_000;
// Bounds the memory: past this many people the list starts over (each is then written once more).
export const MAX_REMEMBERED = 20_000;

export class UserConversations {
  private readonly docs: Collection<UserConversationDoc>;
  /** What this process last wrote per person, and when. */
  private readonly written = new BoundedMap<string, { reference: string; at: number }>(MAX_REMEMBERED);

  constructor(store: DocumentStore, private readonly clock: Clock) {
    this.docs = store.collection<UserConversationDoc>('system');
  }

  async remember(userId: string, reference: unknown): Promise<void> {
    const now = this.clock.now();
    // The activity a reference points at is new on every turn; where the chat is is what counts.
    const text = JSON.stringify(reference, (key, value: unknown) => (key === 'activityId' ? undefined : value));
    const last = this.written.get(userId);
    if (last && last.reference === text && now.getTime() - last.at < REWRITE_AFTER_MS) return;
    await this.docs.upsert({ id: idFor(userId), pk: PK, userId, reference, seenAt: now.toISOString() });
    this.written.set(userId, { reference: text, at: now.getTime() });
  }

  async referenceFor(userId: string): Promise<unknown | undefined> {
    return (await this.docs.get(idFor(userId), PK))?.item.reference;
  }
}
