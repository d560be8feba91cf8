// Which Teams channel an RC's coordinators work in. An administrator binds it once; new
// requests are posted there, and a card action on a request counts only when it comes from
// the bound team. One binding per RC: binding again replaces the old one.
// Besides the RCs' channels there is one national channel (NCH's support team), stored as a
// binding under a reserved id: requests whose RC has no channel, or is not in service, are
// posted there so none waits unseen. So are those of an RC in one of its closed periods
// (a summer break, set by administrators): its own channel gets them when it opens again.

import { z } from 'zod';
import type { DirectoryIndex } from '../directory/lookup.js';
import { BoundedMap } from '../bounded.js';
import type { Collection, Document, DocumentStore } from '../storage/port.js';
import { updateOptimistically } from '../storage/optimistic-update.js';
import { ReadCache } from '../storage/read-cache.js';
import { realSleep } from '../time/sleep.js';
import type { Clock } from '../time/clock.js';
import { administers, personOf, type Actor } from '../rights/actor.js';
import { IN_SERVICE_STATUSES } from '../directory/schema.js';
import { catalogueGaps, type CentreGaps } from '../directory/catalogue-status.js';
import { personSchema } from './record.js';
import { ResponseTargetSettings, type ClosedPeriodsResult } from './response-target-settings.js';
import { closedAt, currentOrNext, type ClosedField, type ClosedPeriod } from './closed-periods.js';
import type { FormInput } from './fields.js';

const BINDING_ID = 'binding';
const CHANNELS_REMEMBERED = 10_000;
/** The reserved rcId of the national channel: never a centre id (those are slugs of names). */
export const NATIONAL_CHANNEL = 'national';

/** Where a new request for an RC is posted, and why. */
export type Destination =
  | { kind: 'centre'; binding: ChannelBinding }
  | { kind: 'national'; binding: ChannelBinding; why: NoChannelReason; closed?: ClosedPeriod }
  | { kind: 'none'; why: NoChannelReason; closed?: ClosedPeriod };
export type NoChannelReason = 'no_channel' | 'not_in_service' | 'closed';
/** Where a request went, as its receipt tells the professional; `closed` is the period when the RC is closed. */
export type Landing = { kind: 'centre' } | { kind: 'national' | 'none'; why: NoChannelReason; closed?: ClosedPeriod };

export function landingOf(destination: Destination): Landing {
  if (destination.kind === 'centre') return { kind: 'centre' };
  return { kind: destination.kind, why: destination.why, ...(destination.closed ? { closed: destination.closed } : {}) };
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
  /** The RCs' targets and closed periods, shared with the consultation service so both see a write at once. */
  targets?: ResponseTargetSettings;
}

export class ChannelBindings {
  private readonly docs: Collection<Document>;
  private readonly targets: ResponseTargetSettings;
  private readonly byCentre: ReadCache<ChannelBinding | undefined>;
  private readonly byTeam: ReadCache<ChannelBinding[]>;
  /**
   * The service URL each channel last spoke through, as this process saw it; one per channel the
   * bot is in, bounded (a channel forgotten costs one read on its next turn).
   */
  private readonly serviceUrlSeen = new BoundedMap<string, string>(CHANNELS_REMEMBERED);

  constructor(
    store: DocumentStore,
    private readonly directory: () => DirectoryIndex,
    private readonly clock: Clock,
    options: ChannelBindingOptions = {},
  ) {
    this.docs = store.collection<Document>('channelBindings');
    this.targets = options.targets ?? new ResponseTargetSettings(store, directory, clock);
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
   * The RC's own channel when it has one, takes consultations and is not closed today;
   * otherwise the national channel; 'none' only while no national channel is bound either.
   */
  async destinationFor(rcId: string): Promise<Destination> {
    const centre = this.directory().centre(rcId);
    const inService = centre !== undefined && IN_SERVICE_STATUSES.includes(centre.status);
    const closed = inService ? closedAt((await this.targets.forCentre(rcId)).closed, this.clock.now()) : undefined;
    const own = inService && !closed ? await this.forCentre(rcId) : undefined;
    if (own) return { kind: 'centre', binding: own };
    const why: NoChannelReason = !inService ? 'not_in_service' : closed ? 'closed' : 'no_channel';
    const extra = closed ? { closed } : {};
    const national = await this.national();
    return national ? { kind: 'national', binding: national, why, ...extra } : { kind: 'none', why, ...extra };
  }

  /** Administrators close an RC for a period (a summer break): its new requests go to the national channel meanwhile. */
  async addClosedPeriod(actor: Actor, rcId: string, input: FormInput<ClosedField>): Promise<ClosedPeriodsResult> {
    return this.targets.addClosedPeriod(actor, rcId, input);
  }

  async removeClosedPeriod(actor: Actor, rcId: string, from: string): Promise<ClosedPeriodsResult> {
    return this.targets.removeClosedPeriod(actor, rcId, from);
  }

  /** The RC's current and coming closed periods, oldest first (public: the centre card shows them). */
  async closedPeriods(rcId: string): Promise<ClosedPeriod[]> {
    return this.targets.closedPeriods(rcId);
  }

  /** Per RC, the period it is closed in now or the next one, for the centre card. */
  async closedNowOrNext(): Promise<Map<string, ClosedPeriod>> {
    const now = this.clock.now();
    const out = new Map<string, ClosedPeriod>();
    for (const [rcId, targets] of await this.targets.all()) {
      const period = currentOrNext(targets.closed, now);
      if (period) out.set(rcId, period);
    }
    return out;
  }

  /** What the directory still lacks, for administrators only: the "katalogstatus" card. */
  async catalogueStatus(actor: Actor): Promise<{ ok: true; rows: CentreGaps[] } | { ok: false; reason: 'not_admin' }> {
    if (!administers(actor)) return { ok: false, reason: 'not_admin' };
    const bound = await this.docs.queryAll({ select: ['rcId'] });
    return { ok: true, rows: catalogueGaps(this.directory(), new Set(bound.map((b) => String(b.rcId)))) };
  }

  /**
   * A bound channel spoke through another connector (serviceUrl) than the stored one: Teams
   * can move a tenant's service URL, and on a laptop each Agents Playground window is its own
   * connector. Posts then go where the channel was last seen. Only the serviceUrl changes: the
   * rest of the reference (the channel itself, not a thread it was seen in) stays.
   */
  async refreshServiceUrl(teamId: string, channelId: string, serviceUrl: string): Promise<number> {
    // Every channel turn passes here: once this process has seen a channel speak through a URL,
    // only a change of URL costs a store read.
    const seenKey = `${teamId}|${channelId}`;
    if (this.serviceUrlSeen.get(seenKey) === serviceUrl) return 0;
    const items = await this.docs.queryAll({ where: [{ field: 'teamId', op: '=', value: teamId }], orderBy: { field: 'rcId' } });
    let changed = 0;
    for (const item of items) {
      const listed = channelBindingSchema.parse(item);
      if (listed.channelId === channelId && (await this.moveServiceUrl(listed.rcId, channelId, serviceUrl))) changed++;
    }
    this.serviceUrlSeen.set(seenKey, serviceUrl);
    return changed;
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

  /**
   * Writes the channel's new service URL into the RC's binding, deciding on the binding as it is
   * when written (an ETag-checked replace): an administrator who rebinds the RC to another
   * channel meanwhile must not be undone by a channel turn that read the old binding.
   */
  private async moveServiceUrl(rcId: string, channelId: string, serviceUrl: string): Promise<boolean> {
    let moved = false;
    try {
      const result = await updateOptimistically<ChannelBinding, object, never>(
        {
          read: async () => {
            const stored = await this.docs.get(BINDING_ID, rcId);
            return stored && { item: channelBindingSchema.parse(stored.item), etag: stored.etag };
          },
          write: async (next, current) => (await this.docs.replace(next, current.etag)).etag,
        },
        (current) => {
          const reference = current.conversationReference;
          moved = current.channelId === channelId && !!reference && typeof reference === 'object' && (reference as { serviceUrl?: unknown }).serviceUrl !== serviceUrl;
          return { ok: true, next: moved ? { ...current, conversationReference: { ...(reference as object), serviceUrl } } : current };
        },
        { sleep: realSleep },
      );
      return result.ok && moved;
    } finally {
      // Even a write that failed may have landed.
      if (moved) {
        this.byCentre.clear();
        this.byTeam.clear();
      }
    }
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
