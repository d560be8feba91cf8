// Each RC's response targets as its administrators set them (default 24 working hours, 1 for an
// urgent request) and the periods it is closed (closed-periods.ts): one document per RC in the
// `system` container. The re-announcement job, the routing of new requests and the cards read
// them; only administrators change them.
import type { Collection, Document, DocumentStore } from '../storage/port.js';
import { ReadCache } from '../storage/read-cache.js';
import type { Clock } from '../time/clock.js';
import { administers, personOf, type Actor } from '../rights/actor.js';
import type { DirectoryIndex } from '../directory/lookup.js';
import type { FormInput } from './fields.js';
import { DEFAULT_RESPONSE_TARGETS, SHORTEST_TARGET_HOURS, type ResponseTargets } from './response-targets.js';
import { notOver, parseClosedPeriod, MAX_CLOSED_PERIODS, type ClosedField, type ClosedFieldError, type ClosedPeriod } from './closed-periods.js';
import { zonedDate } from '../time/zoned-time.js';

const PK = 'response-targets';
export const TARGET_FIELDS = ['normalHours', 'urgentHours'] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];
export type TargetFieldError = 'required' | 'out_of_range';
/** Whole working hours; an urgent target beyond a working day is no longer urgent. */
const LIMITS: Record<TargetField, { min: number; max: number }> = { normalHours: { min: SHORTEST_TARGET_HOURS, max: 120 }, urgentHours: { min: SHORTEST_TARGET_HOURS, max: 9 } };

interface TargetsDoc extends Document, Omit<ResponseTargets, 'closed'> {
  closed?: ClosedPeriod[];
  pk: typeof PK;
  rcId: string;
  setBy: { id: string; name?: string };
  setAt: string;
}

export type SetTargetsResult =
  | { ok: true; targets: ResponseTargets }
  | { ok: false; reason: 'not_admin' | 'unknown_centre' }
  | { ok: false; reason: 'invalid'; errors: Partial<Record<TargetField, TargetFieldError>> };

export type ClosedPeriodsResult =
  | { ok: true; periods: ClosedPeriod[]; added?: ClosedPeriod }
  | { ok: false; reason: 'not_admin' | 'unknown_centre' }
  | { ok: false; reason: 'invalid'; errors: Partial<Record<ClosedField, ClosedFieldError>> };

const targetsOf = (d: TargetsDoc): ResponseTargets => ({ normalHours: d.normalHours, urgentHours: d.urgentHours, ...(d.closed?.length ? { closed: d.closed } : {}) });

export class ResponseTargetSettings {
  private readonly docs: Collection<TargetsDoc>;

  private readonly cache: ReadCache<ResponseTargets>;
  /** Every RC's at once: the centre card reads it on every "nearest RC" lookup, for the closed periods. */
  private readonly everyCentre: ReadCache<ReadonlyMap<string, ResponseTargets>>;

  constructor(
    store: DocumentStore,
    private readonly directory: () => DirectoryIndex,
    private readonly clock: Clock,
    /** How long a read stays in memory (../storage/read-cache.ts); 0: always read. */
    cacheMs = 0,
  ) {
    this.docs = store.collection<TargetsDoc>('system');
    this.cache = new ReadCache(cacheMs, clock);
    this.everyCentre = new ReadCache(cacheMs, clock);
  }

  async forCentre(rcId: string): Promise<ResponseTargets> {
    return this.cache.get(rcId, async () => {
      const found = await this.docs.get(`targets:${rcId}`, PK);
      return found ? targetsOf(found.item) : DEFAULT_RESPONSE_TARGETS;
    });
  }

  /**
   * Every RC's targets that differ from the defaults: for the centre card's closed periods, the
   * queue and the jobs. Remembered as forCentre's are (it was a query on every lookup); shared, so read-only.
   */
  async all(): Promise<ReadonlyMap<string, ResponseTargets>> {
    return this.everyCentre.get('all', async () => {
      const docs = await this.docs.queryAll({ where: [{ field: 'pk', op: '=', value: PK }] }, { partitionKey: PK });
      return new Map(docs.map((d) => [d.rcId, targetsOf(d)]));
    });
  }

  async set(actor: Actor, rcId: string, input: FormInput<TargetField>): Promise<SetTargetsResult> {
    if (!administers(actor)) return { ok: false, reason: 'not_admin' };
    if (!this.directory().centre(rcId)) return { ok: false, reason: 'unknown_centre' };
    const errors: Partial<Record<TargetField, TargetFieldError>> = {};
    const values: Partial<ResponseTargets> = {};
    for (const field of TARGET_FIELDS) {
      const text = (input[field] ?? '').trim();
      const hours = Number(text);
      if (text === '') errors[field] = 'required';
      else if (!Number.isInteger(hours) || hours < LIMITS[field].min || hours > LIMITS[field].max) errors[field] = 'out_of_range';
      else values[field] = hours;
    }
    if (Object.keys(errors).length > 0) return { ok: false, reason: 'invalid', errors };
    const targets = values as ResponseTargets;
    const closed = (await this.forCentre(rcId)).closed;
    await this.write(actor, rcId, { ...targets, ...(closed ? { closed } : {}) });
    return { ok: true, targets };
  }

  /** Administrators add a period the RC is closed (a summer break): its requests go to the national channel meanwhile. */
  async addClosedPeriod(actor: Actor, rcId: string, input: FormInput<ClosedField>): Promise<ClosedPeriodsResult> {
    if (!administers(actor)) return { ok: false, reason: 'not_admin' };
    if (!this.directory().centre(rcId)) return { ok: false, reason: 'unknown_centre' };
    const now = this.clock.now();
    const current = await this.forCentre(rcId);
    const kept = notOver(current.closed, now);
    const parsed = parseClosedPeriod(input, zonedDate(now), kept);
    if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors };
    if (kept.length >= MAX_CLOSED_PERIODS) return { ok: false, reason: 'invalid', errors: { closedFrom: 'too_many' } };
    const periods = [...kept, parsed.period].sort((a, b) => a.from.localeCompare(b.from));
    await this.write(actor, rcId, { ...current, closed: periods });
    return { ok: true, periods, added: parsed.period };
  }

  /** Administrators take a period away (the RC stays open after all); past periods are dropped too. */
  async removeClosedPeriod(actor: Actor, rcId: string, from: string): Promise<ClosedPeriodsResult> {
    if (!administers(actor)) return { ok: false, reason: 'not_admin' };
    if (!this.directory().centre(rcId)) return { ok: false, reason: 'unknown_centre' };
    const current = await this.forCentre(rcId);
    const periods = notOver(current.closed, this.clock.now()).filter((p) => p.from !== from);
    await this.write(actor, rcId, { ...current, closed: periods });
    return { ok: true, periods };
  }

  /** The current and coming closed periods of an RC, for the form and the centre card. */
  async closedPeriods(rcId: string): Promise<ClosedPeriod[]> {
    return notOver((await this.forCentre(rcId)).closed, this.clock.now());
  }

  private async write(actor: Actor, rcId: string, targets: ResponseTargets): Promise<void> {
    const { closed, ...hours } = targets;
    try {
      await this.docs.upsert({ id: `targets:${rcId}`, pk: PK, rcId, ...hours, ...(closed?.length ? { closed: [...closed] } : {}), setBy: personOf(actor), setAt: this.clock.now().toISOString() });
    } finally {
      // An own write is seen at once here; other instances see it within the cache time.
      this.cache.clear();
      this.everyCentre.clear();
    }
  }
}
