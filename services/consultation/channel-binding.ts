// Which Teams channel an RC's coordinators work in. An administrator binds it once; new
// requests are posted there, and a card action on a request counts only when it comes from
// the bound team. One binding per RC: binding again replaces the old one.

import { z } from 'zod';
import type { DirectoryIndex } from '../directory/lookup.js';
import type { Collection, Document, DocumentStore } from '../storage/port.js';
import type { Clock } from '../time/clock.js';
import { administers, personOf, type Actor } from '../rights/actor.js';
import { personSchema } from './record.js';

const BINDING_ID = 'binding';

export const channelBindingSchema = z.object({
  id: z.literal(BINDING_ID),
  rcId: z.string().min(1),
  teamId: z.string().min(1),
  channelId: z.string().min(1),
  /** Opaque JSON from the bot, enough to post into the channel proactively. */
  conversationReference: z.unknown(),
  boundBy: personSchema,
  boundAt: z.string().datetime({ offset: true }),
});
export type ChannelBinding = z.infer<typeof channelBindingSchema>;

export interface BindInput {
  rcId: string;
  teamId: string;
  channelId: string;
  conversationReference: unknown;
}

export type BindResult =
  | { ok: true; binding: ChannelBinding; replaced: ChannelBinding | null }
  | { ok: false; reason: 'not_admin' | 'unknown_centre' | 'invalid' };

export class ChannelBindings {
  private readonly docs: Collection<Document>;

  constructor(
    store: DocumentStore,
    private readonly directory: () => DirectoryIndex,
    private readonly clock: Clock,
  ) {
    this.docs = store.collection<Document>('channelBindings');
  }

  /** Only administrators bind: a binding decides who sees every request of an RC. */
  async bind(actor: Actor, input: BindInput): Promise<BindResult> {
    if (!administers(actor)) return { ok: false, reason: 'not_admin' };
    if (!this.directory().centre(input.rcId)) return { ok: false, reason: 'unknown_centre' };
    const parsed = channelBindingSchema.safeParse({ id: BINDING_ID, ...input, boundBy: personOf(actor), boundAt: this.clock.now().toISOString() });
    if (!parsed.success) return { ok: false, reason: 'invalid' };
    const replaced = (await this.forCentre(input.rcId)) ?? null;
    await this.docs.upsert(parsed.data);
    return { ok: true, binding: parsed.data, replaced };
  }

  async forCentre(rcId: string): Promise<ChannelBinding | undefined> {
    const stored = await this.docs.get(BINDING_ID, rcId);
    return stored && channelBindingSchema.parse(stored.item);
  }

  /** The RCs a team is bound to (usually one); the bot checks card actions against it. */
  async forTeam(teamId: string): Promise<ChannelBinding[]> {
    const items = await this.docs.queryAll({ where: [{ field: 'teamId', op: '=', value: teamId }], orderBy: { field: 'rcId' } });
    return items.map((item) => channelBindingSchema.parse(item));
  }
}
