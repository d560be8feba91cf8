// How long after closing a professional may reopen a case with "Ny kontakt i samma ärende":
// each RC sets its own (default 30 days), one document per RC in the `system` container.
import { coordinates, personOf, type Actor } from '../rights/actor.js';
import type { Collection, Document, DocumentStore } from '../storage/port.js';
import type { Clock } from '../time/clock.js';
import type { FormInput } from './fields.js';
import { DEFAULT_REOPEN_DAYS } from './thread-rules.js';

const PK = 'reopen-period';
export const REOPEN_FIELDS = ['days'] as const;
export type ReopenField = (typeof REOPEN_FIELDS)[number];
/** A year at most: a case quiet for longer is a new case, and its text may be erased by then. */
export const REOPEN_LIMITS = { min: 1, max: 365 } as const;

interface PeriodDoc extends Document {
  pk: typeof PK;
  rcId: string;
  days: number;
  setBy: { id: string; name?: string };
  setAt: string;
}

export type SetReopenResult =
  | { ok: true; days: number }
  | { ok: false; reason: 'not_coordinator' }
  | { ok: false; reason: 'invalid'; errors: Partial<Record<ReopenField, 'required' | 'out_of_range'>> };

export class ReopenPeriods {
  private readonly docs: Collection<PeriodDoc>;

  constructor(store: DocumentStore, private readonly clock: Clock) {
    this.docs = store.collection<PeriodDoc>('system');
  }

  async forCentre(rcId: string): Promise<number> {
    return (await this.docs.get(`reopen:${rcId}`, PK))?.item.days ?? DEFAULT_REOPEN_DAYS;
  }

  /** The RC's own coordinators decide, from their channel. */
  async set(actor: Actor, rcId: string, input: FormInput<ReopenField>): Promise<SetReopenResult> {
    if (!coordinates(actor, rcId)) return { ok: false, reason: 'not_coordinator' };
    const text = (input.days ?? '').trim();
    const days = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
    if (text === '') return { ok: false, reason: 'invalid', errors: { days: 'required' } };
    if (!(days >= REOPEN_LIMITS.min && days <= REOPEN_LIMITS.max)) return { ok: false, reason: 'invalid', errors: { days: 'out_of_range' } };
    await this.docs.upsert({ id: `reopen:${rcId}`, pk: PK, rcId, days, setBy: personOf(actor), setAt: this.clock.now().toISOString() });
    return { ok: true, days };
  }
}
