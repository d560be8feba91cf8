// Which Teams channel an RC's coordinators work in. An administrator binds it once; new
// requests are posted there, and a card action on a request counts only when it comes from
// the bound team. One binding per RC: binding again replaces the old one.
// Besides the RCs' channels there is one national channel (NCH's support team), stored as a
// binding under a reserved id: requests whose RC has no channel, or is not in service, are
// posted there so none waits unseen.

import { z } from 'zod';
import type { DirectoryIndex } from '../directory/lookup.js';
import type { Collection, Document, DocumentStore } from '../storage/port.js';
import { ReadCache } from '../storage/read-cache.js';
import type { Clock } from '../time/clock.js';
import { administers, personOf, type Actor } from '../rights/actor.js';
import { IN_SERVICE_STATUSES } from '../directory/schema.js';
import { catalogueGaps, type CentreGaps } from '../directory/catalogue-status.js';
import { personSchema } from './record.js';

const BINDING_ID = 'binding';
/** The reserved rcId of the national channel: never a centre id (those are slugs of names). */
export const NATIONAL_CHANNEL = 'national';

/** Where a new request for an RC is posted, and why. */
export type Destination =
  | { kind: 'centre'; binding: ChannelBinding }
  | { kind: 'national'; binding: ChannelBinding; why: NoChannelReason }
  | { kind: 'none'; why: NoChannelReason };
export type NoChannelReason = 'no_channel' | 'not_in_service';
/** Where a request went, as its receipt tells the professional. */
export type Landing = { kind: 'centre' } | { kind: 'national' | 'none'; why: NoChannelReason };

export function landingOf(destination: Destination): Landing {
  return destination.kind === 'centre' ? { kind: 'centre' } : { kind: destination.kind, why: destination.why };
}

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

export interface ChannelBindingOptions {
  /**
   * How long a binding read stays in this process's memory (../storage/read-cache.ts): a
   * binding saved on another instance is used here within that time. Default 0: always read.
   */
  cacheMs?: number;
}

export class ChannelBindings {
  private readonly docs: Collection<Document>;
  private readonly byCentre: ReadCache<ChannelBinding | undefined>;
  private readonly byTeam: ReadCache<ChannelBinding[]>;

  constructor(
    store: DocumentStore,
    private readonly directory: () => DirectoryIndex,
    private readonly clock: Clock,
    options: ChannelBindingOptions = {},
  ) {
    this.docs = store.collection<Document>('channelBindings');
    this.byCentre = new ReadCache(options.cacheMs ?? 0, clock);
    this.byTeam = new ReadCache(options.cacheMs ?? 0, clock);
  }

  /** Only administrators bind: a binding decides who sees every request of an RC. */
  async bind(actor: Actor, input: BindInput): Promise<BindResult> {
    if (!administers(actor)) return { ok: false, reason: 'not_admin' };
    if (!this.directory().centre(input.rcId)) return { ok: false, reason: 'unknown_centre' };
    const parsed = channelBindingSchema.safeParse({ id: BINDING_ID, ...input, boundBy: personOf(actor), boundAt: this.clock.now().toISOString() });
    if (!parsed.success) return { ok: false, reason: 'invalid' };
    const replaced = (await this.read(input.rcId)) ?? null;
    await this.upsert(parsed.data);
    return { ok: true, binding: parsed.data, replaced };
  }

  /** The national channel: an administrator binds it in NCH's support team. */
  async bindNational(actor: Actor, input: Omit<BindInput, 'rcId'>): Promise<BindResult> {
    if (!administers(actor)) return { ok: false, reason: 'not_admin' };
    const parsed = channelBindingSchema.safeParse({ id: BINDING_ID, rcId: NATIONAL_CHANNEL, ...input, boundBy: personOf(actor), boundAt: this.clock.now().toISOString() });
    if (!parsed.success) return { ok: false, reason: 'invalid' };
    const replaced = (await this.read(NATIONAL_CHANNEL)) ?? null;
    await this.upsert(parsed.data);
    return { ok: true, binding: parsed.data, replaced };
  }

  async national(): Promise<ChannelBinding | undefined> {
    return this.forCentre(NATIONAL_CHANNEL);
  }

  /**
   * The RC's own channel when it has one and takes consultations; otherwise the national
   * channel; 'none' only while no national channel is bound either.
   */
  async destinationFor(rcId: string): Promise<Destination> {
    const centre = this.directory().centre(rcId);
    const inService = centre !== undefined && IN_SERVICE_STATUSES.includes(centre.status);
    const own = inService ? await this.forCentre(rcId) : undefined;
    if (own) return { kind: 'centre', binding: own };
    const why: NoChannelReason = inService ? 'no_channel' : 'not_in_service';
    const national = await this.national();
    return national ? { kind: 'national', binding: national, why } : { kind: 'none', why };
  }

  /** What the directory still lacks, for administrators only: the "katalogstatus" card. */
  async catalogueStatus(actor: Actor): Promise<{ ok: true; rows: CentreGaps[] } | { ok: false; reason: 'not_admin' }> {
    if (!administers(actor)) return { ok: false, reason: 'not_admin' };
    const bound = await this.docs.queryAll({ select: ['rcId'] });
    return { ok: true, rows: catalogueGaps(this.directory(), new Set(bound.map((b) => String(b.rcId)))) };
  }

  async forCentre(rcId: string): Promise<ChannelBinding | undefined> {
    return this.byCentre.get(rcId, () => this.read(rcId));
  }

  /** The RCs a team is bound to (usually one); the bot checks card actions against it. */
  async forTeam(teamId: string): Promise<ChannelBinding[]> {
    return this.byTeam.get(teamId, async () => {
      const items = await this.docs.queryAll({ where: [{ field: 'teamId', op: '=', value: teamId }], orderBy: { field: 'rcId' } });
      // The national channel's members watch requests; they coordinate no RC.
      return items.map((item) => channelBindingSchema.parse(item)).filter((b) => b.rcId !== NATIONAL_CHANNEL);
    });
  }

  private async read(rcId: string): Promise<ChannelBinding | undefined> {
    const stored = await this.docs.get(BINDING_ID, rcId);
    return stored && channelBindingSchema.parse(stored.item);
  }

  private async upsert(binding: ChannelBinding): Promise<void> {
    try {
      await this.docs.upsert(binding);
    } finally {
      // Even a write that failed may have landed.
      this.byCentre.clear();
      this.byTeam.clear();
    }
  }
}
