// One message in a case's thread: a clarifying question from the RC, the professional's reply,
// information either side adds, or the professional's new contact on a closed case. Its text
// passed the identifier check before it was stored and is erased with the question.
import { z } from 'zod';
import { MAX_FREE_TEXT } from './codes.js';

/** question: the RC asks; reply: the professional answers it; info: either adds; new_contact: the professional reopens. */
export const THREAD_KINDS = ['question', 'reply', 'info', 'new_contact'] as const;
/** What a coordinator may send from the channel; the professional's kind follows from the thread. */
export const COORDINATOR_KINDS = ['question', 'info'] as const;
export const THREAD_AUTHORS = ['requester', 'coordinator'] as const;

export const threadMessageSchema = z.object({
  at: z.string().datetime({ offset: true }),
  from: z.enum(THREAD_AUTHORS),
  kind: z.enum(THREAD_KINDS),
  /** The centre that had the case when it was written (a case may move between centres). */
  rcId: z.string().min(1),
  /** The coordinator who wrote it, shown in the channel only; null for the professional's messages. */
  by: z.object({ id: z.string().min(1), name: z.string().optional() }).nullable(),
  /** Null once erased by retention; who, when and what kind stay. */
  text: z.string().max(MAX_FREE_TEXT).nullable(),
});

export type ThreadKind = (typeof THREAD_KINDS)[number];
export type CoordinatorKind = (typeof COORDINATOR_KINDS)[number];
export type ThreadMessage = z.infer<typeof threadMessageSchema>;
